import { describe, expect, it } from 'vitest';
import { stepNumbers, timeline, timeToOutcome } from '../../src/graph/timeline.ts';
import { roughly, roughRange } from '../../src/lib/format.ts';
import type { Step } from '../../src/schema/index.ts';

const step = (id: string, extra: Partial<Step> = {}): Step => ({ id, title: id, actor: 'Sponsor', fees: [], ...extra });

describe('timeline', () => {
	it('puts steps one after another, converting units to days', () => {
		const { bars, total } = timeline([
			step('a', { duration: { max: 30, unit: 'days', source: 1 } }),
			step('b', { duration: { max: 2, unit: 'weeks', source: 1 } }),
		]);
		expect(bars.map((bar) => [bar.id, bar.start, bar.length])).toEqual([
			['a', 0, 30],
			['b', 30, 14],
		]);
		expect(total).toBe(44);
	});

	it('starts a step when the steps it comes after have ended', () => {
		const { bars } = timeline([
			step('a', { duration: { max: 10, unit: 'days', source: 1 } }),
			step('b', { duration: { max: 5, unit: 'days', source: 1 } }),
			step('c', { after: ['a'] }),
		]);
		expect(bars[2].start).toBe(10);
	});

	it('starts an alternative with the step it replaces', () => {
		const { bars } = timeline([
			step('a', { duration: { max: 10, unit: 'days', source: 1 } }),
			step('mah', { duration: { max: 3, unit: 'days', source: 1 } }),
			step('dmah', { alternative: true }),
		]);
		expect(bars[2].start).toBe(bars[1].start);
	});

	it('gives steps without a sourced duration no length and marks them unknown', () => {
		const { bars, total } = timeline([step('a'), step('b')]);
		expect(bars.every((bar) => !bar.known && bar.length === 0)).toBe(true);
		expect(total).toBe(0);
	});

	it('rounds totals into words', () => {
		expect(roughly('en', 90)).toBe('about 3 months');
		expect(roughly('en', 7 * 365.25)).toBe('about 7 years');
		expect(roughly('en', 30)).toBe('about 4 weeks');
	});
});

describe('step numbers', () => {
	it('numbers steps in order and shows an alternative as "or" without taking a number', () => {
		expect(stepNumbers([{}, {}, { alternative: true }, {}])).toEqual(['1', '2', 'or', '3']);
	});
});

describe('time to the outcome', () => {
	it('adds the shortest and the longest stated times along the longest chain, leaving out steps after the outcome', () => {
		const time = timeToOutcome([
			step('a', { duration: { min: 1, max: 2, unit: 'months', source: 1 } }),
			step('b', { duration: { max: 30, unit: 'days', source: 1 } }),
			step('c'),
			step('renew', { afterOutcome: true, duration: { max: 5, unit: 'years', source: 1 } }),
		]);
		expect(time).toMatchObject({ steps: 3, known: 2 });
		expect(Math.round(time?.min ?? 0)).toBe(Math.round(365.25 / 12 + 30));
		expect(Math.round(time?.max ?? 0)).toBe(Math.round((2 * 365.25) / 12 + 30));
		expect(roughRange('en', time?.min ?? 0, time?.max ?? 0)).toBe('about 2–3 months');
	});

	it('is unknown when no step before the outcome has a stated time', () => {
		expect(
			timeToOutcome([step('a'), step('renew', { afterOutcome: true, duration: { max: 5, unit: 'years', source: 1 } })]),
		).toBeUndefined();
	});
});
