/** A review date is not in the future, and not so old that the facts may have changed. */
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic } from '../diagnostic.ts';

/** An entry not reviewed for longer than this gets a warning. */
export const reviewMaxAgeDays = 365;

export function checkReviewed(index: ContentIndex, today: string): Diagnostic[] {
	const result: Diagnostic[] = [];
	const oldest = new Date(Date.parse(today) - reviewMaxAgeDays * 86_400_000).toISOString().slice(0, 10);
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
