/**
 * What the plan rules (rules/plans.ts) need of an entry, kept in its record so a cached file
 * need not be read again: a path's steps as the plan's graph reads them, with the fee options
 * each offers; an outcome's paths and choices; the date of the finder's exchange rate.
 */
import type { GraphStep, PathData } from '../graph/plan/step-graph.ts';
import type { FinderOutcome } from '../schema/finder.ts';
import type { Path } from '../schema/index.ts';
import type { ContentFile } from './content-files.ts';
import type { DataPath } from './frontmatter.ts';
import { isoDate } from '../util/iso-date.ts';

/** A step as the plan's graph reads it, and the distinct options its fees name. */
export type PlanStepFacts = GraphStep & { feeOptions: string[] };

export interface PlanFacts {
	path?: PathData<PlanStepFacts>;
	outcome?: Pick<FinderOutcome, 'paths' | 'choices'>;
	/** The finder's `exchangeRate.asOf`, as YYYY-MM-DD. */
	rateAsOf?: string;
}

/** The plan facts of a valid entry's data, or undefined when it has none. */
export function planFacts(content: Pick<ContentFile, 'collection' | 'kind'>, pathPrefix: DataPath, data: unknown): PlanFacts | undefined {
	if (content.collection === 'paths' && content.kind === 'entry') {
		const path = data as Path;
		return {
			path: {
				prerequisites: path.prerequisites,
				steps: path.steps.map(({ id, after, waitsFor, alternative, afterOutcome, duration, fees }) => ({
					id,
					after,
					waitsFor,
					alternative,
					afterOutcome,
					duration,
					feeOptions: [...new Set(fees.flatMap((fee) => (fee.option ? [fee.option] : [])))],
				})),
			},
		};
	}
	if (content.kind !== 'finder') return undefined;
	if (pathPrefix[0] === 'outcomes') {
		const { paths, choices } = data as FinderOutcome;
		return { outcome: { paths, choices } };
	}
	const asOf = pathPrefix.length === 0 ? (data as { exchangeRate?: { asOf: Date } }).exchangeRate?.asOf : undefined;
	return asOf ? { rateAsOf: isoDate(asOf) } : undefined;
}
