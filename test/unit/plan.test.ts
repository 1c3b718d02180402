/**
 * The plan model on small plans whose answers are worked out by hand in each test: what runs
 * side by side, what waits, what comes after the outcome, options counted one at a time, unknown
 * times named. Then two properties over random plans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planOf, type PlanRelations } from '../../src/graph/plan/index.ts';
import type { FinderOutcome } from '../../src/schema/finder.ts';
import type { Path } from '../../src/schema/index.ts';
import { pathData } from './fixtures.ts';

const none: PlanRelations = { crosForStep: () => [], benefitsForPath: () => [] };

function path(id: string, steps: object[], extra: object = {}): [string, Path] {
	return [id, pathData(id, steps, extra)];
}
const days = (max: number, min?: number) => ({ duration: { max, ...(min === undefined ? {} : { min }), unit: 'days', source: 1 } });
const yen = (amount: number, option?: string) => ({
	what: `Fee ${amount}`,
	amount,
	currency: 'JPY',
	fiscalYear: 2025,
	source: 1,
	...(option ? { option } : {}),
});
const step = (id: string, extra: object = {}) => ({ id, title: id, actor: 'Sponsor', ...extra });
const entry = (id: string, extra: object = {}) => ({ path: id, why: { en: 'Why.' }, source: 1, ...extra });
const outcome = (paths: object[], choices: object[] = []) => ({ paths, choices }) as unknown as Pick<FinderOutcome, 'paths' | 'choices'>;

describe('the time to the outcome', () => {
	const paths = new Map([
		path('consult', [step('meet', days(30)), step('advice', days(20, 10))]),
		path('licence', [step('apply', days(90, 60))]),
		path('approval', [step('file', days(10)), step('review', { ...days(365, 270), waitsFor: [{ path: 'licence' }] })], {
			prerequisites: ['consult'],
		}),
	]);

	it('runs side by side what nothing orders, and waits where the content says so', () => {
		// consult: meet 30 + advice 10–20 = 40–50. approval waits for consult (prerequisite): file starts at 40–50, ends 50–60.
		// review waits for file and for the licence (60–90): starts at max(50, 60)=60 … max(60, 90)=90; ends 60+270=330 … 90+365=455.
		const plan = planOf(outcome([entry('consult'), entry('licence'), entry('approval')]), none, paths);
		expect(plan.timeToOutcome).toMatchObject({ min: 330, max: 455, unknown: [] });
	});

	it('leaves out what comes after the outcome, and lists it', () => {
		const after = new Map([...paths, path('report', [step('yearly', { ...days(365), afterOutcome: true })])]);
		const withDuty = planOf(outcome([entry('consult'), entry('licence'), entry('approval'), entry('report')]), none, after);
		expect(withDuty.timeToOutcome).toMatchObject({ min: 330, max: 455 });
		expect(withDuty.afterOutcome.map((item) => item.step.id)).toEqual(['yearly']);
		const afterPath = planOf(
			outcome([entry('consult'), entry('licence'), entry('approval'), entry('report', { afterOutcome: true })]),
			none,
			after,
		);
		expect(afterPath.timeToOutcome).toMatchObject({ min: 330, max: 455 });
	});

	it('names a step with no sourced time on the longest chain, and one beside it apart', () => {
		const withTrial = new Map([
			path('trial', [step('run')]),
			path('mah', [step('licence')]),
			path('approval', [step('review', { ...days(270), waitsFor: [{ path: 'trial' }, { path: 'mah' }] })]),
		]);
		// trial and mah take no counted time; review 270 follows both. Both unknown steps end at day 0, so both lie on a longest chain.
		const plan = planOf(outcome([entry('trial'), entry('mah'), entry('approval')]), none, withTrial);
		expect(plan.timeToOutcome).toMatchObject({ min: 270, max: 270, unknown: ['trial#run', 'mah#licence'] });
		// With a timed step before the trial, the untimed MAH licence runs beside the chain.
		const longer = new Map([...withTrial, path('trial', [step('design', days(60)), step('run')])]);
		const beside = planOf(outcome([entry('trial'), entry('mah'), entry('approval')]), none, longer);
		expect(beside.timeToOutcome).toMatchObject({ min: 330, max: 330, unknown: ['trial#run'], unknownAlongside: ['mah#licence'] });
	});

	it("counts a step after its own path's outcome when the plan's outcome waits for it", () => {
		// The notification's outcome is a trial that may start (30 days); running it comes after that, untimed. The
		// application waits for the trial's end: 30 days + the trial (unknown, named) + 270 days of review.
		const trial = new Map([
			path('notification', [step('wait', days(30)), step('run', { afterOutcome: true })]),
			path('approval', [step('review', { ...days(270), waitsFor: [{ path: 'notification', step: 'run' }] })]),
		]);
		const plan = planOf(outcome([entry('notification'), entry('approval')]), none, trial);
		expect(plan.timeToOutcome).toMatchObject({ min: 300, max: 300, unknown: ['notification#run'] });
		expect(plan.afterOutcome).toEqual([]);
		expect(plan.paths[0].steps.map((planned) => planned.afterOutcome)).toEqual([false, false]);
		// Without the approval, running the trial is after the plan's outcome again.
		expect(planOf(outcome([entry('notification')]), none, trial).afterOutcome.map((item) => item.step.id)).toEqual(['run']);
	});

	it('counts a path reached through two entries once', () => {
		const twice = planOf(outcome([entry('licence'), entry('licence')]), none, paths);
		expect(twice.timeToOutcome).toMatchObject({ min: 60, max: 90 });
		expect(twice.paths.map((item) => item.id)).toEqual(['licence']);
	});
});

describe('options', () => {
	const paths = new Map([
		path('inspection', [
			step('on-site', { ...days(120), fees: [yen(100)] }),
			step('on-paper', { ...days(60), alternative: true, fees: [yen(40)] }),
			step('certificate', { fees: [yen(10, 'express'), yen(25, 'express'), yen(5, 'standard')] }),
		]),
		path('conditional', [
			step('review', { ...days(300), fees: [yen(1_000)] }),
			step('reapply', { ...days(2_555), afterOutcome: true, fees: [yen(500)] }),
		]),
		path('full', [step('review', { ...days(365), fees: [yen(1_000)] })]),
	]);

	it('counts one alternative step and one fee option at a time, never their sum', () => {
		// on-site 120 days ¥100 or on paper 60 days ¥40; certificate: standard ¥5 or express ¥10+¥25=¥35.
		const plan = planOf(outcome([entry('inspection')]), none, paths);
		expect(plan.timeToOutcome).toMatchObject({ min: 60, max: 120, unknown: ['inspection#certificate'] });
		expect(plan.fees.total).toEqual({ JPY: { min: 45, max: 135 } });
	});

	it('pays only the fee options and takes only the alternative steps an outcome names for its route', () => {
		// The outcome names the express certificate and the inspection on paper: 60 days; ¥40 + ¥35 = ¥75, no range.
		const plan = planOf(outcome([entry('inspection', { feeOptions: ['express'], alternatives: ['on-paper'] })]), none, paths);
		expect(plan.timeToOutcome).toMatchObject({ min: 60, max: 60 });
		expect(plan.fees.total).toEqual({ JPY: { min: 75, max: 75 } });
		// The step not taken is not in the plan; the fees listed are those paid.
		const [inspection] = plan.paths;
		expect(inspection.steps.map((planned) => planned.step.id)).toEqual(['on-paper', 'certificate']);
		expect(inspection.steps[1].fees.map((fee) => fee.amount)).toEqual([10, 25]);
	});

	it('pays every option it names, once each', () => {
		// Both certificate options named: ¥10 + ¥25 + ¥5 = ¥40 always; the inspection still one of ¥40 or ¥100.
		const plan = planOf(outcome([entry('inspection', { feeOptions: ['express', 'standard'] })]), none, paths);
		expect(plan.fees.total).toEqual({ JPY: { min: 80, max: 140 } });
	});

	it('counts every option of a step whose options the outcome does not name', () => {
		// `standard-delivery` is no option of this path's steps: the certificate still counts ¥5–¥35.
		const plan = planOf(outcome([entry('inspection', { feeOptions: ['standard-delivery'] })]), none, paths);
		expect(plan.fees.total).toEqual({ JPY: { min: 45, max: 135 } });
	});

	/** One choice of two routes: full approval outright, or a conditional approval first. */
	const fullOrConditional = {
		id: 'route',
		label: { en: 'How?' },
		options: [
			{ id: 'full', label: { en: 'Full' }, paths: [entry('full')] },
			{ id: 'conditional', label: { en: 'Conditional first' }, paths: [entry('conditional')] },
		],
	};

	it('gives each route of a choice its own time and fees, and the plan the range over them', () => {
		const plan = planOf(outcome([], [fullOrConditional]), none, paths);
		expect(
			plan.routes.map((route) => [route.options[0]?.option, route.toOutcome.max, route.fees.toOutcome.JPY, route.fees.total.JPY]),
		).toEqual([
			['full', 365, { min: 1_000, max: 1_000 }, { min: 1_000, max: 1_000 }],
			['conditional', 300, { min: 1_000, max: 1_000 }, { min: 1_500, max: 1_500 }],
		]);
		expect(plan.timeToOutcome).toMatchObject({ min: 300, max: 365 });
		expect(plan.fees.total).toEqual({ JPY: { min: 1_000, max: 1_500 } });
	});

	it('keeps a path every route takes on every route when an option names it again', () => {
		// `full` is under `paths` and again in the option "full": every route takes it, so it belongs to no option.
		const plan = planOf(outcome([entry('full')], [fullOrConditional]), none, paths);
		expect(plan.paths.map((item) => [item.id, item.inOptions.map((chosen) => chosen.option)])).toEqual([
			['full', []],
			['conditional', ['conditional']],
		]);
	});
});

