/** schema.org descriptions of entries, for search engines and other machines. */
import type { Cro, Institution, Path } from '../schema/index.ts';
import { entryHref, label } from '../schema/index.ts';
import { isoDate } from './format.ts';

const base = (site: URL | undefined, href: string) => (site ? new URL(href, site).href : href);

export function pathJsonLd(site: URL | undefined, id: string, path: Path, authorityName: string): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'GovernmentService',
		name: path.title,
		description: path.summary,
		url: base(site, entryHref('paths', id)),
		areaServed: label('countries', path.jurisdiction),
		serviceOperator: { '@type': 'GovernmentOrganization', name: authorityName },
		dateModified: isoDate(path.reviewed),
		citation: path.sources.map((source) => source.url),
	};
}

export function organisationJsonLd(
	site: URL | undefined,
	collection: 'cros' | 'institutions',
	id: string,
	data: Cro | Institution,
): Record<string, unknown> {
	const type =
		'type' in data
			? ((
					{
						regulator: 'GovernmentOrganization',
						ministry: 'GovernmentOrganization',
						'public-agency': 'GovernmentOrganization',
						'local-government': 'GovernmentOrganization',
						hospital: 'MedicalOrganization',
						university: 'CollegeOrUniversity',
					} as Record<string, string>
				)[data.type] ?? 'Organization')
			: 'Organization';
	const country = 'headquarters' in data ? data.headquarters.country : data.country;
	return {
		'@context': 'https://schema.org',
		'@type': type,
		name: data.title,
		description: data.summary,
		url: base(site, entryHref(collection, id)),
		...(data.website ? { sameAs: data.website } : {}),
		address: { '@type': 'PostalAddress', addressCountry: country },
	};
}

export function pageJsonLd(site: URL | undefined, href: string, title: string, summary: string, reviewed: Date): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		name: title,
		description: summary,
		url: base(site, href),
		dateModified: isoDate(reviewed),
	};
}
