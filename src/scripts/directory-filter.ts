/**
 * Narrows the CRO directory in place. The filter state lives in the URL (?service=…&stage=…),
 * so a filtered view can be shared; without JavaScript the full list and the facet pages work.
 * The count's words come from the page (the form's data-count and data-showing), in its language.
 */
import { fill } from '../i18n/fill.ts';

export function startDirectoryFilter(): void {
	const form = document.querySelector<HTMLFormElement>('#cro-filters');
	const items = [...document.querySelectorAll<HTMLLIElement>('#cro-list > li')];
	const count = document.querySelector('#cro-count');
	if (!form || !count) return;
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
		const query = new URLSearchParams();
		for (const select of selects) if (select.value) query.set(select.name, select.value);
		const search = query.toString();
		history.replaceState(null, '', search ? `?${search}` : location.pathname);
	};

	form.hidden = false;
	form.addEventListener('change', apply);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		apply();
	});
	apply();
}
