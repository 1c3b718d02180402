/**
 * When each step of a plan can start and finish, and how long the plan takes to its outcome: the
 * longest chain of steps through the graph (the critical path), once with the shortest time each
 * source states and once with the longest. A step no source times counts as taking no time in
 * the sum, and is named: "at least nine months, plus the clinical trial, whose length no source
 * gives". What comes after the outcome is never part of the time to it.
 */
import { planOutcomeKey, topologicalOrder, type PlanNode } from './step-graph.ts';

export interface Schedule {
	/** Days from the start of the plan to its outcome: the shortest, and the longest. */
	toOutcome: { min: number; max: number };
	/** Each node's earliest start and finish, in days, with the longest times. */
	start: Map<string, number>;
	finish: Map<string, number>;
	/** Steps before the outcome with no sourced time that lie on a longest chain to it: the plan may take longer by their length. */
	unknownOnChain: PlanNode[];
	/** Steps before the outcome with no sourced time that run beside the longest chain. */
	unknownAlongside: PlanNode[];
	/** The nodes in the order they can be taken. */
	order: PlanNode[];
}

const epsilon = 1e-6;

export class PlanCycleError extends Error {
	readonly cycle: string[];
	constructor(cycle: string[]) {
		super(`The steps of the plan wait for each other in a circle: ${cycle.join(' → ')}`);
		this.cycle = cycle;
	}
}

export function schedule(nodes: readonly PlanNode[]): Schedule {
	const sorted = topologicalOrder(nodes);
	if ('cycle' in sorted) throw new PlanCycleError(sorted.cycle);
	const { order } = sorted;
	const finishes = (length: (node: PlanNode) => number) => {
		const start = new Map<string, number>();
		const finish = new Map<string, number>();
		for (const node of order) {
			const begins = Math.max(0, ...node.waits.map((wait) => finish.get(wait) ?? 0));
			start.set(node.key, begins);
			finish.set(node.key, begins + length(node));
		}
		return { start, finish };
	};
	const shortest = finishes((node) => node.days?.min ?? 0);
	const longest = finishes((node) => node.days?.max ?? 0);
	const total = longest.finish.get(planOutcomeKey) ?? 0;

	// Latest finish of each node that still lets the outcome come at `total`: a node whose latest
	// finish is its earliest lies on a longest chain. Only nodes the outcome waits for count.
	const latest = new Map<string, number>([[planOutcomeKey, total]]);
	for (const node of [...order].reverse()) {
		const mustFinish = latest.get(node.key);
		if (mustFinish === undefined) continue;
		const mustStart = mustFinish - (node.days?.max ?? 0);
		for (const wait of node.waits) latest.set(wait, Math.min(latest.get(wait) ?? Infinity, mustStart));
	}
	const beforeOutcome = order.filter((node) => latest.has(node.key) && node.step && !node.afterOutcome);
	const unknown = beforeOutcome.filter((node) => !node.days && !node.instant);
	const onChain = (node: PlanNode) => Math.abs((latest.get(node.key) ?? Infinity) - (longest.finish.get(node.key) ?? 0)) < epsilon;
	return {
		toOutcome: { min: shortest.finish.get(planOutcomeKey) ?? 0, max: total },
		start: longest.start,
		finish: longest.finish,
		unknownOnChain: unknown.filter(onChain),
		unknownAlongside: unknown.filter((node) => !onChain(node)),
		order,
	};
}
