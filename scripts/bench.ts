/**
 * `npm run bench [-- --sizes 1000,10000] [--no-build]`
 * Generates synthetic corpora (scripts/generate-corpus.ts) in bench/.corpus/, then times, each
 * in a fresh process: the checker cold (no cache), the checker re-checking after one changed
 * file (cache warm), `astro sync` and `astro build` on the same corpus. Prints the figures
 * against the budgets in DESIGN.md. Timings are medians; the machine is shared, so expect noise.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FileCache } from '../src/check/cache.ts';
import { check } from '../src/check/check.ts';
import { generateCorpus, hostileFile } from './generate-corpus.ts';
import { copyProject } from './project-copy.ts';
import { measureSearch, type SearchFigures } from './search-bench.ts';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'src', 'check', 'cli.ts');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,10000' },
		'no-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: '3' },
	},
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const node = process.execPath;

interface Timing {
	/** Wall time of the whole process, start-up included. */
	wall: number;
	/** The checker's own time, from its JSON report (checker runs only). */
	check?: number;
}

function run(args: string[], cwd: string, expectFailure = false): Timing {
	const start = performance.now();
	const result = spawnSync(node, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
	const elapsed = (performance.now() - start) / 1000;
	if (result.status !== (expectFailure ? 1 : 0)) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
	const check = args[0] === cli ? (JSON.parse(result.stdout) as { durationMs: number }).durationMs / 1000 : undefined;
	return { wall: elapsed, check };
}

const median = (timings: Timing[]) => [...timings].sort((a, b) => a.wall - b.wall)[Math.floor(timings.length / 2)];
const repeat = (times: number, once: () => Timing) => median(Array.from({ length: times }, once));

/** A copy of the project around a synthetic content folder, so Astro builds the corpus. */
function project(size: number): string {
	const dir = join(root, 'bench', '.corpus', String(size));
	rmSync(dir, { recursive: true, force: true });
	copyProject(dir);
	generateCorpus(size, join(dir, 'content'));
	return dir;
}

const rows: string[][] = [];

/** Starlight's first query on a corpus of the same size (measured with Pagefind 1.6, DESIGN.md), plus its 102 KB of UI. */
function searchRows(what: string, figures: SearchFigures, starlightKb: number) {
	const budget = (starlightKb + 102) * 1024;
	rows.push(
		[
			`${what}: search bytes on /search/ to first results, gzip / as stored`,
			`${(figures.searchBytesGzip / 1024).toFixed(0)} KB / ${(figures.searchBytes / 1024).toFixed(0)} KB`,
			`gzip < Starlight ${starlightKb} + 102 KB: ${verdict(figures.searchBytesGzip < budget)}`,
		],
		[`${what}: time to first results`, `${figures.firstResultsMs.toFixed(0)} ms`, `< 200 ms: ${verdict(figures.firstResultsMs < 200)}`],
		[
			`${what}: search bytes on a page other than /search/`,
			`${figures.otherPageSearchBytes} B`,
			`0: ${verdict(figures.otherPageSearchBytes === 0)}`,
		],
	);
}
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

for (const size of sizes) {
	const dir = project(size);
	const content = join(dir, 'content');
	const cold = repeat(runs, () => run([cli, '--no-cache', '--format', 'json', content], dir));
	// One hostile file among them: the check must still answer at once (DESIGN.md: the gate).
	writeFileSync(join(content, 'cros', 'hostile.mdx'), hostileFile());
	const hostile = repeat(runs, () => run([cli, '--no-cache', '--format', 'json', content], dir, true));
	rmSync(join(content, 'cros', 'hostile.mdx'));
	run([cli, '--format', 'json', content], dir); // fill the cache
	const warm = repeat(runs, () => {
		appendFileSync(join(content, 'cros', 'cro-1.mdx'), '\nOne more line.\n');
		return run([cli, '--format', 'json', content], dir);
	});
	// Watch mode (`npm run check -- --watch`): one process, results kept in memory between runs.
	const memory = new FileCache(undefined);
	await check({ contentDir: content, cache: memory });
	const watchTimes = [];
	for (let i = 0; i < runs; i++) {
		appendFileSync(join(content, 'cros', 'cro-2.mdx'), '\nOne more line.\n');
		watchTimes.push((await check({ contentDir: content, cache: memory })).durationMs / 1000);
	}
	const watchRecheck = watchTimes.sort((a, b) => a - b)[Math.floor(watchTimes.length / 2)];
	const sync = run([astro, 'sync'], dir).wall;
	const build = values['no-build'] ? undefined : run([astro, 'build'], dir).wall;
	const coldCheck = cold.check ?? cold.wall;
	rows.push(
		[
			`${size} entries: checker, cold (check / whole process)`,
			`${coldCheck.toFixed(2)} s / ${cold.wall.toFixed(2)} s`,
			size >= 10_000 ? `check < 1 s: ${verdict(coldCheck < 1)}` : '',
		],
		[
			`${size} entries + one hostile file (alias bomb): checker, whole process`,
			`${hostile.wall.toFixed(2)} s`,
			size >= 10_000 ? `< 2 s: ${verdict(hostile.wall < 2)}` : '',
		],
		[`${size} entries: checker process / astro sync`, `${(cold.wall / sync).toFixed(2)}`, `≤ 0.5: ${verdict(cold.wall / sync <= 0.5)}`],
		[
			`${size} entries: re-check after one changed file, --watch`,
			`${watchRecheck.toFixed(2)} s`,
			`< 0.2 s: ${verdict(watchRecheck < 0.2)}`,
		],
		[
			`${size} entries: re-check after one changed file, new process (check / process)`,
			`${(warm.check ?? warm.wall).toFixed(2)} s / ${warm.wall.toFixed(2)} s`,
			'',
		],
		[`${size} entries: astro sync`, `${sync.toFixed(2)} s`, ''],
	);
	if (build !== undefined) {
		rows.push([
			`${size} entries: astro build (checker, pages, Pagefind)`,
			`${build.toFixed(1)} s`,
			`checker is ${((cold.wall / build) * 100).toFixed(0)}% of it`,
		]);
		// A topic word of the synthetic corpus: like most words of a real site, it occurs on a few pages.
		searchRows(`${size} entries`, await measureSearch(join(dir, 'dist'), 'kelavin', '/paths/path-1/'), size >= 10_000 ? 243 : 185);
	}
	rmSync(dir, { recursive: true, force: true });
}

if (!values['no-build']) {
	// The real site, as `npm run build` makes it.
	run([astro, 'build'], root);
	searchRows('real site', await measureSearch(join(root, 'dist'), 'conditional approval', '/paths/ctl-approval/'), 185);
}

const width = Math.max(...rows.map((row) => row[0].length));
console.log(`\nBioBridge bench (median of ${runs} runs where repeated; each a fresh process)\n`);
for (const [what, figure, budget] of rows) console.log(`${what.padEnd(width)}  ${figure.padStart(17)}  ${budget}`);
