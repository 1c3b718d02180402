/** Links and components in bodies point at pages, anchors, steps, entries and terms that exist. */
import GithubSlugger from 'github-slugger';
import { collectionNames } from '../../schema/collections.ts';
import { isLayoutId, layoutIdPrefixes } from '../../schema/page-ids.ts';
import { translationLocales } from '../../schema/locales.ts';
import { entryHref, parseEntryRef } from '../../schema/routes.ts';
import { imageFolder } from '../../schema/url-policy.ts';
import { maxSuggestionsPerFile } from '../limits.ts';
import { bodyComponents as allowedComponents } from '../../schema/body-elements.ts';
import type { ContentIndex } from '../content-index.ts';
import { diagnostic, type Diagnostic, type Position } from '../diagnostic.ts';
import type { EntryRecord } from '../entry-record.ts';
import { closest, didYouMean } from '../suggest.ts';
import { missingEntry } from './references.ts';

/** Routes grouped by their first segment (`/cros/…`), so a suggestion for a broken link is sought among its own kind of page. */
const routesBySection = new WeakMap<ContentIndex['anchors'], Map<string, string[]>>();
function sameSection(index: ContentIndex, route: string): string[] {
	let sections = routesBySection.get(index.anchors);
	if (!sections) {
		sections = new Map();
		for (const known of index.anchors.keys()) {
			const section = known.split('/')[1] ?? '';
			sections.set(section, [...(sections.get(section) ?? []), known]);
		}
		routesBySection.set(index.anchors, sections);
	}
	const section = route.split('/')[1] ?? '';
	// A misspelt section (/cro/cmic/) is sought among the routes of the section it is closest to (/cros/…).
	return sections.get(section) ?? sections.get(closest(section, sections.keys()) ?? '') ?? [];
}

function checkLink(
	index: ContentIndex,
	entry: EntryRecord,
	url: string,
	at: Position,
	suggest: (word: string, candidates: Iterable<string>) => string,
): Diagnostic | undefined {
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
	// A translation's body is shown on the page in its language: that page's anchors, where it has a translated body.
	const anchors = (entry.lang ? index.localAnchors.get(entry.lang)?.get(target) : undefined) ?? index.anchors.get(target);
	// An address copied from the Korean or Japanese site: the page exists, under its English route.
	const [, language, rest] = /^\/([a-z]{2})(\/.*)$/.exec(target) ?? [];
	if (!anchors && language && (translationLocales as readonly string[]).includes(language) && index.anchors.has(rest)) {
		return diagnostic(
			'broken-link',
			entry.file,
			at,
			`The link \`${url}\` names the ${language === 'ko' ? 'Korean' : 'Japanese'} address of a page; links in content use the English address.`,
			`Write \`${rest}${hash === undefined ? '' : `#${hash}`}\`: the site adds /${language}/ on ${language === 'ko' ? 'Korean' : 'Japanese'} pages by itself.`,
		);
	}
	// A GitHub-style link to the file (`/cros/cmic.mdx`): the page is at the entry's route.
	const fileLink = /^(\/[a-z]+\/[a-z0-9-]+)(?:\.[a-z]{2})?\.mdx$/.exec(target);
	if (!anchors && fileLink && index.anchors.has(`${fileLink[1]}/`)) {
		return diagnostic(
			'broken-link',
			entry.file,
			at,
			`The link \`${url}\` names the file of an entry, not its page.`,
			`Write \`${fileLink[1]}/\`: that is the page the file makes.`,
		);
	}
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
				: `Link to a page of this site, e.g. ${['/paths/', '/cros/', '/glossary/'].map((r) => `\`${r}\``).join(', ')}.${suggest(target, sameSection(index, target))}`,
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
			}.${suggest(hash, anchors)}`,
		);
	}
	return undefined;
}

/** A body heading whose id would be one the page's layout uses: the reader's "[1]" or a step link would land on it. */
function reservedHeadings(entry: EntryRecord): Diagnostic[] {
	const slugger = new GithubSlugger();
	const result: Diagnostic[] = [];
	entry.body?.headings.forEach((heading, index) => {
		const id = slugger.slug(heading);
		if (!isLayoutId(id)) return;
		result.push(
			diagnostic(
				'reserved-id',
				entry.file,
				entry.body?.headingsAt[index] ?? { line: 1, column: 1 },
				`The heading "${heading.slice(0, 60)}" would get the id \`${id}\`, which the page itself uses.`,
				`Reword the heading so it does not start with ${layoutIdPrefixes.map((prefix) => `"${prefix.replace(/-$/, '')}"`).join(', ')} or read "main": a link to that part of the page would otherwise land on the heading.`,
			),
		);
	});
	return result;
}

/** Images name files that public/images/ has, of the type their names say. */
function missingImages(index: ContentIndex, entry: EntryRecord): Diagnostic[] {
	return (entry.body?.images ?? []).flatMap((image) =>
		index.images.has(image.file)
			? []
			: [
					diagnostic(
						'broken-image',
						entry.file,
						image.at,
						`The image \`${imageFolder.route}${image.file}\` is not a file in ${imageFolder.repository}/.`,
						`Add the image to ${imageFolder.repository}/${image.file} in the same pull request, or correct the name.${didYouMean(image.file, index.images)}`,
					),
				],
	);
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
	// "Did you mean" compares a word with every candidate: after the first few broken links of a file, the links are reported without it, so a file of broken links is still checked at once.
	let suggestions = 0;
	const suggest = (word: string, candidates: Iterable<string>) =>
		++suggestions > maxSuggestionsPerFile ? '' : didYouMean(word, candidates);
	for (const link of entry.body.links) {
		const problem = checkLink(index, entry, link.url, link.at, suggest);
		if (problem) result.push(problem);
	}
	result.push(...reservedHeadings(entry), ...missingImages(index, entry));
	for (const component of entry.body.components) {
		const problem = checkComponent(index, entry, component);
		if (problem) result.push(problem);
	}
	return result;
}
