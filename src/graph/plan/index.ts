/**
 * A route-finder outcome as a plan a founder can budget with: for each route its choices allow,
 * the time to the outcome along the critical path (a range, with the steps no source times named)
 * and the fees as a range; what comes after the outcome, listed apart; the first things to do;
 * who decides; the CROs and zone benefits that help. Pure: the plan page, its open data
 * (/data/plans/…) and the checker all take their figures from this one function.
 */
import type { FinderOutcome } from '../../schema/finder.ts';
import type { Benefit, Cro, Path, Step } from '../../schema/index.ts';
import type { Entry } from '../catalogue.ts';
import { feeRange, widest, type Fee, type MoneyRange } from './fees.ts';
import { feesPaid, outcomeEntries, plannedPath, routeScenarios, stepChoices, type ChosenOption, type PlannedPath } from './scenarios.ts';
import { schedule, type Schedule } from './schedule.ts';
import { pathOutcomeKey, planOutcomeKey, stepGraph, stepKey, type PlanNode } from './step-graph.ts';

export { PlanCycleError } from './schedule.ts';
export { daysToMonths } from './durations.ts';

/** What a plan needs to know of the site beyond the paths: who can help with a step, and which benefits help with a path. */
export interface PlanRelations {
	crosForStep(pathId: string, stepId: string): Entry<Cro>[];
	benefitsForPath(pathId: string): Entry<Benefit>[];
}

export interface PlanStep {
	key: string;
	step: Step;
	afterOutcome: boolean;
	/** The step's fees that the plan pays: of its fee options, those the plan names (`feeOptions`), or all. */
	fees: Fee[];
	/** CROs of the directory that declare support for this step or its whole path. */
	cros: Entry<Cro>[];
}

export interface PlanPath extends PlannedPath {
	path: Path;
	steps: PlanStep[];
	/** The choices' options this path belongs to; empty for a path every route takes. */
	inOptions: ChosenOption[];
}

/** A route through the outcome's choices, with its figures. */
export interface PlanRoute {
	options: ChosenOption[];
	/** Days to the outcome, shortest and longest, over the alternatives within the route. */
	toOutcome: { min: number; max: number };
	/** Steps with no sourced time on a longest chain to the outcome. */
	unknownOnChain: string[];
	/** Steps with no sourced time beside it. */
	unknownAlongside: string[];
	/** Fees as ranges: up to the outcome, after it, and in all. */
	fees: { toOutcome: MoneyRange; afterOutcome: MoneyRange; total: MoneyRange };
	/** The schedule with the longest times, of the alternative that takes longest: what the timeline draws. */
	schedule: Schedule;
	/** The route's paths, in the order the outcome lists them. */
	paths: string[];
}

export interface Plan {
	/** Every path any route takes, in the order the outcome lists them. */
	paths: PlanPath[];
	routes: PlanRoute[];
	/** Over every route: the shortest and the longest time to the outcome, and the untimed steps on a longest chain. */
	timeToOutcome: { min: number; max: number; unknown: string[]; unknownAlongside: string[] };
	/** Over every route: fees as ranges. */
	fees: { toOutcome: MoneyRange; afterOutcome: MoneyRange; total: MoneyRange };
	/** Fees a source says are charged, with no amount any source gives. */
	unknownFees: { pathId: string; step: Step; fee: Fee }[];
	/** What follows the outcome: duties while the approval runs, renewals, re-applications, paths taken after it. */
	afterOutcome: { pathId: string; step: Step }[];
	/** The steps a founder can start at once, first in the outcome's order: at most three. */
	firstSteps: { pathId: string; step: Step }[];
	/** The zone's benefits that help with the plan's paths, when the company is in a zone. */
	benefits: Entry<Benefit>[];
	/** Every CRO that can help with a step of the plan, once each, in the order the steps name them. */
	cros: Entry<Cro>[];
}

/** Each entry once, where it first appears. */
const onceEach = <T extends { id: string }>(entries: T[]): T[] => [...new Map(entries.map((entry) => [entry.id, entry])).values()];

/** The fees the steps of `nodes` pay, given what each path's plan entry names; `afterOutcome` picks the steps before or after the outcome, or both. */
const feesOf = (nodes: readonly PlanNode[], route: { paths: readonly PlannedPath[] }, afterOutcome?: boolean) => {
	const feeOptions = new Map(route.paths.map((planned) => [planned.id, planned.feeOptions]));
	return nodes
		.filter((node) => node.step && (afterOutcome === undefined || node.afterOutcome === afterOutcome))
		.map((node) => ({ fees: feesPaid((node.step as Step).fees, feeOptions.get(node.pathId)) }));
};

