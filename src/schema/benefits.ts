/** Something a special zone gives its companies: money, space, introductions or exemptions. */
import { z } from 'zod';
import { entryFields, requiredSources } from './common.ts';
import { entryReference } from './reference.ts';
import { benefitKinds, vocabulary } from './vocab.ts';
import { schemaBlocks } from './walk.ts';

/** A benefit of a zone: what it is, who gets it, who gives it, what it helps with. */
export const benefitSchema = () =>
	z
		.strictObject({
			...entryFields,
			/** The documents that support this page's facts: at least one, each with an https address. */
			sources: requiredSources(),
			/** The zone that offers it. */
			zone: entryReference('zones'),
			/** What kind of help it is. */
			kind: vocabulary(benefitKinds),
			/** Who can receive it, in one or two plain sentences. */
			eligibility: z.string().min(1),
			/** The institutions that provide or pay for it. */
			providedBy: z.array(entryReference('institutions')).min(1),
			/** Partner institutions a company works with through it (hospitals, universities, companies). */
			partners: z.array(entryReference('institutions')).default([]),
			/** CROs a company is matched with through it. */
			cros: z.array(entryReference('cros')).default([]),
			/** Regulatory paths it makes easier, cheaper or faster. */
			helpsWith: z.array(entryReference('paths')).default([]),
			/** How to apply, where a source says. Leave out rather than guess. */
			howToApply: z.string().min(1).optional(),
		})
		.register(schemaBlocks, { block: 'benefitSchema' });
