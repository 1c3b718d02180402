/**
 * What a plan costs in fees that sources state, as a range: fees without an option are always
 * paid; where a step's fees are options (an inspection on site or on paper), the cheapest option
 * gives the least and the dearest the most, never their sum. A fee that a source says is charged
 * but whose amount no source gives is listed as unknown.
 */
import type { Step } from '../../schema/index.ts';

export type Fee = Step['fees'][number];

/** A range of money per currency. */
export type MoneyRange = Record<string, { min: number; max: number }>;

/** The fees of the steps taken, as a range per currency, and the fees whose amount no source gives. */
export function feeRange(steps: readonly Pick<Step, 'fees'>[]): { range: MoneyRange; unknown: Fee[] } {
	const range: MoneyRange = {};
	const unknown: Fee[] = [];
	const add = (currency: string, min: number, max: number) => {
		const known = range[currency] ?? { min: 0, max: 0 };
		range[currency] = { min: known.min + min, max: known.max + max };
	};
	for (const step of steps) {
		const options = new Map<string, Map<string, number>>();
		for (const fee of step.fees) {
			if (fee.amount === undefined || fee.currency === undefined) {
				unknown.push(fee);
				continue;
			}
			if (fee.option === undefined) {
				add(fee.currency, fee.amount, fee.amount);
				continue;
			}
			const sums = options.get(fee.currency) ?? new Map<string, number>();
			sums.set(fee.option, (sums.get(fee.option) ?? 0) + fee.amount);
			options.set(fee.currency, sums);
		}
		for (const [currency, sums] of options) add(currency, Math.min(...sums.values()), Math.max(...sums.values()));
	}
	return { range, unknown };
}

/** The smallest range that holds every range given: the least of the least, the most of the most (a currency a range lacks counts as nothing paid in it). */
export function widest(ranges: readonly MoneyRange[]): MoneyRange {
	const currencies = new Set(ranges.flatMap((range) => Object.keys(range)));
	const result: MoneyRange = {};
	for (const currency of currencies) {
		const each = ranges.map((range) => range[currency] ?? { min: 0, max: 0 });
		result[currency] = { min: Math.min(...each.map((r) => r.min)), max: Math.max(...each.map((r) => r.max)) };
	}
	return result;
}
