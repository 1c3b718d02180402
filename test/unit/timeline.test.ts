import { describe, expect, it } from 'vitest';
import { pathPlan } from '../../src/graph/plan/index.ts';
import { stepBars, stepNumbers } from '../../src/graph/timeline.ts';
import { formatTimeToOutcome, roughly, roughRange } from '../../src/lib/format.ts';
import type { Step } from '../../src/schema/index.ts';
import { pathData } from './fixtures.ts';

const step = (id: string, extra: Partial<Step> = {}) => ({ id, title: id, actor: 'Sponsor', fees: [], ...extra });
const path = (steps: object[]) => pathData('Path', steps);
const bars = (steps: object[]) => stepBars('p', path(steps));

describe('a path’s timeline', () => {
	it('puts steps one after another, converting units to days', () => {
		expect(
			bars([
				step('a', { duration: { max: 30, unit: 'days', source: 1 } }),
				step('b', { duration: { max: 2, unit: 'weeks', source: 1 } }),
			]).map((bar) => [bar.id, bar.start, bar.length]),
		).toEqual([
			['a', 0, 30],
			['b', 30, 14],
		]);
	});

	it('starts a step when the steps it comes after have ended', () => {
		const drawn = bars([
			step('a', { duration: { max: 10, unit: 'days', source: 1 } }),
			step('b', { duration: { max: 5, unit: 'days', source: 1 } }),
			step('c', { after: ['a'] }),
		]);
		expect(drawn[2]?.start).toBe(10);
	});

	it('starts an alternative with the step it replaces', () => {
		const drawn = bars([
			step('a', { duration: { max: 10, unit: 'days', source: 1 } }),
			step('mah', { duration: { max: 3, unit: 'days', source: 1 } }),
			step('dmah', { alternative: true }),
		]);
		expect(drawn[2]?.start).toBe(drawn[1]?.start);
	});

	it('gives steps without a sourced duration no length and marks them unknown', () => {
		expect(bars([step('a'), step('b')]).every((bar) => !bar.known && bar.length === 0)).toBe(true);
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

describe('a path’s time to its outcome', () => {
	it('adds the shortest and the longest stated times along the longest chain, leaving out steps after the outcome and naming the untimed', () => {
		const plan = pathPlan(
			'p',
			path([
				step('a', { duration: { min: 1, max: 2, unit: 'months', source: 1 } }),
				step('b', { duration: { max: 30, unit: 'days', source: 1 } }),
				step('c'),
				step('renew', { afterOutcome: true, duration: { max: 5, unit: 'years', source: 1 } }),
			]),
		);
		const time = plan.timeToOutcome;
		expect(Math.round(time.min)).toBe(Math.round(365.25 / 12 + 30));
		expect(Math.round(time.max)).toBe(Math.round((2 * 365.25) / 12 + 30));
		expect(time.unknown).toEqual(['p#c']);
		expect(roughRange('en', time.min, time.max)).toBe('about 2–3 months');
		expect(formatTimeToOutcome('en', time)).toBe('at least about 2–3 months');
		expect(plan.afterOutcome.map((item) => item.step.id)).toEqual(['renew']);
	});

	it('says no source gives a time, never "0 days", when no step before the outcome is timed', () => {
		const plan = pathPlan('p', path([step('a'), step('renew', { afterOutcome: true, duration: { max: 5, unit: 'years', source: 1 } })]));
		expect(formatTimeToOutcome('en', plan.timeToOutcome)).toBe('No source states the time of a step before the outcome.');
	});
});
