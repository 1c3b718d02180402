/**
 * Positions for problems found after the per-file pass (a broken reference, a cycle): the file
 * is parsed again with the position-keeping YAML parser, once, and only if it has a problem.
 */
import type { Position } from './diagnostic.ts';
import { fieldPositions, type DataPath } from './frontmatter.ts';
import { readContentFile } from './read-file.ts';
import type { EntryRecord } from './entry-record.ts';

export type Locate = (entry: EntryRecord, path: DataPath) => Position;

export function createLocator(absolutePath: (file: string) => string): Locate {
	const parsed = new Map<string, (path: DataPath) => Position>();
	return (entry, path) => {
		let locate = parsed.get(entry.file);
		if (!locate) {
			const read = readContentFile(absolutePath(entry.file));
			locate = read.ok ? fieldPositions(read.text, entry.kind === 'glossary' || entry.kind === 'finder') : () => ({ line: 1, column: 1 });
			parsed.set(entry.file, locate);
		}
		return locate([...entry.pathPrefix, ...path]);
	};
}
