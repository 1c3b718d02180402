/** Astro's incremental cache is kept only when asked for (src/incremental-build.ts); a value that means neither is said, not guessed. */
import { describe, expect, it } from 'vitest';
import { incrementalBuild, incrementalBuildVariable } from '../../src/incremental-build.ts';

describe('incrementalBuild', () => {
	it('is off unless the variable is 1', () => {
		expect(incrementalBuild({})).toBe(false);
		expect(incrementalBuild({ [incrementalBuildVariable]: '' })).toBe(false);
		expect(incrementalBuild({ [incrementalBuildVariable]: '0' })).toBe(false);
		expect(incrementalBuild({ [incrementalBuildVariable]: '1' })).toBe(true);
	});

	it('names the variable and the values it takes when given another', () => {
		expect(() => incrementalBuild({ [incrementalBuildVariable]: 'yes' })).toThrow(
			'BIOBRIDGE_INCREMENTAL_BUILD must be 1 (keep Astro\'s incremental cache) or 0 (do not); it is "yes".',
		);
	});
});
