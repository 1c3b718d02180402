/**
 * Positions for problems found after the per-file pass (a broken reference, a cycle): the file
 * is parsed again with the position-keeping YAML parser, once, and only if it has a problem. The
 * last parse of each file is kept for the next check while its text is the same: a warning that
 * stands (an old exchange rate in the 1,300 lines of finder.yaml) would otherwise cost every
 * re-check in watch mode a full parse.
 */
import type { Position } from './diagnostic.ts';
import { fieldPositions, type DataPath } from './frontmatter.ts';
import { readContentFile } from './read-file.ts';
import type { EntryRecord } from './entry-record.ts';

export type Locate = (entry: EntryRecord, path: DataPath) => Position;

/** How many files' positions are kept between checks, the least recently used dropped first. */
const keptFiles = 500;

/** The last positions worked out for each file (by absolute path), with the text they are for. */
const lastParsed = new Map<string, { text: string; locate: (path: DataPath) => Position }>();

export function createLocator(absolutePath: (file: string) => string): Locate {
	const parsed = new Map<string, (path: DataPath) => Position>();
	return (entry, path) => {
		let locate = parsed.get(entry.file);
		if (!locate) {
			const absolute = absolutePath(entry.file);
			const read = readContentFile(absolute);
			if (!read.ok) locate = () => ({ line: 1, column: 1 });
			else {
				const last = lastParsed.get(absolute);
				locate = last?.text === read.text ? last.locate : fieldPositions(read.text, entry.kind === 'glossary' || entry.kind === 'finder');
				lastParsed.delete(absolute);
				lastParsed.set(absolute, { text: read.text, locate });
				// Files with a problem are few; many temporary folders (tests) must not make this grow without end.
				const oldest = lastParsed.keys().next();
				if (lastParsed.size > keptFiles && !oldest.done) lastParsed.delete(oldest.value);
			}
			parsed.set(entry.file, locate);
		}
		return locate([...entry.pathPrefix, ...path]);
	};
}
