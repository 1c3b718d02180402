/** Step references resolve; step ids are unique; steps and prerequisites have no cycles. */
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic } from '../diagnostic.ts';
import type { EntryRecord } from '../entry-record.ts';
import { didYouMean } from '../suggest.ts';
import { fieldName } from './schema.ts';

/** The path a step reference belongs to: its own entry, or the path named by the sibling field `pathField`. */
function owningPath(entry: EntryRecord, path: readonly (string | number)[], pathField: string | undefined): string | undefined {
	if (!pathField) return entry.id;
	const parent = path.slice(
		0,
		path.findLastIndex((segment) => typeof segment === 'string'),
	);
	const siblingPath = [...parent, pathField].join('/');
	return entry.references.find((reference) => reference.path.join('/') === siblingPath)?.value;
}

export function stepReferenceProblems(index: ContentIndex, entry: EntryRecord): Diagnostic[] {
	const result: Diagnostic[] = [];
	for (const reference of entry.references) {
		if (reference.target.kind !== 'step') continue;
		const pathId = owningPath(entry, reference.path, reference.target.pathField);
		const steps = pathId === undefined ? undefined : index.steps.get(pathId);
		if (!steps || steps.has(reference.value)) continue; // an unknown path is reported as a reference
		result.push(
			diagnostic(
				'unknown-step',
				entry.file,
				index.locate(entry, reference.path),
				`\`${fieldName(reference.path)}\` names step \`${reference.value}\`, but path \`${pathId}\` has no such step.`,
				`Use one of its step ids: ${[...steps].map((s) => `\`${s}\``).join(', ')}.${didYouMean(reference.value, steps)}`,
			),
		);
	}
	return result;
}

export function duplicateStepProblems(index: ContentIndex, entry: EntryRecord): Diagnostic[] {
	const result: Diagnostic[] = [];
	const seen = new Map<string, number>();
	for (const step of entry.steps) {
		const first = seen.get(step.id);
		if (first !== undefined) {
			const firstLine = index.locate(entry, ['steps', first, 'id']).line;
			result.push(
				diagnostic(
					'duplicate-id',
					entry.file,
					index.locate(entry, ['steps', step.index, 'id']),
					`Two steps have the id \`${step.id}\` (the first is on line ${firstLine}).`,
					'Give each step of a path its own id; links and CROs point at steps by id.',
				),
			);
		} else seen.set(step.id, step.index);
	}
	return result;
}

interface Edge {
	to: string;
	entry: EntryRecord;
	path: readonly (string | number)[];
}

/** Each cycle once, as the list of its nodes starting from the smallest, with the edge that closes it. */
function findCycles(graph: Map<string, Edge[]>): { nodes: string[]; edges: Edge[] }[] {
	const cycles = new Map<string, { nodes: string[]; edges: Edge[] }>();
	const state = new Map<string, 'visiting' | 'done'>();
	const stack: string[] = [];
	const edgeStack: Edge[] = [];
	const visit = (node: string) => {
		state.set(node, 'visiting');
		stack.push(node);
		for (const edge of graph.get(node) ?? []) {
			edgeStack.push(edge);
			if (state.get(edge.to) === 'visiting') {
				const start = stack.indexOf(edge.to);
				const nodes = stack.slice(start);
				const edges = edgeStack.slice(edgeStack.length - nodes.length);
				const smallest = nodes.indexOf([...nodes].sort()[0]);
				const rotated = [...nodes.slice(smallest), ...nodes.slice(0, smallest)];
				const rotatedEdges = [...edges.slice(smallest), ...edges.slice(0, smallest)];
				cycles.set(rotated.join('→'), { nodes: rotated, edges: rotatedEdges });
			} else if (!state.has(edge.to)) {
				visit(edge.to);
			}
			edgeStack.pop();
		}
		stack.pop();
		state.set(node, 'done');
	};
	for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
	return [...cycles.values()];
}

/** A cycle, reported at the edge that closes it, with its nodes written as a circle (a → b → a). */
function cycleDiagnostic(
	index: ContentIndex,
	cycle: { nodes: string[]; edges: Edge[] },
	code: 'step-cycle' | 'prerequisite-cycle',
	message: (circle: string) => string,
	hint: string,
): Diagnostic {
	const closing = cycle.edges[0];
	return diagnostic(
		code,
		closing.entry.file,
		index.locate(closing.entry, closing.path),
		message([...cycle.nodes, cycle.nodes[0]].join(' → ')),
		hint,
	);
}

/** The steps of one path wait for each other in a circle. */
export function stepCycleProblems(index: ContentIndex, entry: EntryRecord): Diagnostic[] {
	if (entry.collection !== 'paths' || entry.kind !== 'entry') return [];
	// With duplicate step ids the order is ambiguous; duplicate-id reports that first.
	if (new Set(entry.steps.map((step) => step.id)).size !== entry.steps.length) return [];
	const order = new Map<string, Edge[]>();
	for (const reference of entry.references) {
		// Only `after`: a step under `waitsFor` belongs to another path, and a circle through it is a plan's (rules/plans.ts).
		if (reference.target.kind !== 'step' || reference.target.pathField || reference.path[0] !== 'steps') continue;
		const step = entry.steps.find((s) => s.index === reference.path[1])?.id;
		if (!step) continue;
		order.set(step, [...(order.get(step) ?? []), { to: reference.value, entry, path: reference.path }]);
	}
	return findCycles(order).map((cycle) =>
		cycleDiagnostic(
			index,
			cycle,
			'step-cycle',
			(circle) => `Steps wait for each other in a circle: ${circle}, so none of them can start.`,
			'Remove one of these `after` entries so the steps have an order.',
		),
	);
}

/** Paths require each other in a circle: a rule over all paths. */
export function checkPrerequisiteCycles(index: ContentIndex): Diagnostic[] {
	const result: Diagnostic[] = [];
	const prerequisites = new Map<string, Edge[]>();
	for (const entry of index.entries) {
		if (entry.collection !== 'paths' || entry.kind !== 'entry') continue;
		prerequisites.set(
			entry.id,
			entry.references
				.filter((r) => r.path[0] === 'prerequisites' && r.target.kind === 'entry')
				.map((r) => ({ to: r.value, entry, path: r.path })),
		);
	}
	for (const cycle of findCycles(prerequisites)) {
		result.push(
			cycleDiagnostic(
				index,
				cycle,
				'prerequisite-cycle',
				(circle) => `Paths require each other in a circle: ${circle}, so none of them can be started.`,
				'Remove one of these prerequisites; use `related` for paths that belong together without an order.',
			),
		);
	}
	return result;
}
