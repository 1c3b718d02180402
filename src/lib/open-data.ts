/** The catalogue as open data: JSON per collection (dates as YYYY-MM-DD) and the CRO directory as CSV. */
import type { Catalogue } from '../graph/catalogue.ts';
import { entryHref, label, listedCollections, type CollectionName } from '../schema/index.ts';
import { stringify } from 'csv-stringify/sync';
import { isoDate } from '../util/iso-date.ts';

const plain = (value: unknown): unknown => {
	if (value instanceof Date) return isoDate(value);
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
	return value;
};

/** A route's absolute address on the published site (its base path included). */
export type AbsoluteUrl = (route: string) => string;

export function collectionJson(catalogue: Catalogue, collection: CollectionName, absolute: AbsoluteUrl): string {
	const entries = catalogue[collection].map((entry) => ({
		id: entry.id,
		url: absolute(entryHref(collection, entry.id)),
		...(plain(entry.data) as object),
	}));
	return JSON.stringify({ collection, count: entries.length, entries }, null, 2);
}

export function crosCsv(catalogue: Catalogue, absolute: AbsoluteUrl): string {
	const header = [
		'id',
		'title',
		'summary',
		'country',
		'city',
		'services',
		'modalities',
		'stages',
		'languages',
		'supported_paths',
		'website',
		'reviewed',
		'url',
	];
	const rows = catalogue.cros.map(({ id, data }) => [
		id,
		data.title,
		data.summary,
		label('countries', data.headquarters.country),
		data.headquarters.city ?? '',
		data.services.map((v) => label('services', v)).join('; '),
		data.modalities.map((v) => label('modalities', v)).join('; '),
		data.stages.map((v) => label('stages', v)).join('; '),
		data.languages.map((claim) => label('languages', claim.language)).join('; '),
		data.supports.map((support) => support.path).join('; '),
		data.website ?? '',
		isoDate(data.reviewed),
		absolute(entryHref('cros', id)),
	]);
	// csv-stringify quotes as RFC 4180 says and, with `escape_formulas`, puts a ' before a cell
	// that starts with =, +, -, @, tab or carriage return, as OWASP advises, so a spreadsheet shows
	// a title like "=HYPERLINK(…)" as text instead of running it.
	return stringify([header, ...rows], { quoted: true, escape_formulas: true, record_delimiter: 'windows' });
}

export { listedCollections };
