/**
 * `npm run translations [-- --locale ko] [--format json]`
 * What is left to translate, per language: each page missing, stale (made from an earlier review
 * of the original), partial (no body), a draft no native speaker has checked, or reviewed, with
 * the characters of English behind it, most work first. Glossary definitions are listed as
 * `glossary#<term>`. Reads content/ only; changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listContentFiles } from '../src/check/content-files.ts';
import { isMap, textValues } from '../src/check/data-values.ts';
import { loadYaml, splitFrontmatter } from '../src/check/frontmatter.ts';
import {
	translationRows,
	translationStates,
	translationSummary,
	type OriginalPage,
	type TranslatedPage,
	type TranslationRow,
} from '../src/graph/translation-status.ts';
import { localeField, translationLocales } from '../src/schema/locales.ts';
import { translationStatuses, type TranslationStatus } from '../src/schema/translation.ts';
import { isoDate } from '../src/util/iso-date.ts';

const day = (value: unknown) => (value instanceof Date ? isoDate(value) : typeof value === 'string' ? value : '');
/** The words a reader sees in an entry's data: every text but its sources' own titles and addresses. */
const wordsOf = (data: Record<string, unknown>) =>
	textValues(data)
		.filter(({ path }) => path[0] !== 'sources' && path[0] !== 'changes' && !String(path.at(-1)).match(/^(url|id|source|key)$/))
		.reduce((sum, { text }) => sum + text.length, 0);

export function readTranslationState(contentDir: string): { originals: OriginalPage[]; translations: TranslatedPage[] } {
	const originals: OriginalPage[] = [];
	const translations: TranslatedPage[] = [];
	for (const file of listContentFiles(contentDir).files) {
		if (file.kind === 'glossary') {
			// Read as the checker and the build read it (js-yaml, the content schema), not with a second parser.
			const terms = loadYaml(readFileSync(file.absolute, 'utf8')).data as Record<string, Record<string, unknown>> | undefined;
			for (const [id, term] of Object.entries(terms ?? {})) {
				const page = `glossary#${id}`;
				originals.push({ page, reviewed: '', size: String(term.definition ?? '').length, hasBody: false });
				for (const lang of translationLocales)
					if (term[localeField('definition', lang)])
						translations.push({ page, lang, translatedFrom: '', status: 'machine-draft', hasBody: false });
			}
			continue;
		}
		if (file.kind !== 'entry' && file.kind !== 'translation') continue;
		const split = splitFrontmatter(readFileSync(file.absolute, 'utf8'));
		const data = loadYaml(split.yaml ?? '').data;
		if (!isMap(data)) continue;
		const page = `${file.collection}/${file.id}`;
		const hasBody = split.body.trim() !== '';
		if (file.kind === 'entry') {
			if (data.draft === true) continue;
			originals.push({ page, reviewed: day(data.reviewed), size: wordsOf(data) + split.body.length, hasBody });
		} else if (file.lang && data.draft !== true) {
			const status = (Object.keys(translationStatuses) as TranslationStatus[]).find((known) => known === data.status) ?? 'machine-draft';
			translations.push({ page, lang: file.lang, translatedFrom: day(data.translatedFrom), status, hasBody });
		}
	}
	return { originals, translations };
}

/** The report as text: a summary line per language, then what needs work, most first. */
export function translationReport(rows: readonly TranslationRow[]): string {
	const out: string[] = [];
	for (const [lang, { counts, charactersLeft }] of translationSummary(rows)) {
		const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
		out.push(
			`${lang}: ${translationStates.map((state) => `${counts[state]} ${state}`).join(', ')} (of ${total}); ${charactersLeft.toLocaleString('en')} characters of English not yet reviewed in ${lang}.`,
		);
		for (const row of rows.filter((each) => each.lang === lang && each.state !== 'reviewed' && each.state !== 'machine-draft')) {
			const since = row.state === 'stale' ? ` (made from ${row.translatedFrom}; original reviewed ${row.reviewed})` : '';
			out.push(`  ${row.state.padEnd(8)} ${row.page}  ${row.size.toLocaleString('en')} characters${since}`);
		}
	}
	out.push('Drafts are listed with --format json; a page leaves the draft state when a native speaker sets `status: reviewed`.');
	return out.join('\n');
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: { locale: { type: 'string' }, format: { type: 'string', default: 'text' } },
	});
	const langs = values.locale ? [values.locale] : [...translationLocales];
	const unknown = langs.filter((lang) => !(translationLocales as readonly string[]).includes(lang));
	if (unknown.length > 0 || !['text', 'json'].includes(values.format ?? '')) {
		console.error(`Usage: npm run translations -- [--locale ${translationLocales.join('|')}] [--format text|json]`);
		process.exit(2);
	}
	const { originals, translations } = readTranslationState(join(import.meta.dirname, '..', 'content'));
	const rows = translationRows(originals, translations, langs);
	console.log(values.format === 'json' ? JSON.stringify(rows, null, 2) : translationReport(rows));
}
