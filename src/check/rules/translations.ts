/**
 * A translation belongs to an existing original, was made from its current review, and gives
 * each step as many documents and fees as the original lists. (What fields it may set is the
 * translation schema's concern.)
 */
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic } from '../diagnostic.ts';
import type { EntryRecord } from '../entry-record.ts';

export function checkTranslations(index: ContentIndex): Diagnostic[] {
	const result: Diagnostic[] = [];
	const originals = new Map(
		index.entries.filter((entry) => entry.kind === 'entry').map((entry) => [`${entry.collection}/${entry.id}`, entry]),
	);
	for (const entry of index.entries) {
		if (entry.kind !== 'translation') continue;
		const original = originals.get(`${entry.collection}/${entry.id}`);
		if (!original) {
			result.push(
				diagnostic(
					'orphan-translation',
					entry.file,
					{ line: 1, column: 1 },
					`This ${entry.lang} translation has no original: content/${entry.collection}/${entry.id}.mdx does not exist.`,
					`Create the original first, or rename this file to \`<id>.${entry.lang}.mdx\` after an existing entry.`,
				),
			);
			continue;
		}
		result.push(...dateProblems(index, entry, original), ...countProblems(index, entry, original));
	}
	return result;
}

function dateProblems(index: ContentIndex, translation: EntryRecord, original: EntryRecord): Diagnostic[] {
	if (!translation.reviewed || !original.reviewed || translation.reviewed === original.reviewed) return [];
	const at = index.locate(translation, ['translatedFrom']);
	if (translation.reviewed < original.reviewed) {
		return [
			diagnostic(
				'stale-translation',
				translation.file,
				at,
				`This translation was made from the review of ${translation.reviewed}, but the original was reviewed again on ${original.reviewed}; what changed may be missing here.`,
				`Compare the original's changes since ${translation.reviewed} (its history on GitHub), bring the translation up to date, then set \`translatedFrom: ${original.reviewed}\`. Until then the page tells readers the translation may be out of date.`,
			),
		];
	}
	return [
		diagnostic(
			'translation-mismatch',
			translation.file,
			at,
			`\`translatedFrom\` is ${translation.reviewed}, but the original was last reviewed on ${original.reviewed}: a translation cannot be made from a later review.`,
			`Set \`translatedFrom\` to the original's \`reviewed\` date, ${original.reviewed}.`,
		),
	];
}

function countProblems(index: ContentIndex, translation: EntryRecord, original: EntryRecord): Diagnostic[] {
	const result: Diagnostic[] = [];
	const steps = new Map(original.steps.map((step) => [step.id, step]));
	for (const step of translation.steps) {
		const source = steps.get(step.id);
		if (!source) continue; // an unknown step id is reported as such
		for (const [list, counted, expected] of [
			['documents', step.documents, source.documents],
			['fees', step.fees, source.fees],
		] as const) {
			if (counted === 0 || counted === expected) continue;
			result.push(
				diagnostic(
					'translation-mismatch',
					translation.file,
					index.locate(translation, ['steps', step.index, list]),
					`Step \`${step.id}\` lists ${counted} translated ${list}, but the original lists ${expected}.`,
					`Translate each of the original's ${list} once, in the same order, so each translation stands beside its original.`,
				),
			);
		}
	}
	return result;
}
