/**
 * Lays a path's steps out on a time axis: each step starts when the steps it comes `after`
 * end (or, without `after`, when the step before it ends; an alternative starts with the step
 * it replaces). Steps without a sourced duration take no time and are marked as such.
 */
import type { Step } from '../schema/index.ts';

const daysPer = { days: 1, weeks: 7, months: 365.25 / 12, years: 365.25 } as const;

export interface TimelineBar {
	id: string;
	title: string;
	/** Days from the start of the path. */
	start: number;
	/** Days; 0 when no source states the duration. */
	length: number;
	known: boolean;
}

export function durationInDays(duration: NonNullable<Step['duration']>): number {
	return duration.max * daysPer[duration.unit];
}

/** Where each step sits in time, each taking `length` days (by default the longest time its source states). */
export function timeline(
	steps: readonly Step[],
	length: (step: Step) => number = (step) => (step.duration ? durationInDays(step.duration) : 0),
): { bars: TimelineBar[]; total: number } {
	const bars: TimelineBar[] = [];
	const end = new Map<string, number>();
	steps.forEach((step, index) => {
		const previous = bars[index - 1];
		let start: number;
		if (step.after && step.after.length > 0) start = Math.max(0, ...step.after.map((id) => end.get(id) ?? 0));
		else if (step.alternative && previous) start = previous.start;
		else start = previous ? previous.start + previous.length : 0;
		const days = length(step);
		bars.push({ id: step.id, title: step.title, start, length: days, known: step.duration !== undefined });
		end.set(step.id, start + days);
	});
	return { bars, total: Math.max(0, ...bars.map((bar) => bar.start + bar.length)) };
}

export interface TimeToOutcome {
	/** Days along the longest chain of steps before the outcome, with each step's shortest and longest stated time. */
	min: number;
	max: number;
	/** Steps before the outcome, and how many of them have a stated time. */
	steps: number;
	known: number;
}

/**
 * How long the path takes to its outcome, from the steps' sourced times: the steps that follow
 * the outcome (renewals, reports) are left out, a step without a stated time counts as none, and
 * an alternative counts as the step it replaces. Undefined when no step before the outcome has a
 * stated time.
 */
export function timeToOutcome(steps: readonly Step[]): TimeToOutcome | undefined {
	const before = steps.filter((step) => !step.afterOutcome);
	const known = before.filter((step) => step.duration).length;
	if (known === 0) return undefined;
	const longest = (days: (duration: NonNullable<Step['duration']>) => number) =>
		timeline(before, (step) => (step.duration ? days(step.duration) : 0)).total;
	return {
		min: longest((duration) => (duration.min ?? duration.max) * daysPer[duration.unit]),
		max: longest(durationInDays),
		steps: before.length,
		known,
	};
}

/** The numbers readers see: an alternative shares the number of the step it replaces and shows "or". */
export function stepNumbers(steps: readonly Pick<Step, 'alternative'>[]): string[] {
	let number = 0;
	return steps.map((step, index) => (step.alternative && index > 0 ? 'or' : String(++number)));
}
