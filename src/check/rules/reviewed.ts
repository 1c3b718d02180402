/** A review date is not in the future, and not so old that the facts may have changed. */
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic } from '../diagnostic.ts';
import { isoDate } from '../../util/iso-date.ts';
import { memoise } from '../../util/memoise.ts';

/** An entry not reviewed for longer than this gets a warning. */
export const reviewMaxAgeDays = 365;

const dayMs = 86_400_000;

/**
 * The date `date` (YYYY-MM-DD) would be with its day and month swapped, when that reading is
 * plausible and the written one is not: the swapped date is a real day, not after today, within
 * the last 60 days, while the written one is months older. 2026-05-12 written on 6 December 2026
 * was most likely meant as 5 December.
 */
export function swappedDate(date: string, today: string): string | undefined {
	const [year, month, day] = date.split('-').map(Number);
	if (!year || !month || !day || day > 12 || day === month) return undefined;
	const swapped = `${year}-${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}`;
	const when = Date.parse(swapped);
	const now = Date.parse(today);
	if (Number.isNaN(when) || new Date(when).getUTCDate() !== month || when > now) return undefined;
	const written = Date.parse(date);
	return now - when <= 60 * dayMs && when - written >= 90 * dayMs ? swapped : undefined;
}

/** `swappedDate`, worked out once per date: entries share a few review dates, and each run of a re-check asks again for every entry. */
const swappedOnce = memoise((date: string, today: string) => `${date} ${today}`, swappedDate);

export function checkReviewed(index: ContentIndex, today: string): Diagnostic[] {
	const result: Diagnostic[] = [];
	const oldest = isoDate(new Date(Date.parse(today) - reviewMaxAgeDays * 86_400_000));
	for (const entry of index.entries) {
		// A translation's date is its original's review, which is checked on the original.
		if (!entry.reviewed || entry.kind === 'translation') continue;
		const date = entry.reviewed;
		const at = () => index.locate(entry, ['reviewed']);
		const where = entry.kind === 'finder' ? 'The route finder' : entry.collection === 'glossary' ? `Term \`${entry.id}\`` : 'This entry';
		if (date > today)
			result.push(
				diagnostic(
					'reviewed-in-future',
					entry.file,
					at(),
					`${where} says it was reviewed on ${date}, which is after today (${today}).`,
					'Set `reviewed` to the date you checked the facts against the sources.',
				),
			);
		else if (swappedOnce(date, today))
			result.push(
				diagnostic(
					'date-swapped',
					entry.file,
					at(),
					`${where} says it was reviewed on ${date}; with the day and the month the other way round it would be ${swappedOnce(date, today)}, a few weeks ago.`,
					`If you reviewed it on ${swappedOnce(date, today)}, write that: dates are year-month-day. If ${date} is right, leave it.`,
				),
			);
		else if (date < oldest)
			result.push(
				diagnostic(
					'review-overdue',
					entry.file,
					at(),
					`${where} was last reviewed on ${date}, more than 12 months ago.`,
					'Check its facts against the sources and set `reviewed` to today.',
				),
			);
	}
	return result;
}
