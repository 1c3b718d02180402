/**
 * A path's steps as bars on a time axis, from its plan (src/graph/plan/): each step starts when
 * what it waits for is done, takes the longest time its source states, and an alternative starts
 * with the step it replaces. A step without a sourced time is a point, marked as unknown.
 */
import type { Path, Step } from '../schema/index.ts';
import { pathPlan, type Plan } from './plan/index.ts';
import { stepKey } from './plan/step-graph.ts';
import { alternativeGroups } from './plan/scenarios.ts';
import { stepDays } from './plan/durations.ts';

export interface TimelineBar {
	id: string;
	title: string;
	/** Days from the start of the path. */
	start: number;
	/** Days; 0 when no source states the duration. */
	length: number;
	known: boolean;
}

/** The path's steps on its own timeline, in the path's order. */
export function stepBars(pathId: string, path: Path, plan: Plan = pathPlan(pathId, path)): TimelineBar[] {
	const route = plan.routes[0];
	const start = (step: Step) => route?.schedule.start.get(stepKey(pathId, step.id));
	return alternativeGroups(path.steps).flatMap((group) => {
		// The alternative the schedule took starts where it starts; the others start with it.
		const begins = group.map(start).find((value) => value !== undefined) ?? 0;
		return group.map((step) => ({
			id: step.id,
			title: step.title,
			start: start(step) ?? begins,
			length: stepDays(step)?.max ?? 0,
			known: step.duration !== undefined,
		}));
	});
}

/** The numbers readers see: an alternative shares the number of the step it replaces and shows "or". */
export function stepNumbers(steps: readonly Pick<Step, 'alternative'>[]): string[] {
	let number = 0;
	return steps.map((step, index) => (step.alternative && index > 0 ? 'or' : String(++number)));
}