export function planOf(
	outcome: Pick<FinderOutcome, 'paths' | 'choices'>,
	relations: PlanRelations,
	paths: ReadonlyMap<string, Path>,
	zone?: string,
): Plan {
	// The steps some route takes: a plan lists no alternative step that none of its routes takes.
	const takenSteps = new Set<string>();
	// The steps the outcome waits for on some route: a step marked after its own path's outcome can be one.
	const beforeOutcomeSteps = new Set<string>();
	const routes: PlanRoute[] = routeScenarios(outcome).map((route) => {
		const scenarios = stepChoices(route, paths).map((choice) => {
			const nodes = stepGraph(route, choice, paths);
			for (const node of nodes) {
				if (!node.step) continue;
				takenSteps.add(node.key);
				if (!node.afterOutcome) beforeOutcomeSteps.add(node.key);
			}
			return {
				nodes,
				schedule: schedule(nodes),
				before: feeRange(feesOf(nodes, route, false)).range,
				after: feeRange(feesOf(nodes, route, true)).range,
				total: feeRange(feesOf(nodes, route)).range,
			};
		});
		const longest = scenarios.reduce((a, b) => (b.schedule.toOutcome.max > a.schedule.toOutcome.max ? b : a));
		const keys = (pick: (s: Schedule) => PlanNode[]) => [...new Set(scenarios.flatMap((s) => pick(s.schedule).map((node) => node.key)))];
		const onChain = keys((s) => s.unknownOnChain);
		return {
			options: route.options,
			toOutcome: {
				min: Math.min(...scenarios.map((s) => s.schedule.toOutcome.min)),
				max: Math.max(...scenarios.map((s) => s.schedule.toOutcome.max)),
			},
			unknownOnChain: onChain,
			unknownAlongside: keys((s) => s.unknownAlongside).filter((key) => !onChain.includes(key)),
			fees: {
				toOutcome: widest(scenarios.map((s) => s.before)),
				afterOutcome: widest(scenarios.map((s) => s.after)),
				total: widest(scenarios.map((s) => s.total)),
			},
			schedule: longest.schedule,
			paths: route.paths.map((planned) => planned.id),
		};
	});

	// Every path, once, in the order the outcome lists it (options after the paths every route takes).
	const listed = outcomeEntries(outcome);
	const planned = new Map<string, PlanPath>();
	for (const { entry, option } of listed) {
		const path = paths.get(entry.path);
		if (!path) continue;
		const known = planned.get(entry.path);
		if (known) {
			// A path every route takes (listed under `paths`, so in no option) stays so when an option names it again.
			if (!option) known.inOptions = [];
			else if (known.inOptions.length > 0) known.inOptions.push(option);
			continue;
		}
		const taken = plannedPath(
			entry.path,
			listed.flatMap((other) => (other.entry.path === entry.path ? [other.entry] : [])),
		);
		planned.set(entry.path, {
			...taken,
			path,
			inOptions: option ? [option] : [],
			steps: path.steps
				.filter((step) => takenSteps.has(stepKey(entry.path, step.id)))
				.map((step) => ({
					key: stepKey(entry.path, step.id),
					step,
					afterOutcome: !beforeOutcomeSteps.has(stepKey(entry.path, step.id)),
					fees: feesPaid(step.fees, taken.feeOptions),
					cros: relations.crosForStep(entry.path, step.id),
				})),
		});
	}
	const planPaths = [...planned.values()];

	const unknownFees = planPaths.flatMap((item) =>
		item.steps.flatMap(({ step, fees }) => fees.filter((fee) => fee.amount === undefined).map((fee) => ({ pathId: item.id, step, fee }))),
	);
	const firstRoute = routes[0];
	const firstSteps = firstRoute
		? firstRoute.schedule.order
				.filter((node) => node.step && !node.afterOutcome && (firstRoute.schedule.start.get(node.key) ?? 0) === 0)
				.sort((a, b) => firstRoute.paths.indexOf(a.pathId) - firstRoute.paths.indexOf(b.pathId))
				.slice(0, 3)
				.map((node) => ({ pathId: node.pathId, step: node.step as Step }))
		: [];
	const benefits = zone
		? onceEach(planPaths.flatMap((item) => relations.benefitsForPath(item.id))).filter((benefit) => benefit.data.zone === zone)
		: [];
	const unknownOnChain = [...new Set(routes.flatMap((route) => route.unknownOnChain))];
	return {
		paths: planPaths,
		routes,
		timeToOutcome: {
			min: Math.min(...routes.map((route) => route.toOutcome.min)),
			max: Math.max(...routes.map((route) => route.toOutcome.max)),
			unknown: unknownOnChain,
			unknownAlongside: [...new Set(routes.flatMap((route) => route.unknownAlongside))].filter((key) => !unknownOnChain.includes(key)),
		},
		fees: {
			toOutcome: widest(routes.map((route) => route.fees.toOutcome)),
			afterOutcome: widest(routes.map((route) => route.fees.afterOutcome)),
			total: widest(routes.map((route) => route.fees.total)),
		},
		unknownFees,
		afterOutcome: planPaths.flatMap((item) =>
			item.steps.filter((step) => step.afterOutcome).map(({ step }) => ({ pathId: item.id, step })),
		),
		firstSteps,
		benefits,
		cros: onceEach(planPaths.flatMap((item) => item.steps.flatMap((step) => step.cros))),
	};
}

/** Where a path starts and reaches its outcome in a route's schedule, in days: what the plan's timeline draws. */
export function pathSpan(route: PlanRoute, pathId: string): { start: number; end: number } | undefined {
	const end = route.schedule.finish.get(pathOutcomeKey(pathId));
	if (end === undefined) return undefined;
	const starts = route.schedule.order
		.filter((node) => node.pathId === pathId && node.step && !node.afterOutcome)
		.map((node) => route.schedule.start.get(node.key) ?? 0);
	return { start: starts.length > 0 ? Math.min(...starts) : end, end };
}

export { planOutcomeKey, stepKey };

const noRelations: PlanRelations = { crosForStep: () => [], benefitsForPath: () => [] };

/** A path on its own as a plan: its time to its outcome, its fees, what follows its outcome. */
export function pathPlan(pathId: string, path: Path): Plan {
	const entry = { path: pathId, why: { en: path.summary }, source: 1 };
	return planOf({ paths: [entry], choices: [] }, noRelations, new Map([[pathId, path]]));
}
