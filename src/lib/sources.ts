/** A figure's `source` (a 1-based number or a key) as the number readers see in the page's list of sources. */
import type { Path } from '../schema/index.ts';

type Sources = Path['sources'];

export function sourceNumber(sources: Sources, reference: number | string): number | undefined {
	if (typeof reference === 'number') return reference <= sources.length ? reference : undefined;
	const index = sources.findIndex((source) => source.key === reference);
	return index >= 0 ? index + 1 : undefined;
}
