import { describe, expect, it } from 'vitest';
import { labelTaskCheckboxes } from '../../src/lib/accessible-html.ts';

describe('task list checkboxes', () => {
	it('labels an open item and a done item with their state', () => {
		expect(labelTaskCheckboxes('<li class="task-list-item"><input type="checkbox" disabled/> Ask MHLW</li>')).toBe(
			'<li class="task-list-item"><input type="checkbox" disabled aria-label="To check:"> Ask MHLW</li>',
		);
		expect(labelTaskCheckboxes('<input type="checkbox" checked disabled>')).toBe(
			'<input type="checkbox" checked disabled aria-label="Done:">',
		);
	});

	it('leaves other inputs alone', () => {
		expect(labelTaskCheckboxes('<input type="search" name="q">')).toBe('<input type="search" name="q">');
	});
});
