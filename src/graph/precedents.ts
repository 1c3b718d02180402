/**
 * What precedents took: for each approved product, the months from its filing to its first
 * approval (conditional or full), where both dates are sourced; for a path, the range over its
 * precedents. "Precedents took 11–28 months from filing" is computed, never written by hand.
 */
import type { Precedent } from '../schema/index.ts';
import type { Entry } from './catalogue.ts';
import { daysToMonths } from './plan/durations.ts';

/** The events that end a filing: the product's first approval, or a facility's accreditation. */
export const outcomeEvents: ReadonlySet<string> = new Set(['approval', 'conditional-approval', 'accreditation']);

/** Months from the first filing to the first approval or accreditation after it, or undefined when a date is missing. Dates known only to the month or year are counted from their first day. */
export function monthsFromFiling(precedent: Pick<Precedent, 'events'>): number | undefined {
	const filing = precedent.events.find((event) => event.event === 'filing');
	if (!filing) return undefined;
	const outcome = precedent.events.find((event) => outcomeEvents.has(event.event) && event.date.getTime() >= filing.date.getTime());
	if (!outcome) return undefined;
	return daysToMonths((outcome.date.getTime() - filing.date.getTime()) / 86_400_000);
}

/** Whether a figure rests on a date known only to the month or the year. */
export const approximate = (precedent: Pick<Precedent, 'events'>) =>
	precedent.events.some((event) => (event.event === 'filing' || outcomeEvents.has(event.event)) && event.precision !== undefined);

export interface PrecedentTimes {
	/** Whole months, shortest and longest, from filing to approval or accreditation. */
	min: number;
	max: number;
	/** How many precedents the range rests on. */
	count: number;
	/** The precedents with both dates, shortest first. */
	timed: { precedent: Entry<Precedent>; months: number }[];
}

/** The range of months from filing that `precedents` took, or undefined when none has both dates. */
export function precedentTimes(precedents: readonly Entry<Precedent>[]): PrecedentTimes | undefined {
	const timed = precedents
		.flatMap((precedent) => {
			const months = monthsFromFiling(precedent.data);
			return months === undefined ? [] : [{ precedent, months }];
		})
		.sort((a, b) => a.months - b.months);
	const [first, last] = [timed[0], timed.at(-1)];
	if (!first || !last) return undefined;
	return { min: Math.round(first.months), max: Math.round(last.months), count: timed.length, timed };
}
