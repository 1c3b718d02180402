/**
 * Makes the CRO directory's filters (which work without JavaScript, through /cros/filters.css)
 * say what they did and remember it: the count is written and announced (role=status), "no
 * organisation matches" is shown when none does, and the filter state lives in the URL
 * (?service=…&stage=…), so a filtered view can be shared and reloaded. The words come from the
 * page (the form's data-count and data-showing), in its language.
 */
import { fill } from '../i18n/fill.ts';

export function startDirectoryFilter(): void {
	const directory = document.querySelector<HTMLElement>('#cro-directory');
	const form = document.querySelector<HTMLElement>('#cro-filters');
	const clear = document.querySelector<HTMLAnchorElement>('#cro-filters .clear-filters');
	const items = [...document.querySelectorAll<HTMLLIElement>('#cro-list > li')];
	const count = document.querySelector('#cro-count-text');
	const noMatch = document.querySelector<HTMLElement>('#cro-no-match');
	if (!directory || !form || !clear || !count || !noMatch) return;
	// From here the script keeps the count; the stylesheet's own count (for readers without scripts) steps aside.
	directory.dataset.scripted = '';
	const { count: countText = '{count}', showing: showingText = '{shown} / {count}' } = form.dataset;
	const selects = [...form.querySelectorAll('select')];
	const params = new URLSearchParams(location.search);
	for (const select of selects) {
		const wanted = params.get(select.name);
		if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
	}

	const apply = () => {
		let shown = 0;
		for (const item of items) {
			const match = selects.every((select) => !select.value || (item.dataset[select.name] ?? '').split(' ').includes(select.value));
			item.hidden = !match;
			if (match) shown++;
		}
		count.textContent =
			shown === items.length
				? fill(countText, { count: items.length }, document.documentElement.lang)
				: fill(showingText, { shown, count: items.length }, document.documentElement.lang);
		noMatch.hidden = shown > 0;
		const query = new URLSearchParams();
		for (const select of selects) if (select.value) query.set(select.name, select.value);
		const search = query.toString();
		history.replaceState(null, '', search ? `?${search}` : location.pathname);
	};

	form.addEventListener('change', apply);
	// "Clear filters" leads to the unfiltered list; here it clears the selects in place instead of loading the page again.
	clear.addEventListener('click', (event) => {
		event.preventDefault();
		for (const select of selects) select.value = '';
		apply();
		selects[0]?.focus();
	});
	apply();
}
