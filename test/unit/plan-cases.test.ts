/**
 * Five real plans worked out by hand: two for the ASRM, two approvals, one in vivo. The inputs
 * are copies of content/finder.yaml's outcomes and of the paths they take as they stood on
 * 6 December 2026 (test/plan-cases/: only what the plan reads), so an editor's later change of a
 * fee does not fail this test; the working below is done from those copies, line by line, and the
 * plan model must come to the same figures. A month is 365.25 / 12 = 30.4375 days.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planOf, type Plan, type PlanRelations } from '../../src/graph/plan/index.ts';
import { finderOutcomeSchema } from '../../src/schema/finder.ts';
import { schemas, type Path } from '../../src/schema/index.ts';

const casesDir = join(import.meta.dirname, '..', 'plan-cases');
const paths = new Map<string, Path>(
	readdirSync(join(casesDir, 'paths')).map((file) => [
		file.replace(/\.yaml$/, ''),
		schemas.paths.parse(parse(readFileSync(join(casesDir, 'paths', file), 'utf8'))),
	]),
);
const outcomes = parse(readFileSync(join(casesDir, 'outcomes.yaml'), 'utf8')) as Record<string, unknown>;
const none: PlanRelations = { crosForStep: () => [], benefitsForPath: () => [] };
const plan = (id: string) => planOf(finderOutcomeSchema().parse(outcomes[id]), none, paths);
const month = 365.25 / 12;

/** Each route by the options it chose: days to the outcome, and fees to it and after it, in yen. */
const routes = (of: Plan) =>
	Object.fromEntries(
		of.routes.map((route) => [
			route.options.map((chosen) => chosen.option).join(' + ') || 'the only route',
			{ days: route.toOutcome, toOutcome: route.fees.toOutcome.JPY, afterOutcome: route.fees.afterOutcome.JPY },
		]),
	);

