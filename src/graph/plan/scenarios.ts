/**
 * The routes a plan can take. An outcome's `choices` are exclusive options (full approval
 * outright, or a conditional approval first), and a path's steps can be alternatives to one
 * another (an inspection on site, or on paper): a plan counts one option at a time, so its
 * figures are worked out for every combination — a scenario — and given as ranges over them.
 */
import type { FinderOutcome } from '../../schema/finder.ts';
import type { Path, Step } from '../../schema/index.ts';

/** A path as a plan takes it: the outcome's entry for it and whether it comes after the plan's outcome. */
export interface PlannedPath {
	id: string;
	entry: FinderOutcome['paths'][number];
	afterOutcome: boolean;
}

/** One choice's chosen option. */
export interface ChosenOption {
	choice: string;
	option: string;
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
		// A path reached through two entries is taken once; before the outcome if either entry says so.
		const paths = new Map<string, PlannedPath>();
		for (const entry of entries) {
			const known = paths.get(entry.path);
			const afterOutcome = entry.afterOutcome === true && (known?.afterOutcome ?? true);
			paths.set(entry.path, { id: entry.path, entry: known?.entry ?? entry, afterOutcome });
		}
		return { options, paths: [...paths.values()] };
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
export function stepChoices(route: RouteScenario, paths: ReadonlyMap<string, Pick<Path, 'steps'>>): StepChoice[] {
	let choices: Map<string, string[]>[] = [new Map()];
	for (const planned of route.paths) {
		const steps = paths.get(planned.id)?.steps ?? [];
		for (const [index, group] of alternativeGroups(steps).entries()) {
			choices = choices.flatMap((choice) =>
				group.map((step) => {
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
