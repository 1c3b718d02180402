/**
 * What a route-finder outcome means for a company: its paths in order with their steps, who
 * decides each step and who can help, one timeline of the paths taken one after another, the
 * fees sources state summed by currency, and, for a zone company, the zone's benefits for those
 * paths. Derived from the catalogue's relations; no page scans a collection.
 */
import type { FinderOutcome } from '../schema/finder.ts';
import type { Benefit, Cro, Path, Step } from '../schema/index.ts';
import type { Entry } from './catalogue.ts';
import type { Relations } from './relations.ts';
import { timeToOutcome, type TimeToOutcome } from './timeline.ts';

export interface PlanStep {
	step: Step;
	/** CROs of the directory that declare support for this step or its whole path. */
	cros: Entry<Cro>[];
}

export interface PlanPath {
	id: string;
	path: Path;
	why: FinderOutcome['paths'][number];
	steps: PlanStep[];
	/** The path's time to its outcome, from its steps' sourced times. */
	time?: TimeToOutcome;
}

export interface PlanBar {
	id: string;
	title: string;
	/** Days from the start of the plan. */
	start: number;
	/** Days; 0 when no source states the path's time. */
	length: number;
	known: boolean;
}

export interface PlanFee {
	pathId: string;
	path: Path;
	step: Step;
	fee: Step['fees'][number];
}

export interface Plan {
	paths: PlanPath[];
	/** The paths laid one after another, each for the longest time its sources state. */
	bars: PlanBar[];
	/** Days, for the whole plan: shortest and longest. */
	total: { min: number; max: number };
	/** Every fee a source states, by currency, with the sum. */
	fees: { currency: string; total: number; fees: PlanFee[] }[];
	/** The zone's benefits that help with the plan's paths, when the company is in a zone. */
	benefits: Entry<Benefit>[];
	/** Every CRO that can help with a step of the plan, once each, in the order the steps name them. */
	cros: Entry<Cro>[];
}

/** Each entry once, where it first appears. */
const onceEach = <T extends { id: string }>(entries: T[]): T[] => [...new Map(entries.map((entry) => [entry.id, entry])).values()];

export function planOf(outcome: FinderOutcome, relations: Relations, paths: ReadonlyMap<string, Path>, zone?: string): Plan {
	const planned: PlanPath[] = outcome.paths.flatMap((why) => {
		const path = paths.get(why.path);
		if (!path) return [];
		const steps = path.steps.map((step) => ({ step, cros: relations.crosForStep(why.path, step.id) }));
		return [{ id: why.path, path, why, steps, time: timeToOutcome(path.steps) }];
	});
	let start = 0;
	let min = 0;
	const bars = planned.map((item) => {
		const bar = { id: item.id, title: item.path.title, start, length: item.time?.max ?? 0, known: item.time !== undefined };
		start += bar.length;
		min += item.time?.min ?? 0;
		return bar;
	});
	const byCurrency = new Map<string, PlanFee[]>();
	for (const item of planned) {
		for (const { step } of item.steps) {
			for (const fee of step.fees) {
				if (fee.amount === undefined || fee.currency === undefined) continue;
				const list = byCurrency.get(fee.currency) ?? [];
				list.push({ pathId: item.id, path: item.path, step, fee });
				byCurrency.set(fee.currency, list);
			}
		}
	}
	// benefitsForPath already holds only the benefits that help with that path.
	const benefits = zone
		? onceEach(planned.flatMap((item) => relations.benefitsForPath(item.id))).filter((benefit) => benefit.data.zone === zone)
		: [];
	const cros = onceEach(planned.flatMap((item) => item.steps.flatMap((step) => step.cros)));
	return {
		paths: planned,
		bars,
		total: { min, max: start },
		fees: [...byCurrency].map(([currency, fees]) => ({
			currency,
			total: fees.reduce((sum, item) => sum + (item.fee.amount ?? 0), 0),
			fees,
		})),
		benefits,
		cros,
	};
}
