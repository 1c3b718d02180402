/**
 * The phases of a build, read from the lines Astro, Vite and the project's integrations print:
 * what `npm run bench` reports beside each wall time.
 */

/** A duration as Astro and Vite print it: `850ms`, `12.34s`, `1m 5s` or `2m` (past a minute, whole seconds). */
const duration = String.raw`\d+ms|[\d.]+s|\d+m(?: \d+s)?`;

/** Seconds in a duration printed as `duration` matches. */
export function durationSeconds(text: string): number {
	const [, minutes = '0', rest = ''] = /^(?:(\d+)m(?: |$))?(.*)$/.exec(text) ?? [];
	const seconds = rest.endsWith('ms') ? Number(rest.slice(0, -2)) / 1000 : rest ? Number(rest.slice(0, -1)) : 0;
	return Number(minutes) * 60 + seconds;
}

export interface BuildPhases {
	checker?: number;
	collect?: number;
	bundle?: number;
	render?: number;
	pagefind?: number;
}

const phasePatterns: Record<keyof BuildPhases, RegExp> = {
	checker: /Content check passed: \d+ entries in ([\d.]+ ?s)/,
	collect: new RegExp(String.raw`Collecting build info\.\.\.\s*\n[^\n]*✓ Completed in (${duration})`),
	bundle: new RegExp(String.raw`\[vite\] ✓ built in (${duration})`, 'g'),
	render: new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in (${duration})`),
	// Ours (what indexing adds after the pages are written; most of it runs beside the rendering), then Starlight's (all after).
	pagefind: new RegExp(String.raw`Indexed \d+ pages for search in ([\d.]+ ?s)|Finished building search index in (${duration})`),
};

/** Each phase `log` names, in seconds; a phase the log does not name is left out. */
export function buildPhases(log: string): BuildPhases {
	const phases: BuildPhases = {};
	for (const [name, pattern] of Object.entries(phasePatterns) as [keyof BuildPhases, RegExp][]) {
		// Vite builds more than once (the server bundle, then the client's): bundling is their sum.
		const texts = pattern.global ? [...log.matchAll(pattern)].map((match) => match[1]) : [pattern.exec(log)?.slice(1).find(Boolean)];
		const found = texts.filter((text) => text !== undefined);
		if (found.length > 0) phases[name] = found.reduce((sum, text) => sum + durationSeconds(text.replace(/ (?=s$)/, '')), 0);
	}
	return phases;
}

/** The number of pages the log says Astro built. */
export function builtPages(log: string): number {
	return Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
}
