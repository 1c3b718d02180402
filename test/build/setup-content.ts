/** The content tier's build (npm run test:content): the real content, built once with the site's own processor. */
import { buildSite } from './setup.ts';

export default async function setup() {
	await buildSite();
}
