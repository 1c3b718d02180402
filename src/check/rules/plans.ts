/**
 * The route finder's plans, proved the way the plan model (src/graph/plan/) will read them: an
 * outcome's fee options and alternative steps name ones its paths have; no route's steps wait
 * for each other in a circle (a waitsFor between paths can close one that no single path shows);
 * every route reaches its outcome through at least one path; a step does not offer one fee
 * option alone; the exchange rate the plans convert fees with is not months old.
 */
import { alternativeGroups, outcomeEntries, routeScenarios, stepChoices } from '../../graph/plan/scenarios.ts';
import { stepGraph, topologicalOrder, type PathData } from '../../graph/plan/step-graph.ts';
import type { FinderOutcome } from '../../schema/finder.ts';
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic } from '../diagnostic.ts';
import type { EntryRecord } from '../entry-record.ts';
import type { PlanStepFacts } from '../plan-facts.ts';

/** The exchange rate is warned about when older than this. */
export const rateMaxAgeDays = 90;

const dayMs = 86_400_000;
const list = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');

/** An outcome's `feeOptions` and `alternatives` name what its paths offer. */
function namedOptionProblems(
	index: ContentIndex,
	record: EntryRecord,
	outcome: Pick<FinderOutcome, 'paths' | 'choices'>,
	paths: ReadonlyMap<string, PathData<PlanStepFacts>>,
): Diagnostic[] {
	const result: Diagnostic[] = [];
	for (const { entry, at } of outcomeEntries(outcome)) {
		const path = paths.get(entry.path);
		if (!path) continue; // an unknown path is reported as a reference
		const offered = [...new Set(path.steps.flatMap((step) => step.feeOptions))];
		(entry.feeOptions ?? []).forEach((option, k) => {
			if (offered.includes(option)) return;
			result.push(
				diagnostic(
					'unknown-option',
					record.file,
					index.locate(record, [...at, 'feeOptions', k]),
					`\`feeOptions\` names \`${option}\`, but no fee of path \`${entry.path}\` is that option.`,
					offered.length > 0
						? `Use one of the path's fee options: ${list(offered)}.`
						: `Path \`${entry.path}\` has no fee options: remove \`feeOptions\`.`,
				),
			);
		});
		const alternatives = alternativeGroups(path.steps)
			.filter((group) => group.length > 1)
			.flatMap((group) => group.map((step) => step.id));
		(entry.alternatives ?? []).forEach((stepId, k) => {
			// A step the path does not have is reported as an unknown step.
			if (alternatives.includes(stepId) || !path.steps.some((step) => step.id === stepId)) return;
			result.push(
				diagnostic(
					'unknown-option',
					record.file,
					index.locate(record, [...at, 'alternatives', k]),
					`\`alternatives\` names step \`${stepId}\` of path \`${entry.path}\`, which is no alternative: every plan takes it.`,
					alternatives.length > 0
						? `Name one of the path's alternative steps: ${list(alternatives)}.`
						: `Path \`${entry.path}\` has no alternative steps: remove \`alternatives\`.`,
				),
			);
		});
	}
	return result;
}

