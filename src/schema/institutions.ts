/** A regulator, ministry, hospital, university, company, fund, cluster or association. */
import { z } from 'zod';
import { entryFields, publicUrl } from './common.ts';
import { entryReference } from './reference.ts';
import { countries, institutionTypes, vocabulary } from './vocab.ts';
import { officialHostExceptions, publicBodySuffixes } from './official-hosts.ts';
import { schemaBlocks } from './walk.ts';

/** An institution: who it is, where, and what it belongs to. */
export const institutionSchema = () =>
	z
		.strictObject({
			...entryFields,
			/** What kind of body it is. */
			type: vocabulary(institutionTypes),
			/** The country it belongs to (ISO 3166-1 alpha-2). */
			country: vocabulary(countries),
			/** The city of its head office, in English. */
			city: z.string().min(1).optional(),
			/** Its name in its own language, e.g. "医薬品医療機器総合機構" or "식품의약품안전처". */
			localName: z.string().min(1).optional(),
			/** Short names readers search for, e.g. "PMDA". */
			abbreviation: z.string().min(1).optional(),
			/** The body it is part of or owned by (an institution id). */
			parent: entryReference('institutions').optional(),
			/** Its own website, an https:// address. */
			website: publicUrl().optional(),
		})
		.superRefine((institution, context) => {
			const problem = officialSiteProblem(institution);
			if (problem)
				context.addIssue({
					code: 'custom',
					path: ['website'],
					input: institution.website,
					message: 'not an official host',
					params: { officialSite: problem },
				});
		})
		.register(schemaBlocks, { block: 'institutionSchema' });

/** Institution types that are public bodies: their own website is on their government's domains. */
export const publicBodyTypes = ['regulator', 'ministry', 'public-agency', 'local-government'] as const;

/** Why a public body's `website` is not on its country's public-body domains, or undefined when it is (or the entry is not a public body). */
export function officialSiteProblem(institution: {
	type: string;
	country: string;
	website?: string;
}): { host: string; expected: string } | undefined {
	if (!institution.website || !(publicBodyTypes as readonly string[]).includes(institution.type)) return undefined;
	const suffixes = publicBodySuffixes[institution.country as keyof typeof publicBodySuffixes];
	if (!suffixes) return undefined;
	let host: string;
	try {
		host = new URL(institution.website).hostname;
	} catch {
		return undefined;
	}
	const allowed =
		suffixes.government.test(host) ||
		(institution.type === 'public-agency' && suffixes.publicAgency?.test(host)) ||
		host.replace(/^www\./, '') in officialHostExceptions;
	if (allowed) return undefined;
	const expected =
		institution.country === 'JP' ? 'go.jp, lg.jp or pref./city.… .jp' : institution.type === 'public-agency' ? 'go.kr or or.kr' : 'go.kr';
	return { host, expected };
}
