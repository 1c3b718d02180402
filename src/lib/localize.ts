/**
 * An entry in the reader's language: the original's data with the translation's words put in
 * their places (title, summary, steps matched by id, documents and fees by position, notes),
 * and what the page must tell the reader: which language the text is really in, whether the body
 * is translated, and whether the translation was made before the original's last review.
 */
import type { Entry } from '../graph/catalogue.ts';
import type { Locale } from '../i18n/index.ts';
import type { Term } from '../schema/index.ts';
import { localeField } from '../schema/locales.ts';
import { applyTranslation, type Translation } from '../schema/translation.ts';

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
	fieldLang(key: keyof Translation): Locale;
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
	const localized = applyTranslation(data, words);
	const stepWords = new Set((words.steps ?? []).map((step) => step.id));
	return {
		data: localized,
		lang: locale,
		translation,
		bodyTranslated: (translation.body ?? '').trim() !== '',
		staleSince: words.translatedFrom.getTime() < data.reviewed.getTime() ? words.translatedFrom : undefined,
		translatedSteps: stepWords,
		fieldLang: (key) => (words[key] === undefined ? 'en' : locale),
	};
}

/** A glossary term's definition in `locale`, and the language it is really in: English until the locale's is written. */
export function termDefinition(term: Term, locale: Locale): { text: string; lang: Locale } {
	const translated = term[localeField('definition', locale)];
	return translated ? { text: translated, lang: locale } : { text: term.definition, lang: 'en' };
}
