/** Runs the query given in /search/?q=… once Pagefind's components are ready, and keeps ?q in step. */
import { ranking } from '../search/ranking.ts';

interface PagefindInstance {
	triggerLoad(): Promise<void>;
	triggerSearch(term: string): void;
	on(event: 'search', handler: (term: string) => void): void;
}
declare global {
	interface Window {
		PagefindComponents?: {
			getInstanceManager(): { getInstance(name?: string): PagefindInstance };
			configureInstance(name: string, options: object): PagefindInstance;
		};
	}
}

export async function startSearch(): Promise<void> {
	await customElements.whenDefined('pagefind-input');
	const instance = window.PagefindComponents?.configureInstance('default', { ranking });
	if (!instance) return;
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
