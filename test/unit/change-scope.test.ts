/** Which tests a pull request runs, from the files it changes (scripts/change-scope.ts). */
import { describe, expect, it } from 'vitest';
import { changeScope } from '../../scripts/change-scope.ts';
import { maxChangedFilesPerPullRequest } from '../../src/check/limits.ts';

describe('the scope of a pull request', () => {
	it('runs the content tier for content and images only', () => {
		expect(changeScope(['content/cros/cmic.mdx', 'content/cros/cmic.ko.mdx', 'public/images/plan.png'])).toEqual({ tier: 'content' });
	});

	it('runs everything when anything else changes, or when nothing is listed (a push to main)', () => {
		expect(changeScope(['content/cros/cmic.mdx', 'src/schema/cros.ts']).tier).toBe('full');
		expect(changeScope(['public/favicon.svg']).tier).toBe('full');
		expect(changeScope(['contentious/x.mdx']).tier).toBe('full');
		expect(changeScope([]).tier).toBe('full');
	});

	it('refuses more content files than one pull request may change, with what to do', () => {
		const files = Array.from({ length: maxChangedFilesPerPullRequest + 1 }, (_, i) => `content/questions/q${i}.mdx`);
		expect(changeScope(files).problem).toMatch(/at most 200\. Split it/);
		expect(changeScope(files.slice(1)).problem).toBeUndefined();
	});
});
