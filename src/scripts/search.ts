/** Starts Pagefind's UI on /search/ and runs the query given in ?q=. */
interface PagefindUIInstance {
	triggerSearch(term: string): void;
}
declare global {
	interface Window {
		PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
	}
}

export function startSearch(): void {
	if (!window.PagefindUI) return;
	const ui = new window.PagefindUI({ element: '#search', showSubResults: false, resetStyles: false, showEmptyFilters: false });
	const query = new URLSearchParams(location.search).get('q');
	if (query) ui.triggerSearch(query);
}
