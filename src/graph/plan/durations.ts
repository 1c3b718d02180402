/** A step's time as days: the shortest and longest its source states, or unknown. */
import type { Step } from '../../schema/index.ts';

const daysPer = { days: 1, weeks: 7, months: 365.25 / 12, years: 365.25 } as const;

export interface Days {
	min: number;
	max: number;
}

/**
 * The step's sourced time in days, or undefined when no source states it. A duration written
 * with a longest time only (`max`) counts as that long at both ends: sources give such figures
 * for statutory periods and targets, which a plan must not assume away.
 */
export function stepDays(step: Pick<Step, 'duration'>): Days | undefined {
	const duration = step.duration;
	if (!duration) return undefined;
	const unit = daysPer[duration.unit];
	return { min: (duration.min ?? duration.max) * unit, max: duration.max * unit };
}

/** Days as months, the unit plans are read in: 30.44 days each. */
export const daysToMonths = (days: number) => days / daysPer.months;
