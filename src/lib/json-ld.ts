/**
 * schema.org descriptions of entries, for search engines and other machines, in the language of
 * the page they describe (`href` is that page's address, `lang` its language).
 */
import type { Locale } from '../i18n/index.ts';
import type { Cro, Institution, Path } from '../schema/index.ts';
import { label } from '../schema/index.ts';
import { isoDate } from '../util/iso-date.ts';

const absolute = (site: URL | undefined, href: string) => (site ? new URL(href, site).href : href);

export function pathJsonLd(site: URL | undefined, href: string, lang: Locale, path: Path, authorityName: string): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'GovernmentService',
		name: path.title,
		description: path.summary,
		url: absolute(site, href),
		inLanguage: lang,
		areaServed: label('countries', path.jurisdiction, lang),
		serviceOperator: { '@type': 'GovernmentOrganization', name: authorityName },
		dateModified: isoDate(path.reviewed),
		citation: path.sources.map((source) => source.url),
	};
}

const organisationTypes: Partial<Record<Institution['type'], string>> = {
	regulator: 'GovernmentOrganization',
	ministry: 'GovernmentOrganization',
	'public-agency': 'GovernmentOrganization',
	'local-government': 'GovernmentOrganization',
	hospital: 'MedicalOrganization',
	university: 'CollegeOrUniversity',
};

export function organisationJsonLd(site: URL | undefined, href: string, lang: Locale, data: Cro | Institution): Record<string, unknown> {
	const type = 'type' in data ? (organisationTypes[data.type] ?? 'Organization') : 'Organization';
	const country = 'headquarters' in data ? data.headquarters.country : data.country;
	return {
		'@context': 'https://schema.org',
		'@type': type,
		name: data.title,
		description: data.summary,
		url: absolute(site, href),
		inLanguage: lang,
		...(data.website ? { sameAs: data.website } : {}),
		address: { '@type': 'PostalAddress', addressCountry: country },
	};
}

export function pageJsonLd(
	site: URL | undefined,
	href: string,
	lang: Locale,
	data: { title: string; summary: string; reviewed: Date },
): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		name: data.title,
		description: data.summary,
		url: absolute(site, href),
		inLanguage: lang,
		dateModified: isoDate(data.reviewed),
	};
}
