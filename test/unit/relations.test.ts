import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/graph/catalogue.ts';
import { benefitsForPath, benefitsNamingCro, benefitsOfZone, crosForStep, institutionBacklinks, pathsThatRequire } from '../../src/graph/relations.ts';
import { schemas } from '../../src/schema/index.ts';

const common = { summary: 'One sentence.', reviewed: '2026-11-01', sources: [{ title: 'Source', url: 'https://example.org/' }] };
const path = (id: string, extra: object) => ({ id, data: schemas.paths.parse({ ...common, title: id, jurisdiction: 'JP', law: 'PMD Act', authority: 'mhlw', modalities: ['cell-therapy'], stage: 'approval', outcome: 'Approval', steps: [{ id: 'file', title: 'File', actor: 'Sponsor', authority: 'pmda' }, { id: 'decide', title: 'Decide', actor: 'MHLW' }], ...extra }) });
const cro = (id: string, supports: object[], memberOf: string[] = []) => ({ id, data: schemas.cros.parse({ ...common, title: id, headquarters: { country: 'JP' }, services: ['cmc-quality'], stages: ['clinical'], languages: [{ language: 'ja', source: 1 }], supports, memberOf }) });
const institution = (id: string, parent?: string) => ({ id, data: schemas.institutions.parse({ ...common, title: id, type: 'regulator', country: 'JP', parent }) });

const catalogue: Catalogue = {
	paths: [path('consult', {}), path('approve', { prerequisites: ['consult'] })],
	cros: [cro('whole', [{ path: 'approve' }], ['network']), cro('filing', [{ path: 'approve', steps: ['file'] }]), cro('other', [{ path: 'consult' }])],
	institutions: [institution('mhlw'), institution('pmda', 'mhlw'), institution('network')],
	zones: [{ id: 'zone', data: schemas.zones.parse({ ...common, title: 'Zone', country: 'KR', designated: '2024-04-30', operators: ['network'], overseasBases: ['pmda'] }) }],
	benefits: [{ id: 'base', data: schemas.benefits.parse({ ...common, title: 'Base', zone: 'zone', kind: 'facility', eligibility: 'Zone companies.', providedBy: ['mhlw'], partners: ['pmda'], cros: ['filing'], helpsWith: ['approve'] }) }],
	questions: [],
	glossary: [],
};

describe('relations derived from the side that declares them', () => {
	it('finds who can help with a step: CROs that name the step, and CROs that support the whole path', () => {
		expect(crosForStep(catalogue, 'approve', 'file').map((c) => c.id)).toEqual(['whole', 'filing']);
		expect(crosForStep(catalogue, 'approve', 'decide').map((c) => c.id)).toEqual(['whole']);
	});

	it('finds the paths a path leads to', () => {
		expect(pathsThatRequire(catalogue, 'consult').map((p) => p.id)).toEqual(['approve']);
		expect(pathsThatRequire(catalogue, 'approve')).toEqual([]);
	});

	it('finds benefits by the path they help, the zone that offers them and the CRO they name', () => {
		expect(benefitsForPath(catalogue, 'approve').map((b) => b.id)).toEqual(['base']);
		expect(benefitsOfZone(catalogue, 'zone').map((b) => b.id)).toEqual(['base']);
		expect(benefitsNamingCro(catalogue, 'filing').map((b) => b.id)).toEqual(['base']);
		expect(benefitsNamingCro(catalogue, 'whole')).toEqual([]);
	});

	it('gathers everything that points at an institution', () => {
		const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);
		const pmda = institutionBacklinks(catalogue, 'pmda');
		expect(ids(pmda.authorityFor)).toEqual(['consult', 'approve']);
		expect(ids(pmda.partnerIn)).toEqual(['base']);
		expect(ids(pmda.baseFor)).toEqual(['zone']);
		const mhlw = institutionBacklinks(catalogue, 'mhlw');
		expect(ids(mhlw.authorityFor)).toEqual(['consult', 'approve']);
		expect(ids(mhlw.provides)).toEqual(['base']);
		expect(ids(mhlw.children)).toEqual(['pmda']);
		const network = institutionBacklinks(catalogue, 'network');
		expect(ids(network.members)).toEqual(['whole']);
		expect(ids(network.operates)).toEqual(['zone']);
	});
});
