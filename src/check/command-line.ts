/**
 * What the two content commands (`npm run check` and `npm run check:sources`) take and answer
 * alike: the report options, the choice of reporter, the content folder and the exit code.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** The project's root: two folders up from this file. */
export const projectRoot = join(import.meta.dirname, '..', '..');

/**
 * Where the checker keeps what it found and Node's compiled copy of the checker: under
 * node_modules/.cache unless BIOBRIDGE_CACHE_DIR moves it (CI keeps it between runs; tests keep theirs apart).
 */
export const checkerCacheDir = (env: NodeJS.ProcessEnv): string =>
	join(env.BIOBRIDGE_CACHE_DIR ?? join(projectRoot, 'node_modules', '.cache'), 'biobridge-check');

/** The options both commands read with `parseArgs`: how to report, and whether warnings fail. */
export const reportOptions = {
	format: { type: 'string', default: 'pretty' },
	strict: { type: 'boolean', default: false },
} as const;

/**
 * The command's arguments, with the report options and `options` besides; on a usage mistake,
 * says what was wrong and how the command is used, and gives undefined.
 */
export function parseCommandLine<const Options extends ParseArgsOptionsConfig>(
	argv: string[],
	options: Options,
	usage: string,
	out: (text: string) => void,
) {
	try {
		return parseArgs({ args: argv, allowPositionals: true, options: { ...reportOptions, ...options } });
	} catch (error) {
		out(`${(error as Error).message}\n${usage}`);
		return undefined;
	}
}

/** The reporter `format` names; without one, says which formats there are and gives undefined. */
export function chooseReporter<R>(reporters: Record<string, R>, format: string, out: (text: string) => void): R | undefined {
	const reporter = reporters[format];
	if (!reporter) out(`Unknown format "${format}". Use one of: ${Object.keys(reporters).join(', ')}.`);
	return reporter;
}

/**
 * The content folder a command was given, from where it was run (the project's own content/
 * without one, wherever it is run from); if it is not a folder, says so and gives undefined.
 */
export function contentFolder(given: string | undefined, cwd: string, out: (text: string) => void, usage: string): string | undefined {
	const folder = given === undefined ? join(projectRoot, 'content') : resolve(cwd, given);
	if (existsSync(folder) && statSync(folder).isDirectory()) return folder;
	out(`There is no content folder at ${folder}.\n${usage}`);
	return undefined;
}

/** 1 when the report has an error (or, with `strict`, a warning), else 0. */
export function exitCode(result: { errors: number; warnings: number }, strict: boolean): number {
	return result.errors > 0 || (strict && result.warnings > 0) ? 1 : 0;
}
