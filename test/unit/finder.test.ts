import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answerIds, finderRoutes, routeAnchor } from '../../src/graph/finder-routes.ts';
import { planOf } from '../../src/graph/plan/index.ts';
import { relate } from '../../src/graph/relations.ts';
import { finderSchema } from '../../src/schema/finder.ts';
import { schemas } from '../../src/schema/index.ts';
import { entryBasics, fixturesDir, pathData } from './fixtures.ts';

const finder = finderSchema().parse(parse(readFileSync(join(fixturesDir, 'base', 'finder.yaml'), 'utf8')));

describe('routes through the finder', () => {
	const { stops, finished } = finderRoutes(finder);

	it('has a stop for every question on every way to it, with the answers given before it', () => {
		expect(stops.map((stop) => [stop.question, answerIds(stop.answers).join('/')])).toEqual([
			['goal', ''],
			['zone', 'consult'],
			['zone', 'approve'],
		]);
	});

	it('ends each route with the last outcome chosen and the zone named', () => {
		expect(finished.map((route) => [routeAnchor(route.answers), route.outcome, route.zone])).toEqual([
			['from-consult--zone-company', 'consult-first', 'zone'],
			['from-consult--not-zone-company', 'consult-first', undefined],
			['from-approve--zone-company', 'approval', 'zone'],
			['from-approve--not-zone-company', 'approval', undefined],
		]);
	});
});

describe('a plan', () => {
	const path = (id: string, steps: object[], extra: object = {}) => ({ id, data: pathData(id, steps, extra) });
	const consultation = path('consultation', [
		{ id: 'meet', title: 'Meet', actor: 'Sponsor', duration: { max: 2, unit: 'months', source: 1 } },
		{ id: 'pay', title: 'Pay', actor: 'Sponsor', fees: [{ what: 'Meeting', amount: 1000, currency: 'JPY', fiscalYear: 2025, source: 1 }] },
	]);
	const approval = path(
		'approval',
		[
			{ id: 'apply', title: 'Apply', actor: 'Sponsor', duration: { min: 6, max: 12, unit: 'months', source: 1 } },
			{ id: 'fee', title: 'Fee', actor: 'Sponsor', fees: [{ what: 'Review', amount: 5000, currency: 'JPY', fiscalYear: 2025, source: 1 }] },
		],
		{ prerequisites: ['consultation'] },
	);
	const cro = {
		id: 'lab',
		data: schemas.cros.parse({
			...entryBasics,
			title: 'Lab',
			reviewed: '2026-11-01',
			headquarters: { country: 'JP' },
			services: ['regulatory-consulting'],
			stages: ['approval'],
			languages: [{ language: 'en', source: 1 }],
			supports: [{ path: 'approval', steps: ['apply'] }],
		}),
	};
	const benefit = (id: string, zone: string) => ({
		id,
		data: schemas.benefits.parse({
			...entryBasics,
			title: id,
			reviewed: '2026-11-01',
			zone,
			kind: 'consulting',
			eligibility: 'Zone companies.',
			providedBy: ['agency'],
			helpsWith: ['approval'],
		}),
	});
	const relations = relate({
		paths: [consultation, approval],
		cros: [cro],
		institutions: [],
		zones: [],
		benefits: [benefit('ours', 'zone'), benefit('theirs', 'other-zone')],
		questions: [],
		precedents: [],
		pages: [],
		glossary: [],
		translations: [],
	});
	const paths = new Map([consultation, approval].map((entry) => [entry.id, entry.data]));
	const outcome = finder.outcomes.approval!;

	it('starts a path when its prerequisite reaches its outcome, and adds the times along that chain', () => {
		// consultation: meet, up to 2 months (61 days); approval needs consultation first: apply, 6–12 months (183–365 days).
		const plan = planOf(outcome, relations, paths);
		expect(plan.paths.map((item) => item.id)).toEqual(['consultation', 'approval']);
		const [route] = plan.routes;
		expect(route!.schedule.start.get('approval#apply')).toBeCloseTo(60.875, 3);
		expect(plan.timeToOutcome.min).toBeCloseTo(60.875 + 182.625, 3);
		expect(plan.timeToOutcome.max).toBeCloseTo(60.875 + 365.25, 3);
		// The consultation's second step and the approval's second step have no sourced time, and lie on the chain.
		expect(plan.timeToOutcome.unknown).toEqual(['consultation#pay', 'approval#fee']);
	});

	it('sums the fees sources state, as a range per currency', () => {
		expect(planOf(outcome, relations, paths).fees.total).toEqual({ JPY: { min: 6000, max: 6000 } });
	});

	it('names the CROs that support its steps', () => {
		const plan = planOf(outcome, relations, paths);
		expect(plan.cros.map((entry) => entry.id)).toEqual(['lab']);
		expect(plan.paths[1]!.steps.find((step) => step.step.id === 'apply')!.cros.map((entry) => entry.id)).toEqual(['lab']);
	});

	it('lists the zone’s benefits for its paths only for a company in that zone', () => {
		expect(planOf(outcome, relations, paths).benefits).toEqual([]);
		expect(planOf(outcome, relations, paths, 'zone').benefits.map((entry) => entry.id)).toEqual(['ours']);
	});
});
