/**
 * The first draft of a translation: the file `npm run new -- translation <collection>/<id> <lang>`
 * writes, and what an untranslated page's "Translate this page" link fills GitHub's new-file page
 * with. Every translatable text of the original becomes a "FILL IN" placeholder that quotes the
 * English, the original's review date becomes `translatedFrom`, step ids stay as they are, and
 * the English body follows a placeholder line. The checker reports each placeholder until it is
 * replaced.
 */
import { stringify } from 'yaml';
import { loadYaml, splitFrontmatter } from '../check/frontmatter.ts';
import type { EntryCollection } from '../schema/index.ts';
import { localeConfig, type TranslationLocale } from '../schema/locales.ts';
import { placeholderMarker } from '../schema/placeholder.ts';
import { translationSchema } from '../schema/translation.ts';
import { fieldsOf } from '../schema/walk.ts';
import { isoDate } from '../util/iso-date.ts';

const placeholder = (english: unknown) => `${placeholderMarker}: translate "${String(english)}"`;

/** The original's words that the translation schema of its collection takes, each as a placeholder. */
function translatable(collection: EntryCollection, original: Record<string, unknown>): Record<string, unknown> {
	const allowed = new Set(fieldsOf(translationSchema(collection)).map((field) => field.name));
	const words: Record<string, unknown> = {};
	for (const key of ['title', 'summary', 'law', 'outcome', 'eligibility', 'howToApply']) {
		if (allowed.has(key) && typeof original[key] === 'string') words[key] = placeholder(original[key]);
	}
	const note = (figure: unknown) =>
		typeof figure === 'object' && figure !== null && 'note' in figure ? { note: placeholder(figure.note) } : undefined;
	for (const key of ['duration', 'period']) {
		const translated = allowed.has(key) ? note(original[key]) : undefined;
		if (translated) words[key] = translated;
	}
	if (allowed.has('steps') && Array.isArray(original.steps)) {
		words.steps = original.steps.map((step: Record<string, unknown>) => ({
			id: step.id,
			title: placeholder(step.title),
			actor: placeholder(step.actor),
			...(Array.isArray(step.documents) ? { documents: step.documents.map(placeholder) } : {}),
			...(note(step.duration) ? { duration: note(step.duration) } : {}),
			...(Array.isArray(step.fees) && step.fees.length > 0
				? {
						fees: step.fees.map((fee: Record<string, unknown>) => ({
							what: placeholder(fee.what),
							...(fee.note ? { note: placeholder(fee.note) } : {}),
						})),
					}
				: {}),
		}));
	}
	return words;
}

export interface TemplateOptions {
	/**
	 * How much of the original to carry: `all` (every text and the body, what `npm run new` writes),
	 * `words` (every text; the body left to copy from the original file), or `title` (the title and
	 * summary only). A link can carry only so much, so "Translate this page" takes the most that fits.
	 */
	carry?: 'all' | 'words' | 'title';
	/** Where the original is, for a template that leaves its body out: `content/paths/x.mdx`. */
	originalFile?: string;
}

/** The translation into `lang` of the original entry whose file's text is `originalText`. */
export function translationTemplate(
	collection: EntryCollection,
	originalText: string,
	lang: TranslationLocale,
	{ carry = 'all', originalFile = 'the original file' }: TemplateOptions = {},
): string {
	const split = splitFrontmatter(originalText);
	const original = (loadYaml(split.yaml ?? '').data ?? {}) as Record<string, unknown>;
	const reviewed = original.reviewed instanceof Date ? isoDate(original.reviewed) : String(original.reviewed);
	const { title, summary, ...rest } = translatable(collection, original);
	const frontmatter = stringify({ title, summary, translatedFrom: reviewed, ...(carry === 'title' ? {} : rest) }, { lineWidth: 0 });
	const language = localeConfig[lang].englishName;
	if (carry !== 'all')
		return `---\n${frontmatter}---\n\n${placeholderMarker}: write the page in ${language} here, translated from the body of ${originalFile}${carry === 'title' ? ', and translate its other texts (`npm run new -- translation` writes them all)' : ''}; then delete this line.\n`;
	const body = originalText.slice(originalText.indexOf('---', originalText.indexOf('---') + 3) + 3).replace(/^\s*\n/, '');
	return `---\n${frontmatter}---\n\n${placeholderMarker}: translate the page below into ${language}, then delete this line. Keep links, \`<Step>\`, \`<Ref>\` and \`<Term>\` as they are.\n\n${body}`;
}
