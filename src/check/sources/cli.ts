/**
 * `npm run check:sources [-- --format pretty|json|github] [--strict] [--no-cache] [--max-age <days>]
 * [--timeout <seconds>] [--concurrency <n>] [--host-delay <seconds>] [--archive-api <url>] [content-dir]`
 * Asks every source's address whether the document is still there. Exits 1 when a source is
 * dead (or, with --strict, moved or unreachable), 2 on a usage mistake.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { chooseReporter, contentFolder, exitCode, parseCommandLine, projectRoot } from '../command-line.ts';
import { sourceReader } from '../read-file.ts';
import { checkSources } from './check-sources.ts';
import { github, githubSummary, json, pretty, type SourceReporter } from './reporters.ts';
import { userAgent } from './user-agent.ts';
import { defaultArchiveApi } from './wayback.ts';

const reporters: Record<string, SourceReporter> = { pretty, json, github };

const usage =
	'Usage: npm run check:sources -- [--format pretty|json|github] [--strict] [--no-cache] [--max-age <days>] [--timeout <seconds>] [--concurrency <n>] [--host-delay <seconds>] [--archive-api <url>] [content-dir]';

/** A mistake in the command line, said in a sentence. */
class UsageMistake extends Error {}

function numberOption(name: string, text: string, { min, integer = false }: { min: number; integer?: boolean }): number {
	const value = Number(text);
	if (text.trim() === '' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value)))
		throw new UsageMistake(`--${name} must be ${integer ? 'a whole number' : 'a number'} of at least ${min}, not "${text}".`);
	return value;
}

/** The options as the checker takes them: days and seconds on the command line, milliseconds inside. */
function settings(values: Record<'max-age' | 'timeout' | 'concurrency' | 'host-delay' | 'archive-api', string>) {
	if (!URL.canParse(values['archive-api'])) throw new UsageMistake(`--archive-api must be an address, not "${values['archive-api']}".`);
	return {
		maxAgeDays: numberOption('max-age', values['max-age'], { min: 0 }),
		timeoutMs: numberOption('timeout', values.timeout, { min: 0.001 }) * 1000,
		concurrency: numberOption('concurrency', values.concurrency, { min: 1, integer: true }),
		hostRestMs: numberOption('host-delay', values['host-delay'], { min: 0 }) * 1000,
		archiveApi: values['archive-api'],
	};
}

export interface SourceCliIo {
	out: (text: string) => void;
	/** Progress for a person at a terminal; never mixed into the report. */
	note: (text: string) => void;
	isTTY: boolean;
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** Where results are kept between runs. */
	cacheFile: string;
}

export async function runSourceCli(
	argv: string[],
	io: SourceCliIo = {
		out: (text) => void process.stdout.write(`${text}\n`),
		note: (text) => void process.stderr.write(`${text}\n`),
		isTTY: Boolean(process.stdout.isTTY),
		cwd: process.cwd(),
		env: process.env,
		cacheFile: join(projectRoot, 'node_modules', '.cache', 'biobridge-sources', 'results.json'),
	},
): Promise<number> {
	const parsed = parseCommandLine(
		argv,
		{
			'no-cache': { type: 'boolean', default: false },
			'max-age': { type: 'string', default: '7' },
			timeout: { type: 'string', default: '15' },
			concurrency: { type: 'string', default: '4' },
			'host-delay': { type: 'string', default: '1' },
			'archive-api': { type: 'string', default: defaultArchiveApi },
		},
		usage,
		io.out,
	);
	if (!parsed) return 2;
	const { values, positionals } = parsed;
	const reporter = chooseReporter(reporters, values.format, io.out);
	if (!reporter) return 2;
	let chosen;
	try {
		chosen = settings(values);
	} catch (error) {
		if (!(error instanceof UsageMistake)) throw error;
		io.out(`${error.message}\n${usage}`);
		return 2;
	}
	const contentDir = contentFolder(positionals[0], io.cwd, io.out, usage);
	if (!contentDir) return 2;
	const base = dirname(contentDir);
	if (io.isTTY && values.format === 'pretty') io.note('Asking every source whether it is still there; this takes a minute or two…');
	const result = await checkSources({
		contentDir,
		label: relative(base, contentDir) || 'content',
		cacheFile: values['no-cache'] ? undefined : io.cacheFile,
		...chosen,
		// A server that asks for a longer wait is asked again after this one, once.
		maxRetryWaitMs: 60_000,
		userAgent: userAgent(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { repository?: unknown }),
	});
	io.out(
		reporter(result, {
			color: io.isTTY && values.format === 'pretty' && !io.env.NO_COLOR,
			strict: values.strict,
			readSource: sourceReader(base),
		}),
	);
	if (values.format === 'github' && io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, githubSummary(result));
	return exitCode(result, values.strict);
}

if (import.meta.main) process.exitCode = await runSourceCli(process.argv.slice(2));
