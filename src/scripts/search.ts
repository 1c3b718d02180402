/**
 * The search page's behaviour over Pagefind's Component UI: runs the query given in
 * /search/?q=… and keeps ?q in step; in Korean and Japanese, merges the English index and keeps
 * of it only the pages that stand in for an entry not yet translated (src/search/filters.ts);
 * draws each result as a link first, at the reader's own language's address; and filters by the
 * page's own filter pane, whose names and values are in the reader's language.
 */
import { fallbackFilter, indexFilter, searchWordsSection } from '../search/filters.ts';
import { ranking } from '../search/ranking.ts';

type FilterCounts = Record<string, Record<string, number>>;
type Filters = Record<string, unknown>;

interface Section {
	url: string;
	excerpt: string;
	locations: number[];
}

interface ResultData extends Section {
	meta: Record<string, string | undefined>;
	sub_results?: Section[];
}

interface PagefindInstance {
	searchTerm: string;
	searchFilters: Filters;
	triggerLoad(): Promise<void>;
	triggerSearch(term: string): void;
	triggerFilters(filters: Filters): void;
	on(event: 'search', handler: (term: string) => void): void;
	on(event: 'filters', handler: (filters: { available: FilterCounts }) => void): void;
}
declare global {
	interface Window {
		PagefindComponents?: {
			configureInstance(name: string, options: object): PagefindInstance;
		};
	}
}

/** What the page says about itself (search.astro's data attributes). */
export interface Settings {
	locale: string;
	/** The reader's language's home, e.g. /ko/ (under the site's base path). */
	home: string;
	/** The English home, e.g. / : English pages' addresses start with it. */
	root: string;
	bundle: string;
	/** "English", in the reader's language. */
	english: string;
	/** The name of each section in the reader's language, by collection id. */
	collections: Record<string, string>;
	/** "Reviewed {date}" in the reader's language. */
	reviewed: string;
}

export function settingsOf(data: Record<string, string | undefined>): Settings {
	return {
		locale: data.locale ?? 'en',
		home: data.home ?? '/',
		root: data.root ?? '/',
		bundle: data.bundle ?? '/pagefind/',
		english: data.english ?? 'English',
		collections: JSON.parse(data.collections ?? '{}') as Record<string, string>,
		reviewed: data.reviewed ?? '{date}',
	};
}

/** An element with a class and text, marked as English where `english`. */
function part(tag: string, className: string, text: string, english: boolean): HTMLElement {
	const element = document.createElement(tag);
	element.className = className;
	element.textContent = text;
	if (english) element.lang = 'en';
	return element;
}

/**
 * One result: its title as a link, summary, excerpt, then what it is and when it was reviewed.
 * Its classes are the site's own, not Pagefind's `pf-result…`, whose stylesheet would win over
 * the page's (it raises its selectors' weight) and draw the title as plain text.
 * A page from the merged English index is an entry the reader's language has no translation
 * of: it links to that language's page (which shows the English text in the reader's
 * interface), says its section and review date in the reader's language, and is marked English.
 */
export function drawResult(result: ResultData, settings: Settings): HTMLElement {
	const { meta } = result;
	const own = fromOwnIndex(result.url, settings);
	const path = result.url.slice(settings.root.length);
	const item = document.createElement('li');
	item.className = 'search-result';
	const title = part('p', 'search-title', '', !own);
	const link = part('a', 'search-link', meta.title ?? result.url, false) as HTMLAnchorElement;
	link.href = addressOf(result.url, settings);
	title.append(link);
	item.append(title);
	if (meta.summary) item.append(part('p', 'search-summary', meta.summary, !own));
	const quoted = excerptOf(result);
	if (quoted) {
		const excerpt = part('p', 'search-excerpt', '', !own);
		// Pagefind's excerpt is the page's text, escaped, with the matched words in <mark>.
		excerpt.innerHTML = quoted;
		item.append(excerpt);
	}
	const about = document.createElement('p');
	about.className = 'search-about';
	const kind = own ? meta.kind : settings.collections[path.split('/')[0] ?? ''];
	if (kind) about.append(part('span', 'search-kind', kind, false));
	const reviewed = own ? meta.reviewedOn : meta.reviewed && settings.reviewed.replace('{date}', formatDate(meta.reviewed, settings.locale));
	if (reviewed) about.append(part('span', 'reviewed', reviewed, false));
	if (!own) about.append(part('span', 'search-language', settings.english, false));
	item.append(about);
	return item;
}

