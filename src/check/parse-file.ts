/** Everything the checker can learn from one file alone, by the kind of file. */
import type { ContentFile } from './content-files.ts';
import type { FileResult } from './entry-record.ts';
import { parseFinder } from './parse-finder.ts';
import { parseGlossary } from './parse-glossary.ts';
import { parseMdx } from './parse-mdx.ts';

export type { EntryRecord, FileResult, ReferenceRecord, SourceReferenceRecord } from './entry-record.ts';

export function parseFile(content: ContentFile, text: string): FileResult {
	if (content.kind === 'glossary') return parseGlossary(content, text);
	if (content.kind === 'finder') return parseFinder(content, text);
	return parseMdx(content, text);
}
