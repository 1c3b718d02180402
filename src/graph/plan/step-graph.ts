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

/** What the graph reads of a step: the checker builds graphs from these fields alone. */
export type GraphStep = Pick<Step, 'id' | 'after' | 'waitsFor' | 'alternative' | 'afterOutcome' | 'duration'>;

export interface PlanNode<S extends GraphStep = Step> {
	key: string;
	pathId: string;
	/** The step, or undefined for a path's outcome and the plan's. */
	step?: S;
	/** Its sourced time, or undefined when no source states it (or it is an outcome, which takes none). */
	days?: Days;
	/** Whether it takes no time by definition (an outcome): unlike a step without a sourced time, it is not unknown. */
	instant: boolean;
	/** After the plan's outcome: a duty while the approval or licence runs, a renewal, a re-application. */
	afterOutcome: boolean;
	/** Keys of the nodes it waits for. */
	waits: string[];
}

export interface PathData<S extends GraphStep = Step> {
	prerequisites: Path['prerequisites'];
	steps: readonly S[];
}

/** The plan's nodes for one route and one choice of steps, in no particular order. */
export function stepGraph<S extends GraphStep>(
	route: RouteScenario,
	choice: StepChoice,
	paths: ReadonlyMap<string, PathData<S>>,
): PlanNode<S>[] {
	const taken = new Set(route.paths.map((planned) => planned.id));
	const nodes: PlanNode<S>[] = [];
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
	// A step marked after its path's outcome (running the trial, after the notification) comes
	// before the plan's outcome when the plan's outcome waits for it (the application carries the
	// trial's data): what the plan's outcome waits for, and only that, is before it.
	const before = waitedFor(nodes, planOutcomeKey);
	return nodes.map((node) => ({ ...node, afterOutcome: !before.has(node.key) }));
}

/** The keys of the nodes `key` waits for, directly or through others, and `key` itself. */
function waitedFor(nodes: readonly PlanNode<GraphStep>[], key: string): Set<string> {
	const byKey = new Map(nodes.map((node) => [node.key, node]));
	const seen = new Set<string>();
	const stack = [key];
	while (stack.length > 0) {
		const next = stack.pop() as string;
		if (seen.has(next)) continue;
		seen.add(next);
		stack.push(...(byKey.get(next)?.waits ?? []));
	}
	return seen;
}

/** The nodes in an order where each comes after all it waits for, or the keys of a cycle when there is none. */
export function topologicalOrder<S extends GraphStep>(nodes: readonly PlanNode<S>[]): { order: PlanNode<S>[] } | { cycle: string[] } {
	const byKey = new Map(nodes.map((node) => [node.key, node]));
	const state = new Map<string, 'visiting' | 'done'>();
	const order: PlanNode<S>[] = [];
	const trail: string[] = [];
	const visit = (node: PlanNode<S>): string[] | undefined => {
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
