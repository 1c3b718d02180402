/**
 * Runs the content checker at the start of every `astro build`, before Astro loads content, so
 * a broken reference or a schema error fails the build with the checker's own report (file,
 * line, problem, fix) instead of Astro's first-error-only message or a logged warning.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check } from '../check/check.ts';
import { pretty } from '../check/reporters/pretty.ts';

export function checkerIntegration(): AstroIntegration {
	return {
		name: 'biobridge:checker',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command !== 'build') return;
				const root = fileURLToPath(config.root);
				const result = await check({ contentDir: `${root}content` });
				const report = pretty(result, { color: Boolean(process.stderr.isTTY), strict: false, readSource: (file) => readFileSync(`${root}${file}`, 'utf8') });
				if (result.errors > 0) {
					process.stderr.write(`${report}\n`);
					const failure = new Error(`The content check found ${result.errors} error(s); nothing was built. Fix them (see above) and run \`npm run check\`.`);
					// The report above says where; a stack trace into the integration would only bury it.
					failure.stack = failure.message;
					throw failure;
				}
				logger.info(result.warnings > 0 ? report : `Content check passed: ${result.entries} entries.`);
			},
		},
	};
}
