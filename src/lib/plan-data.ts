/**
 * A plan as open data (/data/plans/<outcome>.json, and /data/plans/<outcome>/<zone>.json for a
 * zone company): the figures the plan page shows, from the same plan view. Days and yen are
 * exact; the page rounds them for reading.
 */
import type { PlanView } from './plan-view.ts';
import type { FinderOutcome } from '../schema/finder.ts';

const step = (key: string) => key;

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
			timeToOutcome: { minDays: route.toOutcome.min, maxDays: route.toOutcome.max, unknown: route.unknownOnChain.map(step) },
			fees: route.fees,
		})),
		timeToOutcome: {
			minDays: plan.timeToOutcome.min,
			maxDays: plan.timeToOutcome.max,
			unknown: plan.timeToOutcome.unknown.map(step),
			unknownAlongside: plan.timeToOutcome.unknownAlongside.map(step),
		},
		afterOutcome: plan.afterOutcome.map((item) => `${item.pathId}#${item.step.id}`),
		fees: plan.fees.total,
		feesToOutcome: plan.fees.toOutcome,
		feesAfterOutcome: plan.fees.afterOutcome,
		unknownFees: plan.unknownFees.map((item) => ({ step: `${item.pathId}#${item.step.id}`, what: item.fee.what })),
		won: won
			? {
					min: Math.round(won.min),
					max: Math.round(won.max),
					rate: won.rate.wonPerYen,
					asOf: won.rate.asOf.toISOString().slice(0, 10),
					source: won.rate.source,
				}
			: null,
		decidedBy: view.authorities,
		firstSteps: plan.firstSteps.map((item) => `${item.pathId}#${item.step.id}`),
		precedents: view.precedents.map(({ pathId, times }) => ({
			path: pathId,
			minMonths: times.min,
			maxMonths: times.max,
			count: times.count,
		})),
	};
}