describe('properties', () => {
	// Random small plans: paths of one to four steps, each timed or not, some alternatives, some fees with options.
	const stepArbitrary = fc.record({
		timed: fc.boolean(),
		max: fc.integer({ min: 1, max: 400 }),
		spread: fc.integer({ min: 0, max: 100 }),
		alternative: fc.boolean(),
		fee: fc.integer({ min: 0, max: 10_000 }),
	});
	const pathsArbitrary = fc.array(fc.array(stepArbitrary, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });
	const build = (raw: { timed: boolean; max: number; spread: number; alternative: boolean; fee: number }[][]) =>
		new Map(
			raw.map((steps, p) =>
				path(
					`p${p}`,
					steps.map((s, i) =>
						step(`s${i}`, {
							...(s.timed ? days(s.max, Math.max(0, s.max - s.spread)) : {}),
							alternative: i > 0 && s.alternative,
							fees: [yen(s.fee)],
						}),
					),
					p > 0 && raw.length > 1 ? { prerequisites: [`p${p - 1}`] } : {},
				),
			),
		);

	it('adding an option never raises the least time or the least fees', () => {
		fc.assert(
			fc.property(pathsArbitrary, stepArbitrary, (raw, extra) => {
				const paths = build(raw);
				const ids = [...paths.keys()];
				const before = planOf(outcome(ids.map((id) => entry(id))), none, paths);
				// A second option for the last path's last step group.
				const last = raw.length - 1;
				const withOption = build(raw.map((steps, i) => (i === last ? [...steps, { ...extra, alternative: true }] : steps)));
				const after = planOf(outcome(ids.map((id) => entry(id))), none, withOption);
				expect(after.timeToOutcome.min).toBeLessThanOrEqual(before.timeToOutcome.min);
				expect(after.fees.total.JPY?.min ?? 0).toBeLessThanOrEqual(before.fees.total.JPY?.min ?? 0);
			}),
			{ numRuns: process.env.CI ? 200 : 500, seed: 20261206 },
		);
	});

	it('a step after the outcome never changes the time to it', () => {
		fc.assert(
			fc.property(pathsArbitrary, fc.integer({ min: 1, max: 5_000 }), fc.nat(), (raw, length, where) => {
				const paths = build(raw);
				const ids = [...paths.keys()];
				const before = planOf(outcome(ids.map((id) => entry(id))), none, paths);
				const target = ids[where % ids.length]!;
				const original = paths.get(target)!;
				const changed = new Map(paths);
				changed.set(target, {
					...original,
					steps: [...original.steps, { ...step('duty'), ...days(length), afterOutcome: true, fees: [] } as Path['steps'][number]],
				});
				const after = planOf(outcome(ids.map((id) => entry(id))), none, changed);
				expect(after.timeToOutcome.min).toBe(before.timeToOutcome.min);
				expect(after.timeToOutcome.max).toBe(before.timeToOutcome.max);
			}),
			{ numRuns: process.env.CI ? 200 : 500, seed: 20261206 },
		);
	});
});
