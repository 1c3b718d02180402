/**
 * `npm run new -- translation <collection>/<id> <ko|ja>`: starts a translation of an entry.
 * Writes content/<collection>/<id>.<lang>.mdx from the original, as src/lib/translation-template.ts
 * drafts it (the same draft an untranslated page's "Translate this page" link opens on GitHub).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { translationTemplate } from '../src/lib/translation-template.ts';
import { isTranslationLocale, translationLocales } from '../src/schema/locales.ts';
import { parseEntryRef } from '../src/schema/routes.ts';
import { entryCollections, type EntryCollection } from '../src/schema/index.ts';

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
	writeFileSync(target, translationTemplate(collection, readFileSync(source, 'utf8'), lang));
	return target;
}
