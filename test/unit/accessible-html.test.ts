import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { labelFootnotes, labelTaskCheckboxes } from '../../src/lib/accessible-html.ts';

const en = t('en').entry;
const ko = t('ko').entry;

describe('task list checkboxes', () => {
	it('labels an open item and a done item with their state', () => {
		expect(labelTaskCheckboxes('<li class="task-list-item"><input type="checkbox" disabled/> Ask MHLW</li>', en)).toBe(
			'<li class="task-list-item"><input type="checkbox" disabled aria-label="To check:"> Ask MHLW</li>',
		);
		expect(labelTaskCheckboxes('<input type="checkbox" checked disabled>', en)).toBe(
			'<input type="checkbox" checked disabled aria-label="Done:">',
		);
	});

	it('labels them in the reader’s language', () => {
		expect(labelTaskCheckboxes('<input type="checkbox" disabled>', ko)).toBe(
			`<input type="checkbox" disabled aria-label="${ko.taskToCheck}">`,
		);
	});

	it('leaves other inputs alone', () => {
		expect(labelTaskCheckboxes('<input type="search" name="q">', en)).toBe('<input type="search" name="q">');
	});
});

describe('footnotes', () => {
	const html =
		'<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li>Art. 7 <a href="#user-content-fnref-a" data-footnote-backref aria-label="Back to reference 1">↩</a></li></ol></section>';

	it('titles the list and labels the links back in the reader’s language', () => {
		const labelled = labelFootnotes(html, ko);
		expect(labelled).toContain(`<h2 class="sr-only" id="footnote-label">${ko.footnotes}</h2>`);
		expect(labelled).toContain(`aria-label="${ko.backToReference.replace('{number}', '1')}"`);
		expect(labelled).not.toMatch(/Footnotes|Back to reference/);
	});

	it('keeps the English words on an English page', () => {
		expect(labelFootnotes(html, en)).toBe(html);
	});
});
