/**
 * `npm run check [-- --format pretty|json|github] [--strict] [--watch] [content-dir]`
 * Exits 1 on any error (or, with --strict, any warning), 2 on a usage mistake.
 */
import { appendFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { check, type CheckResult } from './check.ts';
import { github, githubSummary } from './reporters/github.ts';
import { json } from './reporters/json.ts';
import { pretty } from './reporters/pretty.ts';
import type { Reporter } from './reporters/reporter.ts';
import { sourceReader } from './read-file.ts';
import { watchContent } from './watch.ts';

const reporters: Record<string, Reporter> = { pretty, json, github };

/** The project's root: two folders up from this file. */
const projectRoot = join(import.meta.dirname, '..', '..');

export async function runCli(
	argv: string[],
	io: { out: (text: string) => void; isTTY: boolean; cwd: string; env: NodeJS.ProcessEnv } = {
		out: (text) => void process.stdout.write(`${text}\n`),
		isTTY: Boolean(process.stdout.isTTY),
		cwd: process.cwd(),
		env: process.env,
	},
): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				format: { type: 'string', default: 'pretty' },
				strict: { type: 'boolean', default: false },
				today: { type: 'string' },
				'no-cache': { type: 'boolean', default: false },
				watch: { type: 'boolean', default: false },
			},
		});
	} catch (error) {
		io.out(`${(error as Error).message}\nUsage: npm run check -- [--format pretty|json|github] [--strict] [content-dir]`);
		return 2;
	}
	const { values, positionals } = parsed;
	const reporter = reporters[values.format];
	if (!reporter) {
		io.out(`Unknown format "${values.format}". Use one of: ${Object.keys(reporters).join(', ')}.`);
		return 2;
	}
	// Without a folder, the project's own content/, wherever the command is run from.
	const contentDir = positionals[0] === undefined ? join(projectRoot, 'content') : resolve(io.cwd, positionals[0]);
	if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
		io.out(`There is no content folder at ${contentDir}.\nUsage: npm run check -- [--format pretty|json|github] [--strict] [content-dir]`);
		return 2;
	}
	const base = dirname(contentDir);
	const label = relative(base, contentDir) || 'content';
	const options = {
		contentDir,
		label,
		today: values.today,
		cacheFile: values['no-cache'] ? undefined : join(projectRoot, 'node_modules', '.cache', 'biobridge-check', `${label}.json`),
	};
	const print = (result: CheckResult) =>
		io.out(
			reporter(result, {
				color: io.isTTY && values.format === 'pretty' && !io.env.NO_COLOR,
				strict: values.strict,
				readSource: sourceReader(base),
			}),
		);
	if (values.watch) {
		watchContent(options, (result) => {
			print(result);
			io.out(`Checked in ${Math.round(result.durationMs)} ms. Watching ${label}/ for changes (Ctrl+C to stop).`);
		});
		return new Promise<number>(() => {
			// Never settles: the watcher runs until the editor stops it with Ctrl+C.
		});
	}
	const result = await check(options);
	print(result);
	if (values.format === 'github' && io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, githubSummary(result));
	return result.errors > 0 || (values.strict && result.warnings > 0) ? 1 : 0;
}

if (import.meta.main) process.exitCode = await runCli(process.argv.slice(2));
