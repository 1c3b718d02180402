/** Links and components in bodies point at pages, anchors, steps, entries and terms that exist. */
import { collectionNames } from '../../schema/collections.ts';
import { entryHref, parseEntryRef } from '../../schema/routes.ts';
import { bodyComponents as allowedComponents } from '../../schema/body-elements.ts';
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic, type Position } from '../diagnostic.ts';
import type { EntryRecord } from '../entry-record.ts';
import { didYouMean } from '../suggest.ts';
import { missingEntry } from './references.ts';

function checkLink(index: ContentIndex, entry: EntryRecord, url: string, at: Position): Diagnostic | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined; // another site
	// Only MDX entries have a body; the route finder has none.
	if (entry.collection === 'finder') return undefined;
	const ownRoute = entryHref(entry.collection, entry.id);
	const [beforeHash, hash] = url.split('#', 2) as [string, string | undefined];
	const route = beforeHash.split('?')[0];
	if (route !== '' && !route.startsWith('/')) {
		return diagnostic(
			'broken-link',
			entry.file,
			at,
			`The link \`${url}\` is relative, so where it leads depends on the page it appears on.`,
			'Write site links from the root, e.g. `/cros/cmic/` or `/paths/ctl-approval/#step-apply`.',
		);
	}
	const target = route === '' ? ownRoute.split('#')[0] : route;
	const anchors = index.anchors.get(target);
	if (!anchors) {
		const withSlash = index.anchors.has(`${target}/`);
		const ref = parseEntryRef(target.replace(/^\/|\/$/g, ''));
		if (!withSlash && ref) {
			const problem = missingEntry(index, ref.collection, ref.id, `The link \`${url}\``);
			return diagnostic('broken-link', entry.file, at, problem.message, problem.hint);
		}
		return diagnostic(
			'broken-link',
			entry.file,
			at,
			`The link \`${url}\` leads to a page that will not exist.`,
			withSlash
				? `Add the closing slash: \`${target}/${hash === undefined ? '' : `#${hash}`}\`.`
				: `Link to a page of this site, e.g. ${['/paths/', '/cros/', '/glossary/'].map((r) => `\`${r}\``).join(', ')}.${didYouMean(target, index.anchors.keys())}`,
		);
	}
	if (hash !== undefined && hash !== '' && !anchors.has(hash)) {
		const isStep = hash.startsWith('step-');
		return diagnostic(
			'broken-anchor',
			entry.file,
			at,
			isStep
				? `The link \`${url}\` points to step \`${hash.slice(5)}\`, which that path does not have.`
				: `The link \`${url}\` points to \`#${hash}\`, which is not on that page.`,
			`Anchors on ${target}: ${
				[...anchors]
					.filter((a) => a !== 'main')
					.slice(0, 12)
					.map((a) => `\`#${a}\``)
					.join(', ') || 'none but #main'
			}.${didYouMean(hash, anchors)}`,
		);
	}
	return undefined;
}

function checkComponent(
	index: ContentIndex,
	entry: EntryRecord,
	component: { name: string; attributes: Record<string, string>; at: Position },
): Diagnostic | undefined {
	const { name, attributes, at } = component;
	if (!(name in allowedComponents)) {
		return diagnostic(
			'unknown-component',
			entry.file,
			at,
			`The body uses \`<${name}>\`, which the site does not provide.`,
			`Use one of ${Object.keys(allowedComponents)
				.map((c) => `<${c}>`)
				.join(', ')}.${didYouMean(name, Object.keys(allowedComponents))}`,
		);
	}
	const attribute = allowedComponents[name as keyof typeof allowedComponents];
	const value = attributes[attribute];
	if (value === undefined) {
		return diagnostic(
			'unknown-component-id',
			entry.file,
			at,
			`\`<${name}>\` has no \`${attribute}\`.`,
			name === 'Ref' ? 'Write it as <Ref to="cros/cmic" />.' : `Write it as <${name} ${attribute}="…">.`,
		);
	}
	if (name === 'Step') {
		if (entry.collection !== 'paths')
			return diagnostic(
				'unknown-component-id',
				entry.file,
				at,
				'`<Step>` is only for the body of a path.',
				'Use a heading or a list instead, or link to the step: [text](/paths/<id>/#step-<step>).',
			);
		const steps = index.steps.get(entry.id) ?? new Set<string>();
		if (!steps.has(value))
			return diagnostic(
				'unknown-component-id',
				entry.file,
				at,
				`\`<Step id="${value}">\` names a step this path does not declare.`,
				`Declare it under \`steps:\` in the frontmatter, or use one of: ${[...steps].map((s) => `\`${s}\``).join(', ')}.${didYouMean(value, steps)}`,
			);
		return undefined;
	}
	if (name === 'Term') {
		if (index.ids.get('glossary')?.has(value)) return undefined;
		return diagnostic(
			'unknown-component-id',
			entry.file,
			at,
			`\`<Term id="${value}">\` names a term that is not in the glossary.`,
			`Add \`${value}\` to content/glossary.yaml, or use an existing term.${didYouMean(value, index.ids.get('glossary') ?? [])}`,
		);
	}
	const ref = parseEntryRef(value);
	if (!ref) {
		return diagnostic(
			'unknown-component-id',
			entry.file,
			at,
			`\`<Ref to="${value}">\` is not written as collection/id.`,
			`Write it as <Ref to="cros/cmic" />; collections are ${collectionNames.join(', ')}.`,
		);
	}
	if (index.ids.get(ref.collection)?.has(ref.id)) return undefined;
	const problem = missingEntry(index, ref.collection, ref.id, `\`<Ref to="${value}">\``);
	return diagnostic('unknown-component-id', entry.file, at, problem.message, problem.hint);
}

export function bodyProblems(index: ContentIndex, entry: EntryRecord): Diagnostic[] {
	const result: Diagnostic[] = [];
	if (!entry.body) return result;
	for (const link of entry.body.links) {
		const problem = checkLink(index, entry, link.url, link.at);
		if (problem) result.push(problem);
	}
	for (const component of entry.body.components) {
		const problem = checkComponent(index, entry, component);
		if (problem) result.push(problem);
	}
	return result;
}
