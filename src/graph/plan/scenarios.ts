/**
 * The routes a plan can take. An outcome's `choices` are exclusive options (full approval
 * outright, or a conditional approval first), and a path's steps can be alternatives to one
 * another (an inspection on site, or on paper): a plan counts one option at a time, so its
 * figures are worked out for every combination — a scenario — and given as ranges over them.
 */
import type { FinderOutcome } from '../../schema/finder.ts';
import type { Step } from '../../schema/index.ts';

/** A path as a plan takes it: the outcome's entry for it, whether it comes after the plan's outcome, and which of its fee options and alternative steps the plan names. */
export interface PlannedPath {
	id: string;
	entry: FinderOutcome['paths'][number];
	afterOutcome: boolean;
	/** The fee options the plan pays, where it names any (`feeOptions`). */
	feeOptions?: readonly string[];
	/** The alternative steps the plan takes, where it names any (`alternatives`). */
	alternatives?: readonly string[];
}

type PlanEntry = FinderOutcome['paths'][number];

/** What two entries for one path name together: nothing named where either names nothing (that entry takes every option). */
const union = (known: readonly string[] | undefined, more: readonly string[] | undefined, first: boolean) =>
	first ? more : known && more ? [...new Set([...known, ...more])] : undefined;

/** The entries for one path, taken once: before the outcome if any entry says so, naming what any entry names. */
export function plannedPath(id: string, entries: readonly PlanEntry[]): PlannedPath {
	let planned: PlannedPath | undefined;
	for (const entry of entries) {
		planned = {
			id,
			entry: planned?.entry ?? entry,
			afterOutcome: entry.afterOutcome === true && (planned?.afterOutcome ?? true),
			feeOptions: union(planned?.feeOptions, entry.feeOptions, planned === undefined),
			alternatives: union(planned?.alternatives, entry.alternatives, planned === undefined),
		};
	}
	if (!planned) throw new Error(`No entry for path ${id}`);
	return planned;
}

/**
 * The fees of a step that a plan pays. Where the plan names some of the step's fee options, it
 * pays each named one (a product made in Korea and in Japan pays for both sites' inspections) and
 * none of the others: those fees lose their `option` and count as paid. Where it names none, the
 * step's fees are as written, and its options are counted one at a time.
 */
export function feesPaid<F extends { option?: string }>(fees: readonly F[], feeOptions: readonly string[] | undefined): F[] {
	if (!feeOptions || !fees.some((fee) => fee.option !== undefined && feeOptions.includes(fee.option))) return [...fees];
	return fees.flatMap((fee) => {
		if (fee.option === undefined) return [fee];
		if (!feeOptions.includes(fee.option)) return [];
		const paid = { ...fee };
		delete paid.option;
		return [paid];
	});
}

/** The steps of a group a plan takes: those it names, or all of them when it names none of the group's. */
export function stepsTaken<S extends { id: string }>(group: readonly S[], alternatives: readonly string[] | undefined): S[] {
	const named = group.filter((step) => alternatives?.includes(step.id));
	return named.length > 0 ? named : [...group];
}

/** One choice's chosen option. */
export interface ChosenOption {
	choice: string;
	option: string;
}

/**
 * Each path entry of an outcome in the order it is written — those every route takes, then each
 * choice's options' — with the option it belongs to and where in the outcome it is written.
 */
export function outcomeEntries(
	outcome: Pick<FinderOutcome, 'paths' | 'choices'>,
): { entry: PlanEntry; option?: ChosenOption; at: readonly (string | number)[] }[] {
	return [
		...outcome.paths.map((entry, index) => ({ entry, at: ['paths', index] })),
		...(outcome.choices ?? []).flatMap((choice, c) =>
			choice.options.flatMap((option, o) =>
				option.paths.map((entry, p) => ({
					entry,
					option: { choice: choice.id, option: option.id },
					at: ['choices', c, 'options', o, 'paths', p],
				})),
			),
		),
	];
}

/** A route through an outcome's choices: the options chosen and the paths they make up, each once. */
export interface RouteScenario {
	options: ChosenOption[];
	paths: PlannedPath[];
}

/** Every combination of one option per choice; one scenario when the outcome has no choices. */
export function routeScenarios(outcome: Pick<FinderOutcome, 'paths' | 'choices'>): RouteScenario[] {
	let scenarios: { options: ChosenOption[]; entries: FinderOutcome['paths'] }[] = [{ options: [], entries: [...outcome.paths] }];
	for (const choice of outcome.choices ?? []) {
		scenarios = scenarios.flatMap((scenario) =>
			choice.options.map((option) => ({
				options: [...scenario.options, { choice: choice.id, option: option.id }],
				entries: [...scenario.entries, ...option.paths],
			})),
		);
	}
	return scenarios.map(({ options, entries }) => {
		// A path reached through two entries is taken once.
		const byPath = new Map<string, PlanEntry[]>();
		for (const entry of entries) byPath.set(entry.path, [...(byPath.get(entry.path) ?? []), entry]);
		return { options, paths: [...byPath].map(([id, each]) => plannedPath(id, each)) };
	});
}

/** A path's steps in groups: a step and the steps after it marked `alternative`, of which a plan takes one. */
export function alternativeGroups<S extends Pick<Step, 'alternative'>>(steps: readonly S[]): S[][] {
	const groups: S[][] = [];
	for (const step of steps) {
		const last = groups.at(-1);
		if (step.alternative && last) last.push(step);
		else groups.push([step]);
	}
	return groups;
}

/** For each path of a route, the step taken from each of its groups. */
export type StepChoice = ReadonlyMap<string, readonly string[]>;

/** Every way to take one step of each group of each path of `route`; `paths` gives each path's steps. */
export function stepChoices(
	route: RouteScenario,
	paths: ReadonlyMap<string, { steps: readonly Pick<Step, 'id' | 'alternative'>[] }>,
): StepChoice[] {
	let choices: Map<string, string[]>[] = [new Map()];
	for (const planned of route.paths) {
		const steps = paths.get(planned.id)?.steps ?? [];
		for (const [index, group] of alternativeGroups(steps).entries()) {
			choices = choices.flatMap((choice) =>
				stepsTaken(group, planned.alternatives).map((step) => {
					const next = new Map(choice);
					const taken = [...(next.get(planned.id) ?? [])];
					taken[index] = step.id;
					next.set(planned.id, taken);
					return next;
				}),
			);
		}
	}
	return choices;
}
