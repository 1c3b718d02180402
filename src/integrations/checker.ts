/**
 * Runs the content checker at the start of every `astro build`, before Astro loads content, so
 * a broken reference or a schema error fails the build with the checker's own report (file,
 * line, problem, fix) instead of Astro's first-error-only message or a logged warning.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { check } from '../check/check.ts';
import { pretty } from '../check/reporters/pretty.ts';
import { sourceReader } from '../check/read-file.ts';

export function checkerIntegration(): AstroIntegration {
	return {
		name: 'biobridge:checker',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command !== 'build') return;
				const root = fileURLToPath(config.root);
				const result = await check({ contentDir: `${root}content` });
				const report = pretty(result, { color: Boolean(process.stderr.isTTY), strict: false, readSource: sourceReader(root) });
				if (result.errors > 0) {
					process.stderr.write(`${report}\n`);
					throw new AstroError(
						`The content check found ${result.errors} error(s); nothing was built.`,
						'Each problem is listed above with its file, line and fix. Correct them, then run `npm run check` to see that none is left.',
					);
				}
				// The bench reads this line for the checker's share of the build.
				logger.info(
					result.warnings > 0 ? report : `Content check passed: ${result.entries} entries in ${(result.durationMs / 1000).toFixed(2)} s.`,
				);
			},
		},
	};
}
