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

export function timeline(steps: readonly Step[]): { bars: TimelineBar[]; total: number } {
	const bars: TimelineBar[] = [];
	const end = new Map<string, number>();
	steps.forEach((step, index) => {
		const previous = bars[index - 1];
		let start: number;
		if (step.after && step.after.length > 0) start = Math.max(0, ...step.after.map((id) => end.get(id) ?? 0));
		else if (step.alternative && previous) start = previous.start;
		else start = previous ? previous.start + previous.length : 0;
		const length = step.duration ? durationInDays(step.duration) : 0;
		bars.push({ id: step.id, title: step.title, start, length, known: step.duration !== undefined });
		end.set(step.id, start + length);
	});
	return { bars, total: Math.max(0, ...bars.map((bar) => bar.start + bar.length)) };
}

/** "about 3 months", "about 1.5 years": a rounded figure for a caption. */
export function roughly(days: number): string {
	if (days >= 365) return `about ${Math.round((days / 365.25) * 10) / 10} years`;
	if (days >= 60) return `about ${Math.round(days / (365.25 / 12))} months`;
	if (days >= 14) return `about ${Math.round(days / 7)} weeks`;
	return `${Math.round(days)} days`;
}

/** The numbers readers see: an alternative shares the number of the step it replaces and shows "or". */
export function stepNumbers(steps: readonly Pick<Step, 'alternative'>[]): string[] {
	let number = 0;
	return steps.map((step, index) => (step.alternative && index > 0 ? 'or' : String(++number)));
}
