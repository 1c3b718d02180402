/** A page of the site's own, such as "About this site", at /<id>/: words an editor keeps, with no data of their own. */
import { z } from 'zod';
import { entryFields } from './common.ts';
import { schemaBlocks } from './walk.ts';

/** A site page: its title, its one-sentence summary, when it was last checked, and the body. */
export const pageSchema = () =>
	z
		.strictObject({
			...entryFields,
		})
		.register(schemaBlocks, { block: 'pageSchema' });
