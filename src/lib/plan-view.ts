/**
 * What a plan page and a plan's open data share: the plan of an outcome with its paths in the
 * reader's language, who decides, what precedents took, and its fees in won at the content's
 * rate. The figures all come from the one plan model (src/graph/plan/).
 */
import type { Relations } from '../graph/relations.ts';
import { planOf, type Plan, type PlanRoute } from '../graph/plan/index.ts';
import type { MoneyRange } from '../graph/plan/fees.ts';
import { precedentTimes, type PrecedentTimes } from '../graph/precedents.ts';
import type { Locale } from '../i18n/index.ts';
import type { Finder, FinderOutcome } from '../schema/finder.ts';
import type { Path } from '../schema/index.ts';
import type { Catalogue } from '../graph/catalogue.ts';
import { localize, type Localized } from './localize.ts';

interface WonRange {
	min: number;
	max: number;
}

/** Fees in yen, with any in won added, as won at `wonPerYen`. */
const inWon = (fees: MoneyRange, wonPerYen: number): WonRange | undefined =>
	fees.JPY ? { min: fees.JPY.min * wonPerYen + (fees.KRW?.min ?? 0), max: fees.JPY.max * wonPerYen + (fees.KRW?.max ?? 0) } : undefined;

export interface PlanView {
	plan: Plan;
	/** Each path of the catalogue in the reader's language, by id. */
	paths: ReadonlyMap<string, Localized<Path>>;
	/** The institutions that decide the paths taken before the outcome, once each, in the plan's order. */
	authorities: string[];
	/** What precedents took, for each path of the plan that has timed precedents. */
	precedents: { pathId: string; times: PrecedentTimes }[];
	/** The fees in won, up to the outcome and in all, converted from yen at the content's rate, when it gives one. */
	won?: { toOutcome?: WonRange; total: WonRange; rate: NonNullable<Finder['exchangeRate']> };
}

export function planView(
	outcome: FinderOutcome,
	finder: Pick<Finder, 'exchangeRate'>,
	catalogue: Pick<Catalogue, 'paths'>,
	relations: Relations,
	locale: Locale,
	zone?: string,
): PlanView {
	const paths = new Map(
		catalogue.paths.map((path) => [path.id, localize(path.data, locale, relations.translation('paths', path.id, locale))] as const),
	);
	const plan = planOf(outcome, relations, new Map([...paths].map(([id, localized]) => [id, localized.data])), zone);
	const before = plan.paths.filter((item) => !item.afterOutcome);
	const authorities = [...new Set(before.map((item) => item.path.authority))];
	const precedents = before.flatMap((item) => {
		const times = precedentTimes(relations.precedentsForPath(item.id));
		return times ? [{ pathId: item.id, times }] : [];
	});
	const rate = finder.exchangeRate;
	const total = rate && inWon(plan.fees.total, rate.wonPerYen);
	const won = rate && total ? { toOutcome: inWon(plan.fees.toOutcome, rate.wonPerYen), total, rate } : undefined;
	return { plan, paths, authorities, precedents, won };
}

/**
 * The routes as rows of `figure`: routes whose figure is the same are one row, named by the
 * options they all share, so a choice that changes no figure (a Cartagena route with no sourced
 * time or fee) is not repeated. One row means every route comes to the same figure.
 */
export function routeRows<F>(
	routes: readonly PlanRoute[],
	figure: (route: PlanRoute) => F,
): { options: PlanRoute['options']; figure: F }[] {
	const rows = new Map<string, { routes: PlanRoute[]; figure: F }>();
	for (const route of routes) {
		const value = figure(route);
		const key = JSON.stringify(value);
		rows.set(key, { routes: [...(rows.get(key)?.routes ?? []), route], figure: value });
	}
	return [...rows.values()].map(({ routes: same, figure: value }) => ({
		options: same[0].options.filter((option) =>
			same.every((route) => route.options.some((other) => other.choice === option.choice && other.option === option.option)),
		),
		figure: value,
	}));
}
