/**
 * The dev toolbar's "Content check" app: what `npm run check` (and so CI) says about content/,
 * updated on every save while `npm run dev` runs. Everything shown comes from content an editor
 * (or a pull request) wrote, so it is set as text, never as markup.
 */
import { defineToolbarApp } from 'astro/toolbar';
import { printableLine } from '../check/reporters/printable.ts';
import { reportEvent, requestEvent, type ToolbarReport } from '../check/reporters/toolbar.ts';

const style = `
	:host { color-scheme: dark; }
	header { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: baseline; }
	h1 { font-size: 1.25rem; margin: 0; color: #fff; }
	p { margin: 0.5em 0; }
	ol { list-style: none; margin: 0.75em 0 0; padding: 0; max-height: 60vh; overflow: auto; }
	li { border-top: 1px solid #343841; padding: 0.6em 0; }
	.where { font-family: ui-monospace, monospace; color: #bfc1c9; overflow-wrap: anywhere; }
	.error { color: #ff8d8d; font-weight: 600; }
	.warning { color: #ffd27a; font-weight: 600; }
	.fix { color: #d8dbe3; }
	code { font-family: ui-monospace, monospace; }
	button { font: inherit; color: #fff; background: #343841; border: 1px solid #5b5f6b; border-radius: 4px; padding: 0.1em 0.6em; cursor: pointer; }
	button:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** An element with text in it: the only way this app puts words on the page. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = printableLine(text);
	if (className) node.className = className;
	return node;
}

function problemItem(problem: ToolbarReport['problems'][number], root: string): HTMLLIElement {
	const item = element('li');
	const where = element('p', undefined, 'where');
	where.append(
		element('span', problem.severity, problem.severity),
		` ${printableLine(`${problem.file}:${problem.line}:${problem.column}`)} `,
	);
	const open = element('button', 'Open in editor');
	open.type = 'button';
	open.addEventListener('click', () => {
		void fetch(`/__open-in-editor?file=${encodeURIComponent(`${root}/${problem.file}:${problem.line}:${problem.column}`)}`);
	});
	where.append(open);
	const code = element('code', problem.code);
	const message = element('p', `${problem.message} `);
	message.append('[', code, ']');
	item.append(where, message, element('p', `Fix: ${problem.hint}`, 'fix'));
	return item;
}

function render(report: ToolbarReport): HTMLElement {
	const window = document.createElement('astro-dev-toolbar-window');
	const sheet = element('style');
	sheet.textContent = style;
	const header = element('header');
	header.append(
		element(
			'h1',
			report.errors + report.warnings === 0
				? 'Content check: no problems'
				: `Content check: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`,
		),
		element('span', `${report.entries} entries, checked at ${new Date(report.checkedAt).toLocaleTimeString()}`, 'where'),
	);
	window.append(sheet, header);
	window.append(
		element(
			'p',
			report.errors > 0
				? 'Errors fail the build and the pull request: fix each one below. Warnings inform and never block.'
				: report.warnings > 0
					? 'Warnings inform and never block; the build and the pull request pass.'
					: 'CI will find nothing in content/ either. The check runs again each time a file is saved.',
		),
	);
	if (report.problems.length > 0) {
		const list = element('ol');
		list.append(...report.problems.map((problem) => problemItem(problem, report.root)));
		window.append(list);
	}
	if (report.unlisted > 0)
		window.append(element('p', `… and ${plural(report.unlisted, 'more problem')}: the terminal running npm run dev lists them all.`));
	return window;
}

export default defineToolbarApp({
	init(canvas, app, server) {
		server.on<ToolbarReport>(reportEvent, (report) => {
			canvas.replaceChildren(render(report));
			app.toggleNotification(
				report.errors > 0 ? { state: true, level: 'error' } : report.warnings > 0 ? { state: true, level: 'warning' } : { state: false },
			);
		});
		server.send(requestEvent, {});
	},
});
