/**
 * An entry in the reader's language: the original's data with the translation's words put in
 * their places (title, summary, steps matched by id, documents and fees by position, notes),
 * and what the page must tell the reader: which language the text is really in, whether the body
 * is translated, and whether the translation was made before the original's last review.
 */
import type { Entry } from '../graph/catalogue.ts';
import type { Locale } from '../i18n/index.ts';
import type { Path, Term } from '../schema/index.ts';
import type { Translation } from '../schema/translation.ts';

export interface Localized<Data> {
	/** The data, with every translated word in its place. */
	data: Data;
	/** The language of the title and summary: the locale where translated, English otherwise. */
	lang: Locale;
	/** The translation, when there is one (with its body, where the page has it). */
	translation?: Entry<Translation> & { body?: string };
	/** Whether the translation has a body of its own; otherwise the page shows the original's. */
	bodyTranslated: boolean;
	/** When the translation was made from an earlier review of the original, that review's date. */
	staleSince?: Date;
	/** Step ids whose words are translated. */
	translatedSteps: ReadonlySet<string>;
	/** The language a worded field (law, outcome…) is shown in: English where the translation leaves it out. */
	fieldLang(key: TranslatedField): Locale;
}

/** The entry's fields whose words a translation may give. */
const translatedFields = ['law', 'outcome', 'eligibility', 'howToApply'] as const;
type TranslatedField = (typeof translatedFields)[number];

type Step = Path['steps'][number];

function localizeStep(step: Step, words: NonNullable<Translation['steps']>[number] | undefined): Step {
	if (!words) return step;
	return {
		...step,
		title: words.title ?? step.title,
		actor: words.actor ?? step.actor,
		documents: step.documents && words.documents?.length === step.documents.length ? words.documents : step.documents,
		duration: step.duration && { ...step.duration, note: words.duration?.note ?? step.duration.note },
		fees: step.fees.map((fee, index) => ({
			...fee,
			what: words.fees?.[index]?.what ?? fee.what,
			note: words.fees?.[index]?.note ?? fee.note,
		})),
	};
}

/** `data` in `locale`, from its translation if there is one. */
export function localize<Data extends { title: string; summary: string; reviewed: Date }>(
	data: Data,
	locale: Locale,
	translation: (Entry<Translation> & { body?: string }) | undefined,
): Localized<Data> {
	if (locale === 'en' || !translation)
		return { data, lang: 'en', bodyTranslated: locale === 'en', translatedSteps: new Set(), fieldLang: () => 'en' };
	const words = translation.data;
	const localized: Data = { ...data, title: words.title, summary: words.summary };
	const record = localized as Record<string, unknown>;
	for (const key of translatedFields) {
		if (words[key] !== undefined && key in data) record[key] = words[key];
	}
	if (words.duration?.note && 'duration' in data && data.duration) record.duration = { ...data.duration, note: words.duration.note };
	if (words.period?.note && 'period' in data && data.period) record.period = { ...data.period, note: words.period.note };
	const stepWords = new Map((words.steps ?? []).map((step) => [step.id, step]));
	if ('steps' in data && Array.isArray(data.steps))
		record.steps = (data.steps as Step[]).map((step) => localizeStep(step, stepWords.get(step.id)));
	return {
		data: localized,
		lang: locale,
		translation,
		bodyTranslated: (translation.body ?? '').trim() !== '',
		staleSince: words.translatedFrom.getTime() < data.reviewed.getTime() ? words.translatedFrom : undefined,
		translatedSteps: new Set(stepWords.keys()),
		fieldLang: (key) => (words[key] === undefined ? 'en' : locale),
	};
}

/** Where a glossary term keeps its definition in each language. */
const definitionField = { en: 'definition', ko: 'definitionKo', ja: 'definitionJa' } as const satisfies Record<Locale, keyof Term>;

/** A glossary term's definition in `locale`, and the language it is really in: English until the locale's is written. */
export function termDefinition(term: Term, locale: Locale): { text: string; lang: Locale } {
	const translated = term[definitionField[locale]];
	return translated ? { text: translated, lang: locale } : { text: term.definition, lang: 'en' };
}
