/**
 * `npm run new -- translation <collection>/<id> <ko|ja>`: starts a translation of an entry.
 * Writes content/<collection>/<id>.<lang>.mdx with every translatable text of the original as a
 * "FILL IN" placeholder that quotes the English, the original's review date as `translatedFrom`,
 * the step ids as they are, and the English body under a placeholder line. The checker reports
 * each placeholder until it is replaced.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadYaml, splitFrontmatter } from '../src/check/frontmatter.ts';
import { isTranslationLocale, translationLocales } from '../src/schema/locales.ts';
import { placeholderMarker } from '../src/schema/placeholder.ts';
import { parseEntryRef } from '../src/schema/routes.ts';
import { translationSchema } from '../src/schema/translation.ts';
import { entryCollections, type EntryCollection } from '../src/schema/index.ts';
import { fieldsOf } from '../src/schema/walk.ts';

const fill = (english: unknown) => `${placeholderMarker}: translate "${String(english)}"`;

/** The original's words that the translation schema of its collection takes, each as a placeholder. */
function translatable(collection: EntryCollection, original: Record<string, unknown>): Record<string, unknown> {
	const allowed = new Set(fieldsOf(translationSchema(collection)).map((field) => field.name));
	const words: Record<string, unknown> = {};
	for (const key of ['title', 'summary', 'law', 'outcome', 'eligibility', 'howToApply']) {
		if (allowed.has(key) && typeof original[key] === 'string') words[key] = fill(original[key]);
	}
	const note = (figure: unknown) =>
		typeof figure === 'object' && figure !== null && 'note' in figure ? { note: fill(figure.note) } : undefined;
	for (const key of ['duration', 'period']) {
		const translated = allowed.has(key) ? note(original[key]) : undefined;
		if (translated) words[key] = translated;
	}
	if (allowed.has('steps') && Array.isArray(original.steps)) {
		words.steps = original.steps.map((step: Record<string, unknown>) => ({
			id: step.id,
			title: fill(step.title),
			actor: fill(step.actor),
			...(Array.isArray(step.documents) ? { documents: step.documents.map(fill) } : {}),
			...(note(step.duration) ? { duration: note(step.duration) } : {}),
			...(Array.isArray(step.fees) && step.fees.length > 0
				? {
						fees: step.fees.map((fee: Record<string, unknown>) => ({
							what: fill(fee.what),
							...(fee.note ? { note: fill(fee.note) } : {}),
						})),
					}
				: {}),
		}));
	}
	return words;
}

export function createTranslation(contentDir: string, ref: string, lang: string): string {
	const entry = parseEntryRef(ref);
	if (!entry || !entryCollections.includes(entry.collection as EntryCollection))
		throw new Error(`"${ref}" is not an entry: write it as <collection>/<id>, e.g. paths/full-approval.`);
	if (!isTranslationLocale(lang))
		throw new Error(`"${lang}" is not a language the site is translated into. Use one of: ${translationLocales.join(', ')}.`);
	const collection = entry.collection as EntryCollection;
	const source = join(contentDir, collection, `${entry.id}.mdx`);
	if (!existsSync(source)) throw new Error(`content/${collection}/${entry.id}.mdx does not exist; there is nothing to translate.`);
	const target = join(contentDir, collection, `${entry.id}.${lang}.mdx`);
	if (existsSync(target))
		throw new Error(`content/${collection}/${entry.id}.${lang}.mdx already exists; nothing was written. Edit it instead.`);
	const text = readFileSync(source, 'utf8');
	const split = splitFrontmatter(text);
	const original = (loadYaml(split.yaml ?? '').data ?? {}) as Record<string, unknown>;
	const reviewed = original.reviewed instanceof Date ? original.reviewed.toISOString().slice(0, 10) : String(original.reviewed);
	const { title, summary, ...rest } = translatable(collection, original);
	const frontmatter = stringify({ title, summary, translatedFrom: reviewed, ...rest }, { lineWidth: 0 });
	const body = text.slice(text.indexOf('---', text.indexOf('---') + 3) + 3).replace(/^\s*\n/, '');
	writeFileSync(
		target,
		`---\n${frontmatter}---\n\n${placeholderMarker}: translate the page below into ${lang === 'ko' ? 'Korean' : 'Japanese'}, then delete this line. Keep links, \`<Step>\`, \`<Ref>\` and \`<Term>\` as they are.\n\n${body}`,
	);
	return target;
}
