/**
 * A plan as open data (/data/plans/<outcome>.json, and /data/plans/<outcome>/<zone>.json for a
 * zone company): the figures the plan page shows, from the same plan view. Days and yen are
 * exact; the page rounds them for reading.
 */
import { stepKey } from '../graph/plan/index.ts';
import type { FinderOutcome } from '../schema/finder.ts';
import { isoDate } from '../util/iso-date.ts';
import type { PlanView } from './plan-view.ts';

export function planData(outcomeId: string, outcome: FinderOutcome, view: PlanView, zone?: string) {
	const { plan, won } = view;
	return {
		outcome: outcomeId,
		...(zone ? { zone } : {}),
		title: outcome.title.en,
		paths: plan.paths.map((item) => ({
			id: item.id,
			afterOutcome: item.afterOutcome,
			options: item.inOptions,
			steps: item.steps.map((planned) => ({ id: planned.step.id, afterOutcome: planned.afterOutcome })),
		})),
		routes: plan.routes.map((route) => ({
			options: route.options,
			paths: route.paths,
			timeToOutcome: { minDays: route.toOutcome.min, maxDays: route.toOutcome.max, unknown: route.unknownOnChain },
			fees: route.fees,
		})),
		timeToOutcome: {
			minDays: plan.timeToOutcome.min,
			maxDays: plan.timeToOutcome.max,
			unknown: plan.timeToOutcome.unknown,
			unknownAlongside: plan.timeToOutcome.unknownAlongside,
		},
		afterOutcome: plan.afterOutcome.map((item) => stepKey(item.pathId, item.step.id)),
		fees: plan.fees.total,
		feesToOutcome: plan.fees.toOutcome,
		feesAfterOutcome: plan.fees.afterOutcome,
		unknownFees: plan.unknownFees.map((item) => ({ step: stepKey(item.pathId, item.step.id), what: item.fee.what })),
		won: won
			? {
					min: Math.round(won.total.min),
					max: Math.round(won.total.max),
					toOutcome: won.toOutcome && { min: Math.round(won.toOutcome.min), max: Math.round(won.toOutcome.max) },
					rate: won.rate.wonPerYen,
					asOf: isoDate(won.rate.asOf),
					source: won.rate.source,
				}
			: null,
		decidedBy: view.authorities,
		firstSteps: plan.firstSteps.map((item) => stepKey(item.pathId, item.step.id)),
		precedents: view.precedents.map(({ pathId, times }) => ({
			path: pathId,
			minMonths: times.min,
			maxMonths: times.max,
			count: times.count,
		})),
	};
}
