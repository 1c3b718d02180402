/**
 * The content checker in Astro's two commands. `astro build` runs it first, before Astro loads
 * content, so a broken reference or a schema error fails the build with the checker's own report
 * (file, line, problem, fix) instead of Astro's first-error-only message or a logged warning.
 * `astro dev` runs it in watch mode beside the dev server, and shows what it finds in the terminal
 * and in the dev toolbar's "Content check" app, so an editor working locally sees what CI will say.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { check, type CheckResult } from '../check/check.ts';
import { pretty } from '../check/reporters/pretty.ts';
import { reportEvent, requestEvent, toolbarAppId, toolbarReport, type ToolbarReport } from '../check/reporters/toolbar.ts';
import { sourceReader } from '../check/read-file.ts';
import { watchContent } from '../check/watch.ts';

/** A clipboard with a tick: the toolbar's icon for a list checked against rules. */
const icon =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><rect x="5" y="4" width="14" height="17" rx="2"/><path d="M9 4V3h6v1"/><path d="m9 13 2 2 4-4"/></svg>';

export function checkerIntegration(): AstroIntegration {
	let root = '';
	let stopWatching: (() => void) | undefined;
	return {
		name: 'biobridge:checker',
		hooks: {
			'astro:config:setup': async ({ command, config, logger, addDevToolbarApp }) => {
				root = fileURLToPath(config.root);
				if (command === 'dev') {
					addDevToolbarApp({
						id: toolbarAppId,
						name: 'Content check',
						icon,
						entrypoint: new URL('./checker-toolbar-app.ts', import.meta.url),
					});
					return;
				}
				if (command !== 'build') return;
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
			'astro:server:setup': ({ toolbar, logger }) => {
				let latest: ToolbarReport | undefined;
				toolbar.on(requestEvent, () => {
					if (latest) toolbar.send(reportEvent, latest);
				});
				const readSource = sourceReader(root);
				const print = (result: CheckResult) => {
					if (result.diagnostics.length === 0) {
						logger.info(`Content check: no problems in ${result.entries} entries.`);
						return;
					}
					const report = pretty(result, { color: Boolean(process.stderr.isTTY), strict: false, readSource });
					process.stderr.write(`${report}\n`);
					logger.warn(
						result.errors > 0
							? 'Content check: the problems above fail the build and the pull request (see also the toolbar’s Content check).'
							: 'Content check: warnings only; they do not block.',
					);
				};
				stopWatching?.();
				stopWatching = watchContent({ contentDir: `${root}content`, label: 'content' }, (result) => {
					print(result);
					latest = toolbarReport(result, root.replace(/[\\/]$/, ''));
					toolbar.send(reportEvent, latest);
				});
			},
			'astro:server:done': () => {
				stopWatching?.();
				stopWatching = undefined;
			},
		},
	};
}
