/**
 * "Show all steps" for a list of steps that fold (<details>): one button opens every step, or
 * closes them all, and says which it will do next. Everything else about the folding needs no
 * script: each step opens by itself, when the address names it and when the page is printed.
 * The button names its list in aria-controls and carries its two labels in data-show/data-hide.
 */
export function startFoldAll(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button.fold-all[aria-controls]')) {
		const list = document.getElementById(button.getAttribute('aria-controls') ?? '');
		if (!list) continue;
		const folds = () => [...list.querySelectorAll('details')];
		const { show = '', hide = '' } = button.dataset;
		const showState = () => {
			const allOpen = folds().every((fold) => fold.open);
			button.setAttribute('aria-expanded', String(allOpen));
			button.textContent = allOpen ? hide : show;
		};
		button.addEventListener('click', () => {
			const open = button.getAttribute('aria-expanded') !== 'true';
			for (const fold of folds()) fold.open = open;
			showState();
		});
		// A step opened or closed by itself (or by the address) changes what the button offers; "toggle" does not bubble, so it is caught on its way down.
		list.addEventListener('toggle', showState, true);
		showState();
	}
}