/** Each route's steps in one graph: no route may wait in a circle, and each reaches its outcome through a path. */
function routeProblems(
	index: ContentIndex,
	record: EntryRecord,
	outcome: Pick<FinderOutcome, 'paths' | 'choices'>,
	paths: ReadonlyMap<string, PathData<PlanStepFacts>>,
): Diagnostic[] {
	const result: Diagnostic[] = [];
	const cycles = new Set<string>();
	for (const route of routeScenarios(outcome)) {
		if (route.paths.every((planned) => planned.afterOutcome)) {
			const name = route.options.map((chosen) => `${chosen.choice}: ${chosen.option}`).join(', ');
			result.push(
				diagnostic(
					'empty-plan',
					record.file,
					index.locate(record, ['paths']),
					`Outcome \`${record.id}\`${name ? ` (route ${name})` : ''} has no path before its outcome: every path it takes is marked \`afterOutcome\`.`,
					'Take `afterOutcome: true` off the path that leads to the outcome, so the plan has something to do and a time to it.',
				),
			);
		}
		for (const choice of stepChoices(route, paths)) {
			const nodes = stepGraph(route, choice, paths);
			const sorted = topologicalOrder(nodes);
			if (!('cycle' in sorted)) continue;
			// A circle of `after` within a path, or of prerequisites, is reported on the paths (step-cycle, prerequisite-cycle); a plan's own closes through a waitsFor.
			const byKey = new Map(nodes.map((node) => [node.key, node]));
			const throughWait = sorted.cycle.some((key, i) => {
				const next = byKey.get(sorted.cycle[i + 1] ?? '');
				return next !== undefined && (byKey.get(key)?.step?.waitsFor ?? []).some((wait) => wait.path === next.pathId);
			});
			if (!throughWait) continue;
			const circle = sorted.cycle.filter((key) => !key.endsWith('#')).join(' → ');
			if (cycles.has(circle)) continue;
			cycles.add(circle);
			result.push(
				diagnostic(
					'plan-cycle',
					record.file,
					index.locate(record, ['paths']),
					`In outcome \`${record.id}\`, steps wait for each other in a circle across paths: ${circle}, so the plan can never reach its outcome.`,
					'Remove one of the `waitsFor` (or `after`, or `prerequisites`) entries that close the circle, on the path pages named.',
				),
			);
		}
	}
	return result;
}

/**
 * The last check's route problems, by outcome, with the paths' facts they were worked out from.
 * Working out every route's graphs is most of a check of the real content, and in watch mode (and
 * the property tests) most re-checks change no path and no outcome: the cache hands back the same
 * records, so an outcome whose record and paths are the very objects of last time has the same
 * problems. Kept by object, so a changed file never matches.
 */
let lastRoutes: { paths: readonly PathData<PlanStepFacts>[]; problems: WeakMap<EntryRecord, Diagnostic[]> } | undefined;

/** `routeProblems`, reused while the paths' facts are the same objects as at the last check. */
function routeProblemsOf(paths: ReadonlyMap<string, PathData<PlanStepFacts>>) {
	const facts = [...paths.values()];
	const last = lastRoutes;
	const same = last !== undefined && last.paths.length === facts.length && last.paths.every((path, i) => path === facts[i]);
	const { problems } = same ? last : (lastRoutes = { paths: facts, problems: new WeakMap() });
	return (index: ContentIndex, record: EntryRecord, outcome: Pick<FinderOutcome, 'paths' | 'choices'>): Diagnostic[] => {
		let found = problems.get(record);
		if (!found) problems.set(record, (found = routeProblems(index, record, outcome, paths)));
		return found;
	};
}

export function checkPlans(index: ContentIndex, today: string): Diagnostic[] {
	const result: Diagnostic[] = [];
	const paths = new Map<string, PathData<PlanStepFacts>>();
	for (const record of index.entries) {
		const path = record.plan?.path;
		if (!path) continue;
		paths.set(record.id, path);
		path.steps.forEach((step, stepIndex) => {
			if (step.feeOptions.length !== 1) return;
			result.push(
				diagnostic(
					'lone-option',
					record.file,
					index.locate(record, ['steps', stepIndex, 'fees']),
					`Step \`${step.id}\` has one fee option, \`${step.feeOptions[0]}\`: an option is one of two or more ways to pay, so the plan counts it as always paid.`,
					'Add the fees of the other option with their own `option`, or remove `option` from these fees if they are always paid.',
				),
			);
		});
	}
	const routesOf = routeProblemsOf(paths);
	for (const record of index.entries) {
		const outcome = record.plan?.outcome;
		if (outcome) result.push(...namedOptionProblems(index, record, outcome, paths), ...routesOf(index, record, outcome));
		const asOf = record.plan?.rateAsOf;
		if (asOf && Date.parse(today) - Date.parse(asOf) > rateMaxAgeDays * dayMs) {
			const days = Math.floor((Date.parse(today) - Date.parse(asOf)) / dayMs);
			result.push(
				diagnostic(
					'stale-rate',
					record.file,
					index.locate(record, ['exchangeRate', 'asOf']),
					`The exchange rate the plans convert yen into won with is for ${asOf}, ${days} days ago.`,
					`Take the latest rate from its source, and set \`asOf\` to the day it is for (a rate up to ${rateMaxAgeDays} days old passes).`,
				),
			);
		}
	}
	return result;
}
