/**
 * The route finder as pages meet it: the flow from content/finder.yaml (if the content has one),
 * every stop and finished route of it, and the routes that end at each plan.
 */
import { textIn, type LocalizedText } from '../schema/localized.ts';
import { getCollection } from 'astro:content';
import { answerAnchor, answerIds, finderRoutes, type FinishedRoute, type GivenAnswer, type QuestionStop } from '../graph/finder-routes.ts';
import type { Locale } from '../i18n/index.ts';
import { answersSegment, type Finder } from '../schema/finder.ts';
import { finderAnswersHref, finderOutcomeHref, finderZoneOutcomeHref } from '../schema/routes.ts';
import { localHref } from './links.ts';

export interface FinderSite {
	finder: Finder;
	stops: QuestionStop[];
	finished: FinishedRoute[];
}

let cached: Promise<FinderSite | undefined> | undefined;

/** The finder and all its routes, once per build; undefined when the content has no finder. */
export function getFinderSite(): Promise<FinderSite | undefined> {
	cached ??= getCollection('finder').then(([entry]) => (entry ? { finder: entry.data, ...finderRoutes(entry.data) } : undefined));
	return cached;
}

/** The route of a question stop's page. */
export const stopRoute = (answers: QuestionStop['answers']) => finderAnswersHref(answersSegment, answerIds(answers));

/** The page of the question where `given` was answered after `before`, at that answer: what "Back" and "Change" lead to. */
export const answeredHref = (locale: Locale, before: GivenAnswer[], given: GivenAnswer) =>
	`${localHref(locale, stopRoute(before))}#${answerAnchor(given.answer.id)}`;

/** The route of a plan's page: the outcome's own, or its zone variant. */
export const planRoute = (outcome: string, zone?: string) => (zone ? finderZoneOutcomeHref(outcome, zone) : finderOutcomeHref(outcome));

/** A text of the finder in the reader's language; English until that language's text is written. */
export const say = (text: LocalizedText, locale: Locale) => textIn(text, locale).text;

/** The outcomes whose plans include a path, in the finder's order. */
export function outcomesWithPath(finder: Finder, pathId: string): { id: string; outcome: Finder['outcomes'][string] }[] {
	return Object.entries(finder.outcomes)
		.filter(([, outcome]) => outcome.paths.some((item) => item.path === pathId))
		.map(([id, outcome]) => ({ id, outcome }));
}
