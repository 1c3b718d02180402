/**
 * A finder outcome lists its paths in the order a company takes them, so each path's
 * prerequisites (the paths it lists under `prerequisites`) must be named before it.
 */
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic } from '../diagnostic.ts';

/** Whether a record is an outcome of the route finder. */
const isOutcome = (entry: ContentIndex['entries'][number]) => entry.kind === 'finder' && entry.pathPrefix[0] === 'outcomes';

export function checkFinderOrder(index: ContentIndex): Diagnostic[] {
	const result: Diagnostic[] = [];
	const outcomes = index.entries.filter(isOutcome);
	if (outcomes.length === 0) return result;
	const prerequisites = new Map<string, string[]>();
	for (const entry of index.entries) {
		if (entry.kind !== 'entry' || entry.collection !== 'paths') continue;
		prerequisites.set(
			entry.id,
			entry.references.filter((reference) => reference.path[0] === 'prerequisites').map((reference) => reference.value),
		);
	}
	// Paths that require each other in a circle are reported as a prerequisite cycle, not here.
	const requires = (from: string, target: string, seen = new Set<string>()): boolean =>
		(prerequisites.get(from) ?? []).some((next) => next === target || (!seen.has(next) && (seen.add(next), requires(next, target, seen))));
	for (const outcome of outcomes) {
		const listed: string[] = [];
		for (const reference of outcome.references) {
			if (reference.path[0] !== 'paths' || reference.path[2] !== 'path') continue;
			const path = reference.value;
			for (const needed of prerequisites.get(path) ?? []) {
				if (listed.includes(needed) || requires(needed, path)) continue;
				const later = outcome.references.some((other) => other.path[0] === 'paths' && other.path[2] === 'path' && other.value === needed);
				result.push(
					diagnostic(
						'prerequisite-order',
						outcome.file,
						index.locate(outcome, reference.path),
						later
							? `Outcome \`${outcome.id}\` lists path \`${path}\` before its prerequisite \`${needed}\`.`
							: `Outcome \`${outcome.id}\` lists path \`${path}\` but not its prerequisite \`${needed}\`.`,
						later
							? `Move \`${needed}\` above \`${path}\`: a founder takes the paths in the order the plan lists them.`
							: `Add \`${needed}\` before \`${path}\`, with why it applies, so the plan is complete.`,
					),
				);
			}
			listed.push(path);
		}
	}
	return result;
}
