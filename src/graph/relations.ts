/**
 * Relations derived from the side that declares them. Content writes each relation once
 * (a CRO says which steps it supports; a benefit says which paths it helps); these functions
 * answer the reverse questions the pages ask.
 */
import type { Catalogue, Entry } from './catalogue.ts';
import type { Benefit, Cro, Path, Zone } from '../schema/index.ts';

/** CROs that declare support for a step of a path, or for the whole path. */
export function crosForStep(catalogue: Catalogue, pathId: string, stepId: string): Entry<Cro>[] {
	return catalogue.cros.filter((cro) =>
		cro.data.supports.some((support) => support.path === pathId && (support.steps === undefined || support.steps.includes(stepId))),
	);
}

/** Paths that list `pathId` among their prerequisites: where a reader can go next. */
export function pathsThatRequire(catalogue: Catalogue, pathId: string): Entry<Path>[] {
	return catalogue.paths.filter((path) => path.data.prerequisites.includes(pathId));
}

/** Benefits that say they help with a path. */
export function benefitsForPath(catalogue: Catalogue, pathId: string): Entry<Benefit>[] {
	return catalogue.benefits.filter((benefit) => benefit.data.helpsWith.includes(pathId));
}

/** Benefits that a zone offers. */
export function benefitsOfZone(catalogue: Catalogue, zoneId: string): Entry<Benefit>[] {
	return catalogue.benefits.filter((benefit) => benefit.data.zone === zoneId);
}

/** Benefits through which a company is matched with a CRO. */
export function benefitsNamingCro(catalogue: Catalogue, croId: string): Entry<Benefit>[] {
	return catalogue.benefits.filter((benefit) => benefit.data.cros.includes(croId));
}

/** Everything that points at an institution, grouped by how it points. */
export interface InstitutionBacklinks {
	/** Paths whose final decision, or one of whose steps, it makes. */
	authorityFor: Entry<Path>[];
	/** CROs that are members of it. */
	members: Entry<Cro>[];
	/** Benefits it provides or pays for. */
	provides: Entry<Benefit>[];
	/** Benefits through which companies work with it as a partner. */
	partnerIn: Entry<Benefit>[];
	/** Zones it runs. */
	operates: Entry<Zone>[];
	/** Zones that use it as a base abroad. */
	baseFor: Entry<Zone>[];
	/** Institutions that are part of it. */
	children: Catalogue['institutions'];
}

export function institutionBacklinks(catalogue: Catalogue, institutionId: string): InstitutionBacklinks {
	return {
		authorityFor: catalogue.paths.filter(
			(path) => path.data.authority === institutionId || path.data.steps.some((step) => step.authority === institutionId),
		),
		members: catalogue.cros.filter((cro) => cro.data.memberOf.includes(institutionId)),
		provides: catalogue.benefits.filter((benefit) => benefit.data.providedBy.includes(institutionId)),
		partnerIn: catalogue.benefits.filter((benefit) => benefit.data.partners.includes(institutionId)),
		operates: catalogue.zones.filter((zone) => zone.data.operators.includes(institutionId)),
		baseFor: catalogue.zones.filter((zone) => zone.data.overseasBases.includes(institutionId)),
		children: catalogue.institutions.filter((institution) => institution.data.parent === institutionId),
	};
}
