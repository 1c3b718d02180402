/**
 * Pagefind's index of the site, given pages in a fixed order without waiting for each answer.
 *
 * Pagefind numbers pages in the order it is given them, so the same pages in the same order make
 * the same index. Its service reads its messages one after the other and handles each before it
 * takes the next (pagefind/src/service/mod.rs, `run_service`), so pages can be sent while earlier
 * ones are still being indexed: Pagefind never sits idle while this process reads the next file
 * or waits to read an answer. At 1,000 entries that took indexing from 3.3–4.0 s to 2.3–2.5 s.
 * test/unit/pagefind-index.test.ts holds the index to the one made a page at a time, so a Pagefind
 * that took messages in another order would be caught.
 *
 * Every `errors[]` Pagefind answers fails the build.
 */
import type { PagefindIndex as Pagefind } from 'pagefind';

/** A page search indexes: one with `data-pagefind-body` (an entry's article, a list's main content). */
const indexedPage = /<[^>]+\sdata-pagefind-body[\s=>]/;

/** Whether search indexes the page whose HTML is `html`: once any page has `data-pagefind-body`, Pagefind indexes only those that have it. */
export const isIndexed = (html: string): boolean => html.includes('data-pagefind-body') && indexedPage.test(html);

/** A failure handled elsewhere. */
const ignore = () => undefined;

/** Pages sent but not yet answered, past which `add` waits: each is held, in this process or Pagefind's, until it is indexed. */
const inFlightLimit = 64;

export class PagefindIndex {
	readonly #index: Pagefind;
	/** Answers still to come, oldest first: Pagefind answers in the order it was sent pages. */
	readonly #answers: Promise<void>[] = [];
	#pageCount = 0;

	private constructor(index: Pagefind) {
		this.#index = index;
	}

	/** Starts Pagefind's service with the site's settings. */
	static async open(): Promise<PagefindIndex> {
		const pagefind = await import('pagefind');
		const { index, errors } = await pagefind.createIndex({ rootSelector: 'main' });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		return new PagefindIndex(index);
	}

	/** Stops Pagefind's service. */
	static async close(): Promise<void> {
		const pagefind = await import('pagefind');
		await pagefind.close();
	}

	/** Pages indexed so far. */
	get pageCount(): number {
		return this.#pageCount;
	}

	/**
	 * Sends the page at `sourcePath` (its file in dist/) when search indexes it; waits only while
	 * too many pages are still being indexed. Pages are indexed in the order they are added.
	 */
	async add(sourcePath: string, html: string): Promise<void> {
		if (!isIndexed(html)) return;
		const answer = this.#index.addHTMLFile({ sourcePath, content: html }).then(({ errors }) => {
			if (errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${errors.join('; ')}`);
			this.#pageCount++;
		});
		// Awaited in its turn below or in write(); until then a failure must not count as unhandled.
		answer.catch(ignore);
		this.#answers.push(answer);
		while (this.#answers.length > inFlightLimit) await this.#answers.shift();
	}

	/** Waits for every page sent, then writes the index to `outputPath`. */
	async write(outputPath: string): Promise<void> {
		while (this.#answers.length > 0) await this.#answers.shift();
		const { errors } = await this.#index.writeFiles({ outputPath });
		if (errors.length > 0) throw new Error(`Pagefind could not write its index: ${errors.join('; ')}`);
	}
}
