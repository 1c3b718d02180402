/** Every reference names an existing, published entry of the right collection. */
import { collectionNames, type CollectionName } from '../../schema/collections.ts';
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic } from '../diagnostic.ts';
import type { EntryRecord } from '../entry-record.ts';
import { didYouMean } from '../suggest.ts';
import { fieldName } from './schema.ts';

const singular: Record<CollectionName, string> = {
	paths: 'path',
	cros: 'CRO',
	institutions: 'institution',
	zones: 'zone',
	benefits: 'benefit',
	questions: 'question',
	precedents: 'precedent',
	pages: 'site page',
	glossary: 'glossary term',
};
const withArticle = (collection: CollectionName) => `${/^[aeiou]/i.test(singular[collection]) ? 'an' : 'a'} ${singular[collection]}`;

/** The message and hint for an id that is not a published entry of `collection`. */
export function missingEntry(
	index: ContentIndex,
	collection: CollectionName,
	id: string,
	where: string,
): { code: 'unknown-reference' | 'wrong-collection'; message: string; hint: string } {
	if (index.drafts.get(collection)?.has(id)) {
		return {
			code: 'unknown-reference',
			message: `${where} names ${singular[collection]} \`${id}\`, which is a draft, so its page is not published.`,
			hint: `Publish \`${id}\` (remove \`draft: true\`) or remove the reference.`,
		};
	}
	const owner = collectionNames.find((other) => other !== collection && index.ids.get(other)?.has(id));
	if (owner) {
		return {
			code: 'wrong-collection',
			message: `${where} names \`${id}\`, which is ${withArticle(owner)}, not ${withArticle(collection)}.`,
			hint: `Name an entry of content/${collection}/ here.${didYouMean(id, index.ids.get(collection) ?? [])}`,
		};
	}
	return {
		code: 'unknown-reference',
		message: `${where} names ${singular[collection]} \`${id}\`, which does not exist.`,
		hint: `Use the id of an entry in content/${collection === 'glossary' ? 'glossary.yaml' : `${collection}/`}.${didYouMean(id, index.ids.get(collection) ?? [])}`,
	};
}

/** Names the part of a file that holds several entries (a glossary term, a finder question or outcome), before its field. */
export function ownerOf(entry: EntryRecord): string {
	if (entry.kind === 'glossary') return `Term \`${entry.id}\`: `;
	if (entry.kind === 'finder' && entry.pathPrefix[0] === 'questions') return `Question \`${entry.id}\`: `;
	if (entry.kind === 'finder' && entry.pathPrefix[0] === 'outcomes') return `Outcome \`${entry.id}\`: `;
	return '';
}

export function referenceProblems(index: ContentIndex, entry: EntryRecord): Diagnostic[] {
	const result: Diagnostic[] = [];
	for (const reference of entry.references) {
		if (reference.target.kind !== 'entry') continue;
		const { collection } = reference.target;
		if (index.ids.get(collection)?.has(reference.value)) continue;
		const where = `${ownerOf(entry)}\`${fieldName(reference.path)}\``;
		const problem = missingEntry(index, collection, reference.value, where);
		result.push(diagnostic(problem.code, entry.file, index.locate(entry, reference.path), problem.message, problem.hint));
	}
	return result;
}
