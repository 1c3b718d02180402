/**
 * The steps of a plan as one graph: each step waits for what the law or its path makes it wait
 * for — the step before it in its path (or the steps it names under `after`), a prerequisite
 * path's outcome, a step of another path it names under `waitsFor` — and for nothing else, so
 * steps that nothing orders run side by side. A path reaches its outcome when its steps before
 * the outcome are done; the plan reaches its outcome when every path taken before it has.
 */
import type { Path, Step } from '../../schema/index.ts';
import { stepDays, type Days } from './durations.ts';
import { alternativeGroups, type RouteScenario, type StepChoice } from './scenarios.ts';

/** The key of a step in a plan: `<path>#<step>`. */
export const stepKey = (pathId: string, stepId: string) => `${pathId}#${stepId}`;
/** The key of a path's outcome in a plan. */
export const pathOutcomeKey = (pathId: string) => `${pathId}#`;
/** The key of the plan's outcome. */
export const planOutcomeKey = '#outcome';

export interface PlanNode {
	key: string;
	pathId: string;
	/** The step, or undefined for a path's outcome and the plan's. */
	step?: Step;
	/** Its sourced time, or undefined when no source states it (or it is an outcome, which takes none). */
	days?: Days;
	/** Whether it takes no time by definition (an outcome): unlike a step without a sourced time, it is not unknown. */
	instant: boolean;
	/** After the plan's outcome: a duty while the approval or licence runs, a renewal, a re-application. */
	afterOutcome: boolean;
	/** Keys of the nodes it waits for. */
	waits: string[];
}

export type PathData = Pick<Path, 'prerequisites' | 'steps'>;

/** The plan's nodes for one route and one choice of steps, in no particular order. */
export function stepGraph(route: RouteScenario, choice: StepChoice, paths: ReadonlyMap<string, PathData>): PlanNode[] {
	const taken = new Set(route.paths.map((planned) => planned.id));
	const nodes: PlanNode[] = [];
	// Where a step id of a path points in this scenario: to the step taken from its group.
	const chosenFor = new Map<string, string>();
	for (const planned of route.paths) {
		const steps = paths.get(planned.id)?.steps ?? [];
		const chosen = choice.get(planned.id) ?? [];
		alternativeGroups(steps).forEach((group, index) => {
			for (const step of group) chosenFor.set(stepKey(planned.id, step.id), stepKey(planned.id, chosen[index] ?? group[0].id));
		});
	}
	const waitsFor = (wait: NonNullable<Step['waitsFor']>[number]) =>
		taken.has(wait.path)
			? [wait.step ? (chosenFor.get(stepKey(wait.path, wait.step)) ?? pathOutcomeKey(wait.path)) : pathOutcomeKey(wait.path)]
			: [];

	for (const planned of route.paths) {
		const path = paths.get(planned.id);
		if (!path) continue;
		const chosen = choice.get(planned.id) ?? [];
		const groups = alternativeGroups(path.steps);
		const prerequisites = path.prerequisites.filter((id) => taken.has(id)).map(pathOutcomeKey);
		const beforeOutcome: string[] = [];
		let previousBefore: string | undefined;
		let previous: string | undefined;
		groups.forEach((group, index) => {
			const step = group.find((candidate) => candidate.id === chosen[index]) ?? group[0];
			const key = stepKey(planned.id, step.id);
			const afterOutcome = planned.afterOutcome || step.afterOutcome === true;
			// A step after the outcome follows the step before it; one before the outcome follows the last step before the outcome.
			const before = afterOutcome ? previous : previousBefore;
			const inPath = step.after?.length
				? step.after.map((id) => chosenFor.get(stepKey(planned.id, id)) ?? stepKey(planned.id, id))
				: before
					? [before]
					: prerequisites;
			const waits = [...new Set([...inPath, ...(step.waitsFor ?? []).flatMap(waitsFor)])].filter((wait) => wait !== key);
			nodes.push({ key, pathId: planned.id, step, days: stepDays(step), instant: false, afterOutcome, waits });
			if (!afterOutcome) {
				beforeOutcome.push(key);
				previousBefore = key;
			}
			previous = key;
		});
		nodes.push({
			key: pathOutcomeKey(planned.id),
			pathId: planned.id,
			instant: true,
			afterOutcome: planned.afterOutcome,
			waits: beforeOutcome.length > 0 ? beforeOutcome : prerequisites,
		});
	}
	nodes.push({
		key: planOutcomeKey,
		pathId: '',
		instant: true,
		afterOutcome: false,
		waits: route.paths.filter((planned) => !planned.afterOutcome).map((planned) => pathOutcomeKey(planned.id)),
	});
	return nodes;
}

/** The nodes in an order where each comes after all it waits for, or the keys of a cycle when there is none. */
export function topologicalOrder(nodes: readonly PlanNode[]): { order: PlanNode[] } | { cycle: string[] } {
	const byKey = new Map(nodes.map((node) => [node.key, node]));
	const state = new Map<string, 'visiting' | 'done'>();
	const order: PlanNode[] = [];
	const trail: string[] = [];
	const visit = (node: PlanNode): string[] | undefined => {
		const seen = state.get(node.key);
		if (seen === 'done') return undefined;
		if (seen === 'visiting') return [...trail.slice(trail.indexOf(node.key)), node.key];
		state.set(node.key, 'visiting');
		trail.push(node.key);
		for (const wait of node.waits) {
			const next = byKey.get(wait);
			const cycle = next && visit(next);
			if (cycle) return cycle;
		}
		trail.pop();
		state.set(node.key, 'done');
		order.push(node);
		return undefined;
	};
	for (const node of nodes) {
		const cycle = visit(node);
		if (cycle) return { cycle };
	}
	return { order };
}
