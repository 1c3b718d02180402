import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/schema/index.ts';

const source = { title: 'Regenerative medical products', url: 'https://www.pmda.go.jp/english/review-services/reviews/0003.html' };
const common = { title: 'A title', summary: 'One sentence that says what this is.', reviewed: '2026-11-01', sources: [source] };

const validPath = {
	...common,
	jurisdiction: 'JP',
	law: 'PMD Act, Art. 23-26',
	authority: 'mhlw',
	modalities: ['cell-therapy'],
	stage: 'approval',
	outcome: 'Conditional, time-limited approval',
	duration: { max: 7, unit: 'years', note: 'statutory limit', source: 1 },
	steps: [
		{ id: 'consult', title: 'Consult PMDA', actor: 'Sponsor', authority: 'pmda' },
		{
			id: 'apply',
			title: 'Apply',
			actor: 'Sponsor',
			after: ['consult'],
			fees: [{ what: 'Review', amount: 1000, currency: 'JPY', fiscalYear: 2025, source: 1 }],
		},
	],
};

/** The messages zod gives for `value`, keyed by the field path. */
function problems(schema: (typeof schemas)[keyof typeof schemas], value: unknown): Record<string, string> {
	const result = schema.safeParse(value);
	if (result.success) return {};
	return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('path schema', () => {
	it('accepts a complete path and fills defaults', () => {
		const parsed = schemas.paths.parse(validPath);
		expect(parsed.prerequisites).toEqual([]);
		expect(parsed.reviewed).toEqual(new Date('2026-11-01'));
		expect(parsed.draft).toBe(false);
	});

	it('requires at least one source, because a path states regulatory facts', () => {
		expect(problems(schemas.paths, { ...validPath, sources: [] })).toHaveProperty('sources');
	});

	it('rejects a value outside the modality vocabulary, at the list item', () => {
		expect(Object.keys(problems(schemas.paths, { ...validPath, modalities: ['cell-therapy', 'stem-cells'] }))).toEqual(['modalities.1']);
	});

	it('rejects a source that is not https', () => {
		expect(problems(schemas.paths, { ...validPath, sources: [{ title: 'x', url: 'http://example.org/' }] })).toEqual({
			'sources.0.url': 'must be an https:// address',
		});
	});

	it('rejects a summary longer than 200 characters', () => {
		expect(problems(schemas.paths, { ...validPath, summary: 'x'.repeat(201) })).toEqual({
			summary: 'must be one sentence of at most 200 characters',
		});
	});

	it('rejects unknown fields, so a misspelt field is not silently ignored', () => {
		expect(problems(schemas.paths, { ...validPath, prerequisite: ['asrm-class-1'] })).toHaveProperty('');
	});

	it('rejects a step id that is not kebab-case', () => {
		const steps = [{ ...validPath.steps[0], id: 'Consult PMDA' }];
		expect(problems(schemas.paths, { ...validPath, steps })).toHaveProperty('steps.0.id');
	});

	it('rejects a duration whose minimum exceeds its maximum', () => {
		expect(problems(schemas.paths, { ...validPath, duration: { min: 9, max: 7, unit: 'years', source: 1 } })).toHaveProperty(
			'duration.min',
		);
	});

	it('rejects a reviewed date that is not a date', () => {
		expect(problems(schemas.paths, { ...validPath, reviewed: 'last spring' })).toHaveProperty('reviewed');
	});
});

describe('CRO schema', () => {
	const validCro = {
		...common,
		headquarters: { country: 'JP', city: 'Tokyo' },
		services: ['nonclinical-safety'],
		stages: ['nonclinical'],
		languages: [
			{ language: 'ja', source: 1 },
			{ language: 'en', source: 1 },
		],
		supports: [{ path: 'clinical-trial-notification', steps: ['file-ctn'] }],
		memberOf: ['shonan-drug-discovery-support-consortium'],
	};

	it('accepts a CRO without sites or modalities', () => {
		expect(schemas.cros.parse(validCro).sites).toEqual([]);
	});

	it('needs a source, because its services and languages must be shown by one', () => {
		expect(problems(schemas.cros, { ...validCro, sources: [] })).toHaveProperty('sources');
	});

	it('needs each working language to name its source', () => {
		expect(problems(schemas.cros, { ...validCro, languages: [{ language: 'ko' }] })).toHaveProperty('languages.0.source');
	});

	it('rejects a language that is not an ISO 639-1 code in the vocabulary', () => {
		expect(problems(schemas.cros, { ...validCro, languages: [{ language: 'japanese', source: 1 }] })).toHaveProperty(
			'languages.0.language',
		);
	});

	it('rejects a country that is not in the vocabulary', () => {
		expect(problems(schemas.cros, { ...validCro, headquarters: { country: 'Japan', city: 'Tokyo' } })).toHaveProperty(
			'headquarters.country',
		);
	});

	it('needs at least one service', () => {
		expect(problems(schemas.cros, { ...validCro, services: [] })).toHaveProperty('services');
	});
});

describe('institution, zone, benefit and glossary schemas', () => {
	it('accepts an institution and rejects an unknown type', () => {
		const institution = { ...common, type: 'regulator', country: 'JP' };
		expect(schemas.institutions.safeParse(institution).success).toBe(true);
		expect(problems(schemas.institutions, { ...institution, type: 'agency' })).toHaveProperty('type');
	});

	it('requires a zone to name its operators and a designation date', () => {
		const zone = { ...common, country: 'KR', designated: '2024-04-30', operators: ['chungbuk-technopark'] };
		expect(schemas.zones.parse(zone).designated).toEqual(new Date('2024-04-30'));
		expect(Object.keys(problems(schemas.zones, { ...zone, operators: [], designated: undefined })).sort()).toEqual([
			'designated',
			'operators',
		]);
	});

	it('requires a benefit to say who is eligible and who provides it', () => {
		const benefit = {
			...common,
			zone: 'chungbuk-regenerative-bio-zone',
			kind: 'facility',
			eligibility: 'Zone companies.',
			providedBy: ['mss'],
		};
		expect(schemas.benefits.safeParse(benefit).success).toBe(true);
		expect(Object.keys(problems(schemas.benefits, { ...benefit, eligibility: undefined, providedBy: [] })).sort()).toEqual([
			'eligibility',
			'providedBy',
		]);
	});

	it('requires a glossary term to have its English name, and takes the other languages when they are written', () => {
		const term = { en: 'Chiken', ko: '치켄', ja: '治験', definition: 'A clinical trial under the PMD Act.' };
		expect(schemas.glossary.parse(term).aliases).toEqual([]);
		expect(problems(schemas.glossary, { ...term, en: undefined })).toHaveProperty('en');
		expect(schemas.glossary.safeParse({ ...term, ko: undefined }).success).toBe(true);
	});
});
