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
import { memoise } from '../util/memoise.ts';

const placeholder = (english: unknown) => `${placeholderMarker}: translate "${String(english)}"`;

/** The fields a translation in `collection` may have (worked out from its schema once per collection). */
const translatableFields = memoise(
	(collection: EntryCollection) => collection,
	(collection: EntryCollection) => new Set(fieldsOf(translationSchema(collection)).map((field) => field.name)),
);

/** The original's words that the translation schema of its collection takes, each as a placeholder. */
function translatable(collection: EntryCollection, original: Record<string, unknown>): Record<string, unknown> {
	const allowed = translatableFields(collection);
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

/**
 * What every language's draft of one original entry shares: its frontmatter with each text a
 * placeholder (all of it, or the title and summary only) and its body. Worked out once per
 * original: the Korean and the Japanese page of an untranslated entry each link to a draft.
 */
export interface TranslationSource {
	/** The frontmatter with every translatable text. */
	frontmatter: string;
	/** The frontmatter with the title and summary only, made when a draft needs it. */
	titleFrontmatter: () => string;
	/** The original's body, as it is written. */
	body: string;
}

/** Reads the original entry whose file's text is `originalText` for its translations. */
export function translationSource(collection: EntryCollection, originalText: string): TranslationSource {
	const split = splitFrontmatter(originalText);
	const original = (loadYaml(split.yaml ?? '').data ?? {}) as Record<string, unknown>;
	const reviewed = original.reviewed instanceof Date ? isoDate(original.reviewed) : String(original.reviewed);
	const { title, summary, ...rest } = translatable(collection, original);
	let titleFrontmatter: string | undefined;
	return {
		frontmatter: stringify({ title, summary, translatedFrom: reviewed, ...rest }, { lineWidth: 0 }),
		titleFrontmatter: () => (titleFrontmatter ??= stringify({ title, summary, translatedFrom: reviewed }, { lineWidth: 0 })),
		body: originalText.slice(originalText.indexOf('---', originalText.indexOf('---') + 3) + 3).replace(/^\s*\n/, ''),
	};
}

/** The draft of a translation into `lang` of the original `source` was read from. */
export function translationDraft(
	source: TranslationSource,
	lang: TranslationLocale,
	{ carry = 'all', originalFile = 'the original file' }: TemplateOptions = {},
): string {
	const frontmatter = carry === 'title' ? source.titleFrontmatter() : source.frontmatter;
	const language = localeConfig[lang].englishName;
	if (carry !== 'all')
		return `---\n${frontmatter}---\n\n${placeholderMarker}: write the page in ${language} here, translated from the body of ${originalFile}${carry === 'title' ? ', and translate its other texts (`npm run new -- translation` writes them all)' : ''}; then delete this line.\n`;
	return `---\n${frontmatter}---\n\n${placeholderMarker}: translate the page below into ${language}, then delete this line. Keep links, \`<Step>\`, \`<Ref>\` and \`<Term>\` as they are.\n\n${source.body}`;
}

/** The translation into `lang` of the original entry whose file's text is `originalText`. */
export function translationTemplate(
	collection: EntryCollection,
	originalText: string,
	lang: TranslationLocale,
	options: TemplateOptions = {},
): string {
	return translationDraft(translationSource(collection, originalText), lang, options);
}
