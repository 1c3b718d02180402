/**
 * Putting values into a dictionary text. Kept apart from the dictionaries, so a browser script
 * (the directory filter's count) can use it without loading every language's words.
 */

/** Puts values into a dictionary text: `fill('Reviewed {date}', { date })`. */
export function fill(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A dictionary text cut around its `{name}` slots, for a page that puts markup (a link) in a
 * slot: `['Check every requirement with ', { slot: 'pmda' }, ', ', …]`.
 */
export function slots(text: string): (string | { slot: string })[] {
	return text.split(/(\{\w+\})/).flatMap((part): (string | { slot: string })[] => {
		const slot = /^\{(\w+)\}$/.exec(part)?.[1];
		return slot ? [{ slot }] : part ? [part] : [];
	});
}
