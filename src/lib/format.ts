/** Plain-language formatting of structured values for pages, in the reader's language. */
import { compactMoneyFormat, fill, formatMoney, t, type Locale } from '../i18n/index.ts';
import type { Cro, Path, Step } from '../schema/index.ts';
import { label } from '../schema/index.ts';

type Duration = NonNullable<Path['duration']>;
type Fee = Step['fees'][number];

/** "Tokyo, Japan (GLP centre)": a place as readers see it; the city and note only where given. */
export function formatPlace(locale: Locale, place: Cro['headquarters']): string {
	const country = label('countries', place.country, locale);
	return `${place.city ? `${place.city}, ` : ''}${country}${place.note ? ` (${place.note})` : ''}`;
}

/** "3 months", "3개월", "3か月": a count of a unit, as each language writes it. */
export function quantity(locale: Locale, count: string | number, unit: Duration['unit']): string {
	const word = label('durationUnits', unit, locale);
	if (locale !== 'en') return `${count}${word}`;
	return `${count} ${count === 1 || count === '1' ? word.slice(0, -1) : word}`;
}

/** "up to 12 months (target, not a guarantee)": a sourced duration, with its note in the reader's language when translated. */
export function formatDuration(locale: Locale, duration: Duration, note: string | undefined = duration.note): string {
	const words = t(locale).time;
	const range =
		duration.min === undefined || duration.min === duration.max
			? `${duration.max}`
			: fill(words.range, { min: duration.min, max: duration.max });
	const amount = quantity(locale, range, duration.unit);
	return `${duration.min === undefined ? fill(words.upTo, { value: amount }) : amount}${note ? ` (${note})` : ''}`;
}

/** "Review: ¥14,690,200 (FY2018; note)": a fee, with its words in the reader's language when translated. */
export function formatFee(locale: Locale, fee: Fee, words: { what?: string; note?: string } = {}): string {
	const note = words.note ?? fee.note;
	if (fee.amount === undefined || fee.currency === undefined)
		return `${words.what ?? fee.what}: ${t(locale).time.feeUnknown}${note ? ` (${note})` : ''}`;
	const year = fee.fiscalYear === undefined ? '' : fill(t(locale).time.feeYear, { year: fee.fiscalYear });
	const details = [year, note].filter(Boolean).join('; ');
	return `${words.what ?? fee.what}: ${formatMoney(locale, fee.amount, fee.currency)}${details ? ` (${details})` : ''}`;
}

/** The unit a length of time is read in, by its size, and the figure in that unit. */
function inUnit(days: number, size = days): { figure: number; unit: Duration['unit']; about: boolean } {
	if (size >= 365) return { figure: Math.round((days / 365.25) * 10) / 10, unit: 'years', about: true };
	if (size >= 60) return { figure: Math.round(days / (365.25 / 12)), unit: 'months', about: true };
	if (size >= 14) return { figure: Math.round(days / 7), unit: 'weeks', about: true };
	return { figure: Math.round(days), unit: 'days', about: false };
}

/** "about 3 months", "약 3개월", "約3か月": a length of time, rounded for reading. */
export function roughly(locale: Locale, days: number): string {
	const { figure, unit, about } = inUnit(days);
	const amount = quantity(locale, figure, unit);
	return about ? fill(t(locale).time.about, { value: amount }) : amount;
}

/** "about 3 to 12 months": a range of days, rounded for reading, in the unit of its upper end. */
export function roughRange(locale: Locale, min: number, max: number): string {
	const high = inUnit(max);
	const low = inUnit(min, max);
	if (low.figure === high.figure) return roughly(locale, max);
	const amount = quantity(locale, fill(t(locale).time.range, { min: low.figure, max: high.figure }), high.unit);
	return high.about ? fill(t(locale).time.about, { value: amount }) : amount;
}

/**
 * A time to the outcome as readers see it: "about 9 to 28 months", or "at least about 9 months"
 * when a step on the longest chain has no sourced time (the page names those steps), or the
 * sentence that no source times the steps before the outcome.
 */
export function formatTimeToOutcome(locale: Locale, time: { min: number; max: number; unknown: readonly string[] }): string {
	const words = t(locale);
	if (time.max <= 0) return time.unknown.length > 0 ? words.facts.noTimeToOutcome : roughly(locale, 0);
	const range = roughRange(locale, time.min, time.max);
	return time.unknown.length > 0 ? fill(words.time.atLeast, { time: range }) : range;
}

/** "¥15,943,500" or "¥15,943,500 to ¥24,546,400": a range of money. */
/** Two numbers as a range in the language's way (`10–12`, `10~12`), or one where they are equal. */
export function formatNumberRange(locale: Locale, min: number, max: number): string {
	return min === max ? String(min) : fill(t(locale).time.range, { min, max });
}

export function formatMoneyRange(locale: Locale, range: { min: number; max: number }, currency: string): string {
	const low = formatMoney(locale, range.min, currency);
	return range.min === range.max ? low : fill(t(locale).time.range, { min: low, max: formatMoney(locale, range.max, currency) });
}

/** "₩150M", "₩1.5억", "₩1.5億": a large amount in short form, for a converted figure that is only about right. */
export function formatCompactMoney(locale: Locale, amount: number, currency: string): string {
	return compactMoneyFormat(locale, currency).format(amount);
}
