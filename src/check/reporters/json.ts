/** For programs: the diagnostics and the counts, as JSON. */
import type { Reporter } from './reporter.ts';

export const json: Reporter = (result) =>
	JSON.stringify(
		{
			errors: result.errors,
			warnings: result.warnings,
			files: result.files,
			entries: result.entries,
			cached: result.cached,
			durationMs: Math.round(result.durationMs),
			diagnostics: result.diagnostics,
		},
		null,
		2,
	);
