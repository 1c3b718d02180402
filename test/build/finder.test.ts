/** The route finder in the built site: every question and plan in every language, each plan listing its paths in order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answerIds, finderRoutes, routeAnchor } from '../../src/graph/finder-routes.ts';
import { locales, t } from '../../src/i18n/index.ts';
import { formatCompactMoney, formatMoneyRange, formatTimeToOutcome } from '../../src/lib/format.ts';
import { answersSegment, finderFile, finderSchema } from '../../src/schema/finder.ts';
import { entryHref, finderAnswersHref, finderOutcomeHref, finderZoneOutcomeHref } from '../../src/schema/routes.ts';
import { pageFacts, visibleText } from './html.ts';
import { readPage, root, routeIn, routes, siteDir } from './site.ts';

const finder = finderSchema().parse(parse(readFileSync(join(root, 'content', finderFile), 'utf8')));
const { stops, finished } = finderRoutes(finder);
const built = new Set(routes());

describe('the route finder', () => {
	it.each(locales)('has a page in %s for every question a founder can reach, and one for every plan and its zone variant', (locale) => {
		for (const stop of stops)
			expect(built, stop.question).toContain(routeIn(locale, finderAnswersHref(answersSegment, answerIds(stop.answers))));
		for (const outcome of Object.keys(finder.outcomes)) expect(built).toContain(routeIn(locale, finderOutcomeHref(outcome)));
		for (const route of finished.filter((each) => each.zone))
			expect(built).toContain(routeIn(locale, finderZoneOutcomeHref(route.outcome, route.zone!)));
	});

	it.each(Object.entries(finder.outcomes))('%s lists its paths in order, in every language, each with why it applies', (id, outcome) => {
		for (const locale of locales) {
			const page = readPage(routeIn(locale, finderOutcomeHref(id)));
			const hrefs = pageFacts(page).hrefs;
			const positions = outcome.paths.map((item) => hrefs.indexOf(routeIn(locale, entryHref('paths', item.path))));
			expect(
				positions.every((position) => position >= 0),
				`${locale}: every path is linked`,
			).toBe(true);
			expect(
				[...positions].sort((a, b) => a - b),
				`${locale}: in the plan's order`,
			).toEqual(positions);
			const text = visibleText(page);
			for (const item of outcome.paths) expect(text, `${locale}: why ${item.path}`).toContain(item.why[locale]);
			expect(text).toContain(t(locale).finder.notLegalAdvice);
		}
	});

	it('leads every answer to the next question, or to the plan with the route in its anchor', () => {
		for (const stop of stops) {
			const hrefs = pageFacts(readPage(finderAnswersHref(answersSegment, answerIds(stop.answers)))).hrefs;
			for (const answer of finder.questions[stop.question]!.answers) {
				const given = [...stop.answers, { question: stop.question, answer }];
				const route = finished.find((each) => routeAnchor(each.answers) === routeAnchor(given));
				const expected = answer.next
					? finderAnswersHref(answersSegment, answerIds(given))
					: `${route!.zone ? finderZoneOutcomeHref(route!.outcome, route!.zone) : finderOutcomeHref(route!.outcome)}#${routeAnchor(given)}`;
				expect(hrefs, `${stop.question} → ${answer.id}`).toContain(expected);
			}
		}
	});

	it('offers the way back from each plan for every route that ends there', () => {
		for (const route of finished) {
			const page = readPage(route.zone ? finderZoneOutcomeHref(route.outcome, route.zone) : finderOutcomeHref(route.outcome));
			expect(pageFacts(page).ids, routeAnchor(route.answers)).toContain(routeAnchor(route.answers));
		}
	});

	it('asks its first question on the home page, in every language', () => {
		const first = finder.questions[finder.start]!;
		for (const locale of locales) {
			const text = visibleText(readPage(routeIn(locale, '/')));
			expect(text).toContain(first.text[locale]);
			for (const answer of first.answers) expect(text).toContain(answer.label[locale]);
		}
	});

	it('names on each path page the plans that include it', () => {
		const plansWithPath = (path: string) =>
			Object.entries(finder.outcomes).filter(([, outcome]) => outcome.paths.some((item) => item.path === path));
		for (const path of new Set(Object.values(finder.outcomes).flatMap((outcome) => outcome.paths.map((item) => item.path)))) {
			const hrefs = pageFacts(readPage(entryHref('paths', path))).hrefs;
			for (const [id] of plansWithPath(path)) expect(hrefs, `${path} → ${id}`).toContain(finderOutcomeHref(id));
		}
	});

	it.each(Object.keys(finder.outcomes))('%s: its open data gives the figures its page shows, in every language', (id) => {
		const data = JSON.parse(readFileSync(join(siteDir, 'data', 'plans', `${id}.json`), 'utf8')) as {
			timeToOutcome: { minDays: number; maxDays: number; unknown: string[] };
			feesToOutcome: { JPY?: { min: number; max: number } };
			fees: { JPY?: { min: number; max: number } };
			won: { min: number; max: number; toOutcome?: { min: number; max: number } } | null;
		};
		for (const locale of locales) {
			const summary = visibleText(readPage(routeIn(locale, finderOutcomeHref(id))).split('id="section-plan-summary"')[1] ?? '');
			const time = { min: data.timeToOutcome.minDays, max: data.timeToOutcome.maxDays, unknown: data.timeToOutcome.unknown };
			expect(summary, `${locale}: time`).toContain(formatTimeToOutcome(locale, time));
			if (data.feesToOutcome.JPY)
				expect(summary, `${locale}: fees to the outcome`).toContain(formatMoneyRange(locale, data.feesToOutcome.JPY, 'JPY'));
			if (data.fees.JPY) expect(summary, `${locale}: fees in all`).toContain(formatMoneyRange(locale, data.fees.JPY, 'JPY'));
			if (data.won?.toOutcome) expect(summary, `${locale}: won`).toContain(formatCompactMoney(locale, data.won.toOutcome.min, 'KRW'));
		}
	});

	it('never gives an approval plan a fee range wider than one route through its options costs', () => {
		for (const id of Object.keys(finder.outcomes).filter((outcome) => outcome.startsWith('approval-'))) {
			const data = JSON.parse(readFileSync(join(siteDir, 'data', 'plans', `${id}.json`), 'utf8')) as {
				routes: { fees: { total: { JPY: { min: number; max: number } } } }[];
				fees: { JPY: { min: number; max: number } };
			};
			expect(data.fees.JPY.max, id).toBe(Math.max(...data.routes.map((route) => route.fees.total.JPY.max)));
			expect(data.fees.JPY.min, id).toBe(Math.min(...data.routes.map((route) => route.fees.total.JPY.min)));
		}
	});
});
