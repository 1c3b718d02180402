/** A regulatory path: an ordered set of steps that ends in a licence, approval or permission. */
import { z } from 'zod';
import { durationSchema, entryFields, feeSchema, requiredSources } from './common.ts';
import { entryReference, idPattern, stepReference } from './reference.ts';
import { countries, modalities, stages, vocabulary } from './vocab.ts';
import { schemaBlocks } from './walk.ts';

/** A step of another path that a step waits for, in a plan that includes both paths. */
export const waitSchema = () =>
	z
		.strictObject({
			/** The id of the other path. */
			path: entryReference('paths'),
			/** The id of the step of that path to wait for. Leave out to wait until that path reaches its outcome. */
			step: stepReference('path').optional(),
		})
		.register(schemaBlocks, { block: 'waitSchema' });

/** One step of a path. Its `id` is what CROs, links (`#step-<id>`) and `<Step id>` point at. */
export const stepSchema = () =>
	z
		.strictObject({
			/** A short id, unique within the path, e.g. "committee-review". Never change it once published: links use it. */
			id: z.string().regex(idPattern, { error: 'must be a step id: lower-case letters, digits and single hyphens' }),
			/** What happens, as an instruction: "Get the committee's opinion". */
			title: z.string().min(1),
			/** Who does the work in this step, e.g. "Sponsor", "Medical institution", "PMDA". */
			actor: z.string().min(1),
			/** The institution that decides or receives the filing in this step, if any. */
			authority: entryReference('institutions').optional(),
			/** How long the step takes. Only when a source states it. */
			duration: durationSchema().optional(),
			/** Steps that must be finished before this one starts (ids of steps of this path). */
			after: z.array(stepReference()).optional(),
			/** Steps of other paths that must be finished before this one starts, where a plan includes those paths: an approval waits for the manufacturing site's accreditation, a provision plan for the facility's licence. */
			waitsFor: z.array(waitSchema()).optional(),
			/** Set to true when this step is an alternative to the step before it (shown as "or"): a plan takes one of them, never both. */
			alternative: z.boolean().optional(),
			/** Set to true for a step that follows the path's outcome (a renewal, a yearly report, a duty while the licence runs): it is shown, but not counted in the time to reach the outcome. */
			afterOutcome: z.boolean().optional(),
			/** Documents to prepare or file in this step. */
			documents: z.array(z.string().min(1)).optional(),
			/** The fees paid in this step, each with its source. Only fees a source states. */
			fees: z.array(feeSchema()).default([]),
		})
		.register(schemaBlocks, { block: 'stepSchema' });

/** A regulatory path: its facts, then its steps in order. */
export const pathSchema = () =>
	z
		.strictObject({
			...entryFields,
			/** The documents that support this page's facts: at least one, each with an https address. */
			sources: requiredSources(),
			/** The country whose law this path follows: JP or KR. */
			jurisdiction: vocabulary(countries),
			/** The law and article this path rests on, e.g. "PMD Act, Art. 23-26". */
			law: z.string().min(1),
			/** The institution that makes the final decision. */
			authority: entryReference('institutions'),
			/** The kinds of product this path is for. */
			modalities: z.array(vocabulary(modalities)).min(1),
			/** The development stage at which a company takes this path. */
			stage: vocabulary(stages),
			/** What the company holds at the end, e.g. "Conditional, time-limited marketing approval". */
			outcome: z.string().min(1),
			/** How long the whole path typically takes. Only when a source states it. */
			duration: durationSchema().optional(),
			/** Paths that must be completed first. */
			prerequisites: z.array(entryReference('paths')).default([]),
			/** Paths a reader comparing options should also read. */
			related: z.array(entryReference('paths')).default([]),
			/** The steps, in the order a company takes them. */
			steps: z.array(stepSchema()).min(1, { error: 'a path needs at least one step' }),
		})
		.register(schemaBlocks, { block: 'pathSchema' });
