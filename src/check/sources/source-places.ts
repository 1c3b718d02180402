/**
 * Every source address in the content, each at the file, line and column where it is written:
 * the `sources` of each entry (translations have none), of each glossary term and of each route
 * finder outcome. Files are listed and read as the content checker reads them; a file it would
 * refuse (unreadable, not YAML) is skipped here, since `npm run check` already reports it.
 */
import { listContentFiles, type ContentFile } from '../content-files.ts';
import { isMap } from '../data-values.ts';
import type { Position } from '../diagnostic.ts';
import { loadYaml, positionsOnDemand, splitFrontmatter, type DataPath } from '../frontmatter.ts';
import { readContentFile } from '../read-file.ts';

export interface SourcePlace {
	/** The address as written, without surrounding spaces. */
	url: string;
	/** The day an editor last opened it, when the source says. */
	accessed?: Date;
	/** Path as reported, relative to the project: `content/cros/cmic.mdx`. */
	file: string;
	/** Where `url:` is written. */
	at: Position;
}

/** Where a file of each kind keeps its lists of sources, as data paths. */
function sourceLists(kind: ContentFile['kind'], data: unknown): DataPath[] {
	if (!isMap(data)) return [];
	if (kind === 'entry') return [['sources']];
	if (kind === 'glossary') return Object.keys(data).map((term) => [term, 'sources']);
	if (kind === 'finder' && isMap(data.outcomes)) return Object.keys(data.outcomes).map((outcome) => ['outcomes', outcome, 'sources']);
	return [];
}

function valueAt(data: unknown, path: DataPath): unknown {
	return path.reduce<unknown>((value, key) => (isMap(value) ? value[key] : undefined), data);
}

/** Only addresses a request can be made to; anything else is the content checker's to report. */
function checkableUrl(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const url = value.trim();
	return /^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined;
}

/** The YAML reader gives a date for `2026-11-21`; a quoted date is still a date to the schema. */
function accessedDate(value: unknown): Date | undefined {
	if (value instanceof Date) return value;
	if (typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value);
	return undefined;
}

function placesInFile(content: ContentFile, text: string): SourcePlace[] {
	const wholeFileIsYaml = content.kind !== 'entry';
	const split = wholeFileIsYaml ? { yaml: text, yamlLine: 1 } : splitFrontmatter(text);
	if (split.yaml === undefined) return [];
	const { data } = loadYaml(split.yaml, split.yamlLine);
	const places: SourcePlace[] = [];
	// Positions need the slower YAML parser: only for a file that has a source to report.
	const locate = positionsOnDemand(text, wholeFileIsYaml);
	for (const listPath of sourceLists(content.kind, data)) {
		const list = valueAt(data, listPath);
		if (!Array.isArray(list)) continue;
		list.forEach((source: unknown, index) => {
			if (!isMap(source)) return;
			const url = checkableUrl(source.url);
			if (!url) return;
			places.push({ url, accessed: accessedDate(source.accessed), file: content.file, at: locate([...listPath, index, 'url']) });
		});
	}
	return places;
}

export function listSourcePlaces(contentDir: string, label = 'content'): SourcePlace[] {
	return listContentFiles(contentDir, label).files.flatMap((content) => {
		if (content.kind === 'translation') return [];
		const read = readContentFile(content.absolute);
		return read.ok ? placesInFile(content, read.text) : [];
	});
}
