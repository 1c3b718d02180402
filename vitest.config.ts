import { defineConfig } from 'vitest/config';

/** The build tests that read the built site: what a pull request that changes only content runs (npm run test:content). */
const contentTier = [
	'test/build/pages.test.ts',
	'test/build/links.test.ts',
	'test/build/html-validate.test.ts',
	'test/build/finder.test.ts',
	'test/build/checker-gate.test.ts',
];

/**
 * Test files share their worker's modules, loaded once, instead of loading the checker, the schemas,
 * Playwright and html-validate again for every file (the unit tests 29 → 24 s here, the whole run
 * about 5 s less). No test mocks a module or stubs a global, and the one that sets an environment
 * variable takes it out again.
 */
const isolate = false;

export default defineConfig({
	test: {
		// One test file per core, not vitest's default of one fewer: on a 2-core machine that default is one file at a time, while the browser and build tests spend much of their time waiting on Chromium or a child process.
		maxWorkers: '100%',
		projects: [
			// A minute for any unit test: a loaded machine may take seconds over a check of the real content, and a timeout is not what a test asserts.
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 60_000, isolate } },
			// One real build of the real content serves the content tier and the browser tests.
			{
				test: {
					name: 'content',
					include: contentTier,
					globalSetup: ['test/build/setup-content.ts'],
					isolate,
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
			// The code's own build tests: the fallback Markdown processor, a site under a base path, the build's guard, and Chromium.
			{
				test: {
					name: 'site',
					include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
					exclude: contentTier,
					globalSetup: ['test/build/setup.ts'],
					isolate,
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
