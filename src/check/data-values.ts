/** Reads an entry's data (a tree: aliases are refused before this runs): its maps and its text values. */
import type { DataPath } from './frontmatter.ts';

/** Whether a YAML value is a map (not a list, not null). */
export const isMap = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every string in `data`, with its path. */
export function textValues(
	data: unknown,
	path: DataPath = [],
	found: { path: DataPath; text: string }[] = [],
): { path: DataPath; text: string }[] {
	if (typeof data === 'string') found.push({ path, text: data });
	else if (Array.isArray(data)) data.forEach((item, index) => textValues(item, [...path, index], found));
	else if (data && typeof data === 'object' && !(data instanceof Date))
		for (const [key, value] of Object.entries(data)) textValues(value, [...path, key], found);
	return found;
}

/** Concrete paths of an abstract field path (`steps.*.after.*`) in `data`. */
export function expandPath(data: unknown, path: readonly (string | '*')[], prefix: DataPath = []): { path: DataPath; value: unknown }[] {
	if (path.length === 0) return [{ path: prefix, value: data }];
	if (typeof data !== 'object' || data === null) return [];
	const [head, ...rest] = path;
	if (head === '*') return Array.isArray(data) ? data.flatMap((item, index) => expandPath(item, rest, [...prefix, index])) : [];
	return expandPath((data as Record<string, unknown>)[head], rest, [...prefix, head]);
}