/** Whether a result is one of the reader's language's own pages, not an English page merged in. */
const fromOwnIndex = (url: string, settings: Settings) => settings.locale === 'en' || url.startsWith(settings.home);

/** Where a result leads: an English page merged in stands for the same page in the reader's language. */
export function addressOf(url: string, settings: Settings): string {
	return fromOwnIndex(url, settings) ? url : `${settings.home}${url.slice(settings.root.length)}`;
}

/**
 * How Pagefind is set up for the page: its options (with, in Korean and Japanese, the English
 * index merged in), and the filters every search carries. `origin` is the page's.
 */
export function pagefindSetup(settings: Settings, origin: string): { options: object; filters: Filters } {
	const english = settings.locale !== 'en';
	return {
		options: {
			ranking,
			mergeFilter: { [indexFilter]: settings.locale },
			// Pagefind skips a merged index whose address the main one's starts with, taking it for the
			// same index; this is the same bundle's English index, so it is named by its full address.
			mergeIndex: english
				? [
						{
							bundlePath: new URL(settings.bundle, origin).href,
							baseUrl: settings.root,
							language: 'en',
							ranking,
							mergeFilter: { [indexFilter]: 'en' },
						},
					]
				: [],
		},
		// Of the English index, only the pages that stand in for this language's untranslated entries.
		filters: english ? { any: [{ [indexFilter]: settings.locale }, { [fallbackFilter]: settings.locale }] } : {},
	};
}

/**
 * The excerpt of the part of the page with the most matches, leaving out the hidden section of
 * extra search words (SearchText.astro): Pagefind cuts its page excerpt wherever the matches are,
 * and these words are not the page's text. A page found by them alone shows no excerpt.
 */
function excerptOf(result: ResultData): string {
	const sections = result.sub_results ?? [result];
	const visible = sections.filter((section) => !section.url.endsWith(`#${searchWordsSection}`) && section.locations.length > 0);
	return visible.sort((a, b) => b.locations.length - a.locations.length)[0]?.excerpt ?? '';
}

/** An ISO date (2026-11-30) as the reader's language writes it, as the pages do. */
function formatDate(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The filter pane's choices, as Pagefind filters: any of the values ticked in a group, every group. */
function chosenFilters(form: HTMLElement): Filters {
	const chosen: Record<string, string[]> = {};
	for (const input of form.querySelectorAll<HTMLInputElement>('input:checked')) (chosen[input.name] ??= []).push(input.value);
	return Object.fromEntries(Object.entries(chosen).map(([name, values]) => [name, { any: values }]));
}

/** Shows each filter value with the number of results it would leave, and hides those that would leave none. */
function showCounts(form: HTMLElement, available: FilterCounts, searching: boolean) {
	form.hidden = !searching;
	for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
		const count = available[input.name]?.[input.value] ?? 0;
		const label = input.closest('label');
		if (!label) continue;
		label.hidden = count === 0 && !input.checked;
		const counter = label.querySelector('.search-count');
		if (counter) counter.textContent = `(${count})`;
	}
}

export async function startSearch(): Promise<void> {
	const root = document.getElementById('search');
	const form = root?.querySelector<HTMLElement>('.search-filters');
	const results = root?.querySelector('pagefind-results') as
		(HTMLElement & { resultTemplate?: (result: ResultData) => HTMLElement }) | null;
	if (!root || !form || !results) return;
	const settings = settingsOf(root.dataset);
	await customElements.whenDefined('pagefind-input');
	const { options, filters: base } = pagefindSetup(settings, location.origin);
	const instance = window.PagefindComponents?.configureInstance('default', options);
	if (!instance) return;
	results.resultTemplate = (result) => drawResult(result, settings);
	instance.searchFilters = base;
	form.addEventListener('change', () => instance.triggerFilters({ ...base, ...chosenFilters(form) }));
	instance.on('filters', ({ available }) => showCounts(form, available, instance.searchTerm.trim() !== ''));
	// Fetch Pagefind's script, WebAssembly and filters now, while the reader reads or types, so
	// the first query waits only for its own index chunks.
	void instance.triggerLoad();
	const query = new URLSearchParams(location.search).get('q')?.trim();
	if (query) {
		const input = document.querySelector<HTMLInputElement>('pagefind-input input');
		if (input) input.value = query;
		instance.triggerSearch(query);
	}
	instance.on('search', (term) => {
		const url = new URL(location.href);
		if (term) url.searchParams.set('q', term);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
	});
}
