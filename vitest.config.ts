import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
			// One real build of the real content serves the build tests and the browser tests.
			{
				test: {
					name: 'site',
					include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
					globalSetup: ['test/build/setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
