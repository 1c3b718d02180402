/** Reads built pages with a real HTML parser (parse5), for link and script checks. */
import { parse } from 'parse5';

interface Node {
	nodeName: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
	content?: Node;
}

export interface PageFacts {
	ids: Set<string>;
	hrefs: string[];
	/** Scripts that run: external or inline, leaving out data blocks (JSON-LD, Pagefind templates). */
	scripts: string[];
}

export function pageFacts(html: string): PageFacts {
	const facts: PageFacts = { ids: new Set(), hrefs: [], scripts: [] };
	const visit = (node: Node) => {
		const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
		const id = attr('id');
		if (id) facts.ids.add(id);
		if ((node.nodeName === 'a' || node.nodeName === 'link') && attr('href') !== undefined) facts.hrefs.push(attr('href')!);
		const type = attr('type');
		const runs = type === undefined || type === '' || type === 'module' || /javascript/.test(type);
		if (node.nodeName === 'script' && runs) facts.scripts.push(attr('src') ?? 'inline');
		for (const child of node.childNodes ?? []) visit(child);
		if (node.content) visit(node.content);
	};
	visit(parse(html) as unknown as Node);
	return facts;
}

/** The text a reader sees: everything but elements marked `hidden`, scripts and styles. */
export function visibleText(html: string): string {
	const parts: string[] = [];
	const visit = (node: Node & { value?: string }) => {
		if (node.attrs?.some((attr) => attr.name === 'hidden') || node.nodeName === 'script' || node.nodeName === 'style') return;
		if (node.nodeName === '#text' && node.value) parts.push(node.value);
		for (const child of node.childNodes ?? []) visit(child);
	};
	visit(parse(html) as unknown as Node);
	return parts.join(' ');
}

export interface Heading {
	level: number;
	text: string;
	/** The language the heading is in: its own `lang`, or the nearest ancestor's. */
	lang: string | undefined;
}

/** The headings of a page, in order, with the language each is marked as. */
export function headings(html: string): Heading[] {
	const found: Heading[] = [];
	const textOf = (node: Node & { value?: string }): string =>
		node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map((child) => textOf(child)).join('');
	const visit = (node: Node, lang: string | undefined) => {
		const own = node.attrs?.find((attr) => attr.name === 'lang')?.value;
		const current = own ?? lang;
		const level = /^h([1-6])$/.exec(node.nodeName)?.[1];
		if (level) found.push({ level: Number(level), text: textOf(node).trim(), lang: current });
		for (const child of node.childNodes ?? []) visit(child, current);
	};
	visit(parse(html) as unknown as Node, undefined);
	return found;
}

/**
 * How much of a page's reading text is English: the share of its letters that are Latin, in
 * `<main>` without hidden elements, code, and the list of sources (a citation keeps its
 * publisher's own title). Korean and Japanese are counted by their letters (Hangul, kana, kanji);
 * names such as PMDA are Latin and count as English, which the threshold allows for.
 */
export function englishShare(html: string): { share: number; letters: number } {
	let latin = 0;
	let cjk = 0;
	const visit = (node: Node & { value?: string }, inMain: boolean) => {
		const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
		if (node.attrs?.some((a) => a.name === 'hidden') || ['script', 'style', 'code', 'pre'].includes(node.nodeName)) return;
		if (node.nodeName === 'section' && attr('aria-labelledby') === 'sources-heading') return;
		const main = inMain || (node.nodeName === 'main' && attr('id') === 'main');
		if (main && node.nodeName === '#text' && node.value) {
			latin += (node.value.match(/[A-Za-z]/g) ?? []).length;
			cjk += (node.value.match(/[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu) ?? []).length;
		}
		for (const child of node.childNodes ?? []) visit(child, main);
	};
	visit(parse(html) as unknown as Node, false);
	const letters = latin + cjk;
	return { share: letters === 0 ? 0 : latin / letters, letters };
}
