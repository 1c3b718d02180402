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

/** The unit a length of time is read in, by its size, and the figure in that unit. */
function inUnit(days: number, size = days): { figure: number; unit: string; about: boolean } {
	if (size >= 365) return { figure: Math.round((days / 365.25) * 10) / 10, unit: 'years', about: true };
	if (size >= 60) return { figure: Math.round(days / (365.25 / 12)), unit: 'months', about: true };
	if (size >= 14) return { figure: Math.round(days / 7), unit: 'weeks', about: true };
	return { figure: Math.round(days), unit: 'days', about: false };
}

/** "about 3 months", "about 1.5 years": a rounded figure for a caption. */
export function roughly(days: number): string {
	const { figure, unit, about } = inUnit(days);
	return `${about ? 'about ' : ''}${figure} ${figure === 1 ? unit.slice(0, -1) : unit}`;
}

/** "about 3 to 12 months": a range of days, rounded for reading, in the unit of its upper end. */
export function roughRange(min: number, max: number): string {
	const high = inUnit(max);
	const low = inUnit(min, max);
	return low.figure === high.figure ? roughly(max) : `${high.about ? 'about ' : ''}${low.figure} to ${high.figure} ${high.unit}`;
}

/** What a time to the outcome assumes, in a sentence. */
export function timeAssumptions(time: TimeToOutcome): string {
	return `It adds the times that sources state for ${time.known} of the ${time.steps} steps before the outcome, along the longest chain of steps; a step without a stated time counts as none, and the time an authority takes to ask and answer questions is not included.`;
}

/** The numbers readers see: an alternative shares the number of the step it replaces and shows "or". */
export function stepNumbers(steps: readonly Pick<Step, 'alternative'>[]): string[] {
	let number = 0;
	return steps.map((step, index) => (step.alternative && index > 0 ? 'or' : String(++number)));
}
