/**
 * Where each page stands in each language: missing (no translation), stale (made from an earlier
 * review of the original), partial (words but no body, where the original has one), a draft no
 * native speaker has checked, or reviewed. What `npm run translations` lists, as Lunaria does for
 * Astro's docs: the work left per language, largest first, with the size of the English to read.
 */
import type { TranslationStatus } from '../schema/translation.ts';

export type TranslationState = 'missing' | 'stale' | 'partial' | TranslationStatus;

/** The states in the order they need work: nothing there first, a reviewed page last. */
export const translationStates: readonly TranslationState[] = ['missing', 'stale', 'partial', 'machine-draft', 'reviewed'];

export interface OriginalPage {
	/** `paths/full-approval`, or `glossary#ctl-approval` for a term. */
	page: string;
	/** The original's review date, YYYY-MM-DD. */
	reviewed: string;
	/** Characters of English to translate: the words a reader sees (title, summary, body, step texts). */
	size: number;
	/** Whether the original has a body a translation should carry. */
	hasBody: boolean;
}

export interface TranslatedPage {
	page: string;
	lang: string;
	/** The original review it was made from, YYYY-MM-DD. */
	translatedFrom: string;
	status: TranslationStatus;
	hasBody: boolean;
}

export interface TranslationRow {
	page: string;
	lang: string;
	state: TranslationState;
	size: number;
	/** For a stale translation: the review it was made from, and the original's since. */
	translatedFrom?: string;
	reviewed?: string;
}

/** Each original in each language, with its state; in each language, most work first (by state, then size). */
export function translationRows(
	originals: readonly OriginalPage[],
	translations: readonly TranslatedPage[],
	langs: readonly string[],
): TranslationRow[] {
	const byKey = new Map(translations.map((translation) => [`${translation.lang} ${translation.page}`, translation]));
	const rows = langs.flatMap((lang) =>
		originals.map((original): TranslationRow => {
			const translation = byKey.get(`${lang} ${original.page}`);
			const base = { page: original.page, lang, size: original.size };
			if (!translation) return { ...base, state: 'missing' };
			if (translation.translatedFrom < original.reviewed)
				return { ...base, state: 'stale', translatedFrom: translation.translatedFrom, reviewed: original.reviewed };
			if (original.hasBody && !translation.hasBody) return { ...base, state: 'partial' };
			return { ...base, state: translation.status };
		}),
	);
	return rows.sort(
		(a, b) =>
			langs.indexOf(a.lang) - langs.indexOf(b.lang) ||
			translationStates.indexOf(a.state) - translationStates.indexOf(b.state) ||
			b.size - a.size ||
			a.page.localeCompare(b.page),
	);
}

/** Per language, how many pages are in each state and how many characters of English are left to translate or check. */
export function translationSummary(
	rows: readonly TranslationRow[],
): Map<string, { counts: Record<TranslationState, number>; charactersLeft: number }> {
	const summary = new Map<string, { counts: Record<TranslationState, number>; charactersLeft: number }>();
	for (const row of rows) {
		const known = summary.get(row.lang) ?? {
			counts: Object.fromEntries(translationStates.map((state) => [state, 0])) as Record<TranslationState, number>,
			charactersLeft: 0,
		};
		known.counts[row.state]++;
		if (row.state !== 'reviewed') known.charactersLeft += row.size;
		summary.set(row.lang, known);
	}
	return summary;
}