describe('five plans worked out by hand', () => {
	it('ASRM Class I, cells processed in Korea', () => {
		// Time: the Korean facility's accreditation (asrm-foreign-cell-processing-accreditation, file-application: 6 months,
		// 182.625 days), then the provision plan that names it, then the 90-day restriction period: 272.625 days.
		// Fees to the outcome: PMDA's inspection, on site ¥120,500 or on documents only ¥54,200 → ¥54,200–¥120,500.
		// After: the accreditation's renewal, ¥10,100 + (¥37,100 or ¥56,500) → ¥47,200–¥66,600.
		const result = plan('asrm-class-1-cells-made-in-korea');
		expect(routes(result)).toEqual({
			'the only route': {
				days: { min: 6 * month + 90, max: 6 * month + 90 },
				toOutcome: { min: 54_200, max: 120_500 },
				afterOutcome: { min: 47_200, max: 66_600 },
			},
		});
		// No source times the accreditation's other steps or the filing: named, not counted as nothing.
		expect(result.timeToOutcome.unknown).toContain('asrm-foreign-cell-processing-accreditation#pmda-inspection');
		expect(result.timeToOutcome.unknown).toContain('asrm-class-1#file-plan');
	});

	it('ASRM Class II, cells processed in Japan: a licensed facility, or a hospital that notifies its own', () => {
		// Class II has no restriction period, and no source times the licence or the notification: 0 days known on both
		// routes, every step on the way named as unknown.
		// Licence: application ¥90,000 + PMDA survey (on documents ¥98,200 or on site ¥144,000) → ¥188,200–¥234,000;
		// renewal ¥8,200 + (¥48,600 or ¥97,100) → ¥56,800–¥105,300. Notification: no fee.
		const result = plan('asrm-class-2-cells-made-in-japan');
		expect(routes(result)).toEqual({
			licence: { days: { min: 0, max: 0 }, toOutcome: { min: 188_200, max: 234_000 }, afterOutcome: { min: 56_800, max: 105_300 } },
			notification: { days: { min: 0, max: 0 }, toOutcome: undefined, afterOutcome: undefined },
		});
		expect(result.fees.toOutcome.JPY).toEqual({ min: 0, max: 234_000 });
		expect(result.timeToOutcome.unknown).toEqual(
			expect.arrayContaining(['asrm-cell-processing-licence#receive-licence', 'asrm-class-2#file-plan']),
		);
	});

	it('approval of cells made in Japan, with a Japanese partner', () => {
		// Time, both routes: the first trial notification's 30-day wait, the trial (no source gives its length, named),
		// the application, PMDA's 9-month review target: 30 + 9 × 30.4375 = 303.9375 days, plus the trial.
		// Fees to the outcome: the Japanese manufacturing licence, ¥90,000 + PMDA survey (on paper ¥120,400 or on site
		// ¥159,900) = ¥210,400–¥249,900; GCTP inspection of a site in Japan ¥1,008,700; the application made directly
		// (full approval) or for a conditional approval, alike: ¥100,000 + ¥14,690,200 + ¥1,153,300 = ¥15,943,500.
		// In all ¥17,162,600–¥17,202,100.
		// After, outright: licence renewal ¥30,100 + (¥59,700 or ¥105,200); periodic GCTP inspection ¥910,500;
		// re-examination ¥92,400 + ¥680,900 + ¥867,200 = ¥1,640,500 → ¥2,640,800–¥2,686,300.
		// After, conditional first: the same renewal and inspection, and the new application within the time limit,
		// ¥100,000 + ¥7,352,900 + ¥1,153,300 = ¥8,606,200 → ¥9,606,500–¥9,652,000.
		const result = plan('approval-cells-made-in-japan-with-japanese-partner');
		const days = { min: 30 + 9 * month, max: 30 + 9 * month };
		const toOutcome = { min: 17_162_600, max: 17_202_100 };
		expect(routes(result)).toEqual({
			'full-approval': { days, toOutcome, afterOutcome: { min: 2_640_800, max: 2_686_300 } },
			'conditional-first': { days, toOutcome, afterOutcome: { min: 9_606_500, max: 9_652_000 } },
		});
		expect(result.timeToOutcome.unknown).toContain('clinical-trial-notification#run-trial');
	});

	it('approval of gene-modified cells made in Korea, filed from Korea', () => {
		// Time: as above, 303.9375 days plus the trial; the Korean site's accreditation (5 months) runs beside the trial,
		// and where the vector may remain in the product, the trial waits for the Type 1 approval (no time given, named).
		// Fees to the outcome: accreditation inspection (on paper ¥62,600 or on site ¥143,900; the application fee has no
		// amount in our sources); the Japanese site that stores and labels: ¥210,400–¥249,900; GCTP inspection of a site
		// abroad ¥1,272,900 and of the Japanese storage site ¥86,800; the application ¥15,943,500.
		// In all ¥17,576,200–¥17,697,000, whether or not the product is a living modified organism.
		// After, outright: accreditation renewal ¥23,400 + (¥42,900 or ¥69,700), licence renewal ¥89,800–¥135,300,
		// periodic GCTP inspections ¥1,153,800 + ¥371,300, re-examination ¥1,640,500 → ¥3,321,700–¥3,394,000.
		// After, conditional first: the new application ¥8,606,200 in place of re-examination → ¥10,287,400–¥10,359,700.
		const result = plan('approval-gene-modified-cells-made-in-korea-from-korea');
		const days = { min: 30 + 9 * month, max: 30 + 9 * month };
		const toOutcome = { min: 17_576_200, max: 17_697_000 };
		const outright = { days, toOutcome, afterOutcome: { min: 3_321_700, max: 3_394_000 } };
		const conditional = { days, toOutcome, afterOutcome: { min: 10_287_400, max: 10_359_700 } };
		expect(routes(result)).toEqual({
			'full-approval + not-lmo': outright,
			'full-approval + type-1': outright,
			'conditional-first + not-lmo': conditional,
			'conditional-first + type-1': conditional,
		});
		expect(result.timeToOutcome.unknownAlongside).toContain('cartagena-type-1-approval#joint-approval');
		expect(result.unknownFees.map((item) => `${item.pathId}#${item.step.id}`)).toContain(
			'foreign-manufacturer-accreditation#apply-accreditation',
		);
	});

	it('in vivo gene therapy under the ASRM', () => {
		// The maker of the nucleic acid, licensed in Japan: 90-day restriction period; ¥188,200–¥234,000 as for Class II.
		// With a Type 2 confirmation as well (PMDA's review, 3 months = 91.3125 days) beside the 90 days: 91.3125 days.
		// Accredited abroad: 6 months + 90 days = 272.625 days; ¥54,200–¥120,500.
		const result = plan('asrm-class-1-in-vivo-gene-therapy');
		const japan = { toOutcome: { min: 188_200, max: 234_000 }, afterOutcome: { min: 56_800, max: 105_300 } };
		const abroad = {
			days: { min: 6 * month + 90, max: 6 * month + 90 },
			toOutcome: { min: 54_200, max: 120_500 },
			afterOutcome: { min: 47_200, max: 66_600 },
		};
		expect(routes(result)).toEqual({
			'made-in-japan + not-lmo': { days: { min: 90, max: 90 }, ...japan },
			'made-in-japan + type-1': { days: { min: 90, max: 90 }, ...japan },
			'made-in-japan + type-1-and-type-2': { days: { min: 3 * month, max: 3 * month }, ...japan },
			'made-abroad + not-lmo': abroad,
			'made-abroad + type-1': abroad,
			'made-abroad + type-1-and-type-2': abroad,
		});
		expect(result.timeToOutcome).toMatchObject({ min: 90, max: 6 * month + 90 });
	});
});
