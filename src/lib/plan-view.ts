/**
 * What a plan page and a plan's open data share: the plan of an outcome with its paths in the
 * reader's language, who decides, what precedents took, and its fees in won at the content's
 * rate. The figures all come from the one plan model (src/graph/plan/).
 */
import type { Relations } from '../graph/relations.ts';
import { planOf, type Plan } from '../graph/plan/index.ts';
import { precedentTimes, type PrecedentTimes } from '../graph/precedents.ts';
import type { Locale } from '../i18n/index.ts';
import type { Finder, FinderOutcome } from '../schema/finder.ts';
import type { Path } from '../schema/index.ts';
import type { Catalogue } from '../graph/catalogue.ts';
import { localize, type Localized } from './localize.ts';

export interface PlanView {
	plan: Plan;
	/** Each path of the catalogue in the reader's language, by id. */
	paths: ReadonlyMap<string, Localized<Path>>;
	/** The institutions that decide the paths taken before the outcome, once each, in the plan's order. */
	authorities: string[];
	/** What precedents took, for each path of the plan that has timed precedents. */
	precedents: { pathId: string; times: PrecedentTimes }[];
	/** The fees in won, converted from yen at the content's rate, when it gives one. */
	won?: { min: number; max: number; rate: NonNullable<Finder['exchangeRate']> };
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
	const yen = plan.fees.total.JPY;
	const won =
		rate && yen
			? {
					min: yen.min * rate.wonPerYen + (plan.fees.total.KRW?.min ?? 0),
					max: yen.max * rate.wonPerYen + (plan.fees.total.KRW?.max ?? 0),
					rate,
				}
			: undefined;
	return { plan, paths, authorities, precedents, won };
}
