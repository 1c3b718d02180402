/** Every figure's `source` names one of its own page's sources; source keys are unique on a page. */
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic } from '../diagnostic.ts';
import type { EntryRecord } from '../entry-record.ts';
import { didYouMean } from '../suggest.ts';
import { fieldName } from './schema.ts';

export function sourceReferenceProblems(index: ContentIndex, entry: EntryRecord): Diagnostic[] {
	const result: Diagnostic[] = [];
	const count = entry.sourceKeys.length;
	const keys = entry.sourceKeys.filter((key): key is string => key !== null);
	const seen = new Map<string, number>();
	entry.sourceKeys.forEach((key, position) => {
		if (key === null) return;
		const first = seen.get(key);
		if (first === undefined) seen.set(key, position);
		else
			result.push(
				diagnostic(
					'duplicate-id',
					entry.file,
					index.locate(entry, ['sources', position, 'key']),
					`Two sources have the key \`${key}\` (sources ${first + 1} and ${position + 1}).`,
					'Give each source its own key, so a figure names exactly one document.',
				),
			);
	});
	for (const reference of entry.sourceReferences) {
		const { value } = reference;
		if (typeof value === 'number' ? value <= count : keys.includes(value)) continue;
		const choices = `${count === 0 ? 'This page lists no sources yet: add the document under `sources:` first.' : `${count === 1 ? 'Use 1: this page lists one source' : `Use a number from 1 to ${count}`}${keys.length > 0 ? ` or one of the keys ${keys.map((k) => `\`${k}\``).join(', ')}` : ''}.`}`;
		result.push(
			diagnostic(
				'unknown-source',
				entry.file,
				index.locate(entry, reference.path),
				typeof value === 'number'
					? `\`${fieldName(reference.path)}\` names source ${value}, but this page lists ${count} source${count === 1 ? '' : 's'}.`
					: `\`${fieldName(reference.path)}\` names source \`${value}\`, but no source of this page has that key.`,
				`${choices}${typeof value === 'string' ? didYouMean(value, keys) : ''}`,
			),
		);
	}
	return result;
}
