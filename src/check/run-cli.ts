/**
 * The checker's command line (src/check/cli.ts runs it):
 * `npm run check [-- --format pretty|json|github] [--strict] [--watch] [content-dir]`.
 * Exits 1 on any error (or, with --strict, any warning), 2 on a usage mistake.
 */
import { appendFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { check, type CheckResult } from './check.ts';
import { checkerCacheDir, chooseReporter, contentFolder, exitCode, parseCommandLine } from './command-line.ts';
import { github, githubSummary } from './reporters/github.ts';
import { json } from './reporters/json.ts';
import { pretty } from './reporters/pretty.ts';
import type { Reporter } from './reporters/reporter.ts';
import { sourceReader } from './read-file.ts';
import { watchContent } from './watch.ts';

const reporters: Record<string, Reporter> = { pretty, json, github };

const usage = 'Usage: npm run check -- [--format pretty|json|github] [--strict] [--watch] [content-dir]';

export async function runCli(
	argv: string[],
	io: { out: (text: string) => void; isTTY: boolean; cwd: string; env: NodeJS.ProcessEnv } = {
		out: (text) => void process.stdout.write(`${text}\n`),
		isTTY: Boolean(process.stdout.isTTY),
		cwd: process.cwd(),
		env: process.env,
	},
): Promise<number> {
	const parsed = parseCommandLine(
		argv,
		{ today: { type: 'string' }, 'no-cache': { type: 'boolean', default: false }, watch: { type: 'boolean', default: false } },
		usage,
		io.out,
	);
	if (!parsed) return 2;
	const { values, positionals } = parsed;
	const reporter = chooseReporter(reporters, values.format, io.out);
	const contentDir = reporter && contentFolder(positionals[0], io.cwd, io.out, usage);
	if (!reporter || !contentDir) return 2;
	const base = dirname(contentDir);
	const label = relative(base, contentDir) || 'content';
	const options = {
		contentDir,
		label,
		today: values.today,
		cacheFile: values['no-cache'] ? undefined : join(checkerCacheDir(io.env), `${label}.json`),
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
	return exitCode(result, values.strict);
}
