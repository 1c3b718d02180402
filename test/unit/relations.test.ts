import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/graph/catalogue.ts';
import { relate } from '../../src/graph/relations.ts';
import { schemas } from '../../src/schema/index.ts';

const common = { summary: 'One sentence.', reviewed: '2026-11-01', sources: [{ title: 'Source', url: 'https://example.org/' }] };
const path = (id: string, extra: object) => ({
	id,
	data: schemas.paths.parse({
		...common,
		title: id,
		jurisdiction: 'JP',
		law: 'PMD Act',
		authority: 'mhlw',
		modalities: ['cell-therapy'],
		stage: 'approval',
		outcome: 'Approval',
		steps: [
			{ id: 'file', title: 'File', actor: 'Sponsor', authority: 'pmda' },
			{ id: 'decide', title: 'Decide', actor: 'MHLW' },
		],
		...extra,
	}),
});
const cro = (id: string, supports: object[], memberOf: string[] = []) => ({
	id,
	data: schemas.cros.parse({
		...common,
		title: id,
		headquarters: { country: 'JP' },
		services: ['cmc-quality'],
		stages: ['clinical'],
		languages: [{ language: 'ja', source: 1 }],
		supports,
		memberOf,
	}),
});
const institution = (id: string, parent?: string) => ({
	id,
	data: schemas.institutions.parse({ ...common, title: id, type: 'regulator', country: 'JP', parent }),
});

const catalogue: Catalogue = {
	paths: [path('consult', {}), path('approve', { prerequisites: ['consult'] })],
	cros: [
		cro('whole', [{ path: 'approve' }], ['network']),
		cro('filing', [{ path: 'approve', steps: ['file'] }]),
		cro('other', [{ path: 'consult' }]),
	],
	institutions: [institution('mhlw'), institution('pmda', 'mhlw'), institution('network')],
	zones: [
		{
			id: 'zone',
			data: schemas.zones.parse({
				...common,
				title: 'Zone',
				country: 'KR',
				designated: '2024-04-30',
				operators: ['network'],
				overseasBases: ['pmda'],
			}),
		},
	],
	benefits: [
		{
			id: 'base',
			data: schemas.benefits.parse({
				...common,
				title: 'Base',
				zone: 'zone',
				kind: 'facility',
				eligibility: 'Zone companies.',
				providedBy: ['mhlw'],
				partners: ['pmda'],
				cros: ['filing'],
				helpsWith: ['approve'],
			}),
		},
	],
	questions: [],
	precedents: [],
	pages: [],
	glossary: [],
	translations: [],
};

describe('relations derived from the side that declares them', () => {
	const relations = relate(catalogue);

	it('finds who can help with a step: CROs that name the step, and CROs that support the whole path', () => {
		expect(relations.crosForStep('approve', 'file').map((c) => c.id)).toEqual(['whole', 'filing']);
		expect(relations.crosForStep('approve', 'decide').map((c) => c.id)).toEqual(['whole']);
	});

	it('finds the paths a path leads to', () => {
		expect(relations.pathsThatRequire('consult').map((p) => p.id)).toEqual(['approve']);
		expect(relations.pathsThatRequire('approve')).toEqual([]);
	});

	it('finds benefits by the path they help, the zone that offers them and the CRO they name', () => {
		expect(relations.benefitsForPath('approve').map((b) => b.id)).toEqual(['base']);
		expect(relations.benefitsOfZone('zone').map((b) => b.id)).toEqual(['base']);
		expect(relations.benefitsNamingCro('filing').map((b) => b.id)).toEqual(['base']);
		expect(relations.benefitsNamingCro('whole')).toEqual([]);
	});

	it('names an entry by its title, and a glossary term by its English name', () => {
		expect(relations.title('institutions', 'pmda')).toBe('pmda');
		expect(relations.title('paths', 'approve')).toBe('approve');
		expect(relations.title('cros', 'nowhere')).toBe('nowhere');
		expect(relations.step('approve', 'file')?.title).toBe('File');
	});

	it('gathers everything that points at an institution', () => {
		const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);
		const pmda = relations.institutionBacklinks('pmda');
		expect(ids(pmda.authorityFor)).toEqual(['consult', 'approve']);
		expect(ids(pmda.partnerIn)).toEqual(['base']);
		expect(ids(pmda.baseFor)).toEqual(['zone']);
		const mhlw = relations.institutionBacklinks('mhlw');
		expect(ids(mhlw.authorityFor)).toEqual(['consult', 'approve']);
		expect(ids(mhlw.provides)).toEqual(['base']);
		expect(ids(mhlw.children)).toEqual(['pmda']);
		const network = relations.institutionBacklinks('network');
		expect(ids(network.members)).toEqual(['whole']);
		expect(ids(network.operates)).toEqual(['zone']);
	});
});
