/**
 * The route finder (content/finder.yaml): short questions whose answers lead to the next
 * question or to an outcome, as GOV.UK's "smart answers" do. An outcome names, in order, the
 * paths that apply, each with a sourced sentence on why, and the routes a company chooses
 * between (full approval outright, or a conditional approval first). Every text is written in
 * each language of the site. The checker proves the flow: every question and outcome reachable, no
 * cycle, no route that ends without an outcome, no two answers of a question alike, and each
 * outcome's paths after their prerequisites.
 */
import { z } from 'zod';
import { calendarDate, requiredSources, sourceReference, sourceSchema } from './common.ts';
import { localizedTextSchema } from './localized.ts';
import { entryReference, idPattern } from './reference.ts';
import { schemaBlocks } from './walk.ts';

const localId = (what: string) =>
	z.string().regex(idPattern, { error: `must be ${what} id: lower-case letters, digits and single hyphens` });

/** One answer to a question. */
export const finderAnswerSchema = () =>
	z
		.strictObject({
			/** The answer's id, unique within its question; it becomes part of the address of the pages after it. */
			id: localId('an answer'),
			/** What the founder clicks, in the three languages. */
			label: localizedTextSchema(),
			/** The question asked next: the id of a question in `questions`. Leave it out where the route ends. */
			next: localId('a question').optional(),
			/** The outcome this answer leads to: the id of an outcome in `outcomes`. A later answer may still add to it (a zone). */
			outcome: localId('an outcome').optional(),
			/** The special zone the company belongs to, when this answer says so: the plan then lists the zone's benefits for its paths. */
			zone: entryReference('zones').optional(),
		})
		.register(schemaBlocks, { block: 'finderAnswerSchema' });

/** A question of the flow. */
export const finderQuestionSchema = () =>
	z
		.strictObject({
			/** The question, in the three languages. */
			text: localizedTextSchema(),
			/** One sentence that helps the founder answer, in the three languages. */
			hint: localizedTextSchema().optional(),
			/** The answers, in the order they are shown: at least two. */
			answers: z.array(finderAnswerSchema()).min(2),
		})
		.register(schemaBlocks, { block: 'finderQuestionSchema' });

/** A path of an outcome's plan, and why it applies. */
export const finderPlanPathSchema = () =>
	z
		.strictObject({
			/** The path's id. */
			path: entryReference('paths'),
			/** Why this path applies to the founder, in one sentence, in the three languages. */
			why: localizedTextSchema(),
			/** The source that states why: its number in the outcome's `sources` (1 for the first) or its `key`. */
			source: sourceReference(),
			/** Set to true for a path taken once the plan's outcome is reached (re-examination, a price listing after approval): the plan lists it under "after the outcome" and never adds its time to the time to the outcome. */
			afterOutcome: z.boolean().optional(),
		})
		.register(schemaBlocks, { block: 'finderPlanPathSchema' });

/** One of the routes of a choice: the paths a company takes if it chooses it. */
export const finderOptionSchema = () =>
	z
		.strictObject({
			/** The option's id, unique within its choice, e.g. "full-approval". */
			id: localId('an option'),
			/** The route in a few words, in the site's languages: "Full approval outright". */
			label: localizedTextSchema(),
			/** The paths taken on this route, with why each applies. */
			paths: z.array(finderPlanPathSchema()).min(1, { error: 'an option needs at least one path' }),
		})
		.register(schemaBlocks, { block: 'finderOptionSchema' });

/** Routes a company chooses between: the plan shows each and counts one at a time, never their sum. */
export const finderChoiceSchema = () =>
	z
		.strictObject({
			/** The choice's id, unique within its outcome, e.g. "approval-route". */
			id: localId('a choice'),
			/** What is being chosen, as a short question, in the site's languages: "How will MHLW approve the product?" */
			label: localizedTextSchema(),
			/** The routes, at least two; the plan's time and fees are given for each. */
			options: z.array(finderOptionSchema()).min(2, { error: 'a choice needs at least two options' }),
		})
		.register(schemaBlocks, { block: 'finderChoiceSchema' });

/** Where a route ends: the plan of paths for the founder's answers. */
export const finderOutcomeSchema = () =>
	z
		.strictObject({
			/** The outcome's title, in the three languages. */
			title: localizedTextSchema(),
			/** One sentence on what the plan leads to, in the three languages. */
			summary: localizedTextSchema(),
			/** The paths that apply whatever the company chooses, in the order a company takes them: a path's prerequisites come before it. */
			paths: z.array(finderPlanPathSchema()).min(1),
			/** Routes the company chooses between, each with its own paths (full approval outright, or a conditional approval first). */
			choices: z.array(finderChoiceSchema()).default([]),
			/** The documents that state why each path applies: at least one, each with an https address. */
			sources: requiredSources(),
		})
		.register(schemaBlocks, { block: 'finderOutcomeSchema' });

/** The rate at which the plans convert fees in yen into won. */
export const exchangeRateSchema = () =>
	z
		.strictObject({
			/** Won for one yen, e.g. 9.42, as the source publishes it (a rate per 100 yen divided by 100). */
			wonPerYen: z.number().positive(),
			/** The day the rate is for, as YYYY-MM-DD. The checker warns when it is more than 90 days old. */
			asOf: calendarDate(),
			/** How the rate was worked out, where the source gives it in another form (per 100 won, or through the US dollar). */
			note: z.string().min(1).max(200).optional(),
			/** Where the rate is published: the Bank of Korea's or the Bank of Japan's reference rate. */
			source: sourceSchema(),
		})
		.register(schemaBlocks, { block: 'exchangeRateSchema' });

/** The address segment under which the finder's pages for answers given so far live (/finder/answers/…), which no outcome may take. */
export const answersSegment = 'answers';

const outcomeId = () =>
	localId('an outcome').refine((id) => id !== answersSegment, {
		error: `is the name of the finder's pages for answers (/finder/${answersSegment}/…); choose another id`,
	});

/** content/finder.yaml as a whole. */
export const finderSchema = () =>
	z
		.strictObject({
			/** The date an editor last checked the flow and its outcomes against their sources, as YYYY-MM-DD. */
			reviewed: calendarDate(),
			/** The rate the plans use to show fees in won beside yen. Without it, plans show yen only. */
			exchangeRate: exchangeRateSchema().optional(),
			/** The first question: the id of a question in `questions`. */
			start: localId('a question'),
			/** The questions, by id. */
			questions: z.record(localId('a question'), finderQuestionSchema()),
			/** The outcomes, by id; each has a page at /finder/<id>/. */
			outcomes: z.record(outcomeId(), finderOutcomeSchema()),
		})
		.register(schemaBlocks, { block: 'finderSchema' });

/** The file with each question and outcome left unread: the checker reads those one by one, so each problem is reported once. */
export const finderOutlineSchema = () =>
	finderSchema().extend({
		questions: z.record(localId('a question'), z.unknown()),
		outcomes: z.record(outcomeId(), z.unknown()),
	});

export type Finder = z.infer<ReturnType<typeof finderSchema>>;
export type FinderOutcome = Finder['outcomes'][string];
export type FinderQuestion = Finder['questions'][string];

/** The file that holds the finder. */
export const finderFile = 'finder.yaml';
