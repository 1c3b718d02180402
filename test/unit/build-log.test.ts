import { describe, expect, it } from 'vitest';
import { buildPhases, builtPages, durationSeconds } from '../../scripts/build-log.ts';

describe('durationSeconds', () => {
	it.each([
		['850ms', 0.85],
		['12.34s', 12.34],
		['1m 5s', 65],
		['2m', 120],
		['3m 59s', 239],
	])('reads %s as %d s', (text, seconds) => {
		expect(durationSeconds(text)).toBeCloseTo(seconds, 6);
	});
});

describe('buildPhases', () => {
	// Lines as Astro 7, Vite and the project's integrations print them, the long ones from a 10,000-entry build.
	const log = [
		'21:47:43 [biobridge:checker] Content check passed: 30060 entries in 5.02 s.',
		'21:47:45 [build] Collecting build info...',
		'21:47:45 [build] ✓ Completed in 11.10s.',
		'21:47:47 [vite] ✓ built in 1m 5s',
		'21:47:47 [vite] ✓ built in 216ms',
		' generating static routes ',
		'21:47:52 ▶ /paths/x/index.html (+2ms)',
		'21:47:52 ✓ Completed in 2m 14s.',
		'21:47:52 [build] ✓ Completed in 3m 30s.',
		'21:47:54 [biobridge:pagefind] Indexed 30060 pages for search in 19.1 s after the pages were written (89.1 s in all).',
		'21:47:54 [build] 30060 page(s) built in 5m 49s',
	].join('\n');

	it("reads Starlight's Pagefind line as its search phase", () => {
		expect(buildPhases('10:01:02 [starlight:pagefind] Finished building search index in 39.31s.').pagefind).toBeCloseTo(39.31, 6);
		expect(buildPhases('10:01:02 [starlight:pagefind] Finished building search index in 1m 2s.').pagefind).toBeCloseTo(62, 6);
	});

	it('finds every phase, in seconds, past a minute too', () => {
		const phases = buildPhases(log);
		expect(phases.checker).toBeCloseTo(5.02, 6);
		expect(phases.collect).toBeCloseTo(11.1, 6);
		expect(phases.bundle).toBeCloseTo(65.216, 6);
		expect(phases.render).toBeCloseTo(134, 6);
		// What indexing adds after the pages are written, as Starlight's figure is: not the part beside the rendering.
		expect(phases.pagefind).toBeCloseTo(19.1, 6);
		expect(builtPages(log)).toBe(30060);
	});

	it('leaves out a phase the log does not name', () => {
		expect(buildPhases('[build] 3 page(s) built in 1.00s')).toEqual({});
	});
});
