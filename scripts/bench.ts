/**
 * `npm run bench [-- --sizes 1000,10000] [--no-build] [--runs 3] [--rounds 1]`
 * Generates synthetic corpora (scripts/generate-corpus.ts) in bench/.corpus/, then times, each
 * in a fresh process: the checker cold (no cache), the checker re-checking after one changed
 * file (cache warm and in watch mode), `astro sync`, and `astro build` of the project beside two
 * baselines that build the same bodies in the same three languages: a bare Astro + MDX site
 * (bench/bare/) and Starlight with its Pagefind search (bench/starlight/, its own install of
 * the same Astro), with wall time, phases (checker, collecting, bundling, pages, Pagefind) and
 * peak memory; then, keeping Astro's incremental cache (BIOBRIDGE_INCREMENTAL_BUILD=1, off by
 * default: src/incremental-build.ts), a build from nothing and another after one changed entry.
 * Prints the figures against the budgets of the issues, with the machine's load before each
 * build. Timings are medians where repeated; the machine is shared, so expect noise. With
 * `--rounds N` the three sites are built one after the other N times over and each is reported by
 * its fastest build: on a shared machine noise only ever adds time, and alternating gives every
 * site the same chance of a quiet moment. Every build starts from nothing: its Astro cache, types
 * and dist/ are removed first.
 */
import { spawnSync } from 'node:child_process';
import {
	appendFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import os, { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type BuildPhases, buildPhases, builtPages } from './build-log.ts';
import type { CheckResult } from '../src/check/check.ts';
import { watchContent } from '../src/check/watch.ts';
import { generateCorpus, hostileFile } from './generate-corpus.ts';
import { incrementalBuildVariable } from '../src/incremental-build.ts';
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
		rounds: { type: 'string', default: '1' },
	},
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const rounds = Number(values.rounds);
if (!(Number.isInteger(rounds) && rounds >= 1)) throw new Error(`--rounds must be a whole number from 1; it is "${values.rounds}".`);
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

/** A build's figures, read from Astro's log and /usr/bin/time. */
interface BuildFigures {
	wall: number;
	/** Peak resident memory in MB, when /usr/bin/time is there to measure it. */
	peakMb?: number;
	pages: number;
	phases: BuildPhases;
}

const timeCommand = '/usr/bin/time';

/** The machine's load averages over 1, 5 and 15 minutes: on a shared machine, what the figures were measured under. */
const load = () =>
	loadavg()
		.map((value) => value.toFixed(1))
		.join(' / ');
const loads: string[] = [];

/** What a build leaves in its site's folder: Astro's cache (each site keeps it in .cache/astro), its types, the pages. */
const buildLeftovers = ['.cache', '.astro', 'dist'];

/** Removes `leftovers` from `dir`. */
const removeFrom = (dir: string, leftovers: readonly string[]) => {
	for (const leftover of leftovers) rmSync(join(dir, leftover), { recursive: true, force: true });
};

/**
 * `astro build` in `cwd` (with the Astro of `astroBin`, and `env` beside the environment), timed,
 * with its phases from Astro's own log lines; from nothing unless `fromNothing` is false: what an
 * earlier build left is removed first.
 */
function build(cwd: string, astroBin = astro, env: Record<string, string> = {}, { fromNothing = true } = {}): BuildFigures {
	if (fromNothing) removeFrom(cwd, buildLeftovers);
	loads.push(`${relative(root, cwd) || '.'}: ${load()}`);
	const measureMemory = existsSync(timeCommand);
	const dir = mkdtempSync(join(tmpdir(), 'biobridge-bench-'));
	const memoryFile = join(dir, 'rss');
	const args = [astroBin, 'build'];
	const start = performance.now();
	const result = measureMemory
		? spawnSync(timeCommand, ['-f', '%M', '-o', memoryFile, node, ...args], {
				cwd,
				encoding: 'utf8',
				maxBuffer: 512 * 1024 * 1024,
				env: { ...process.env, ...env, NO_COLOR: '1' },
			})
		: spawnSync(node, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...env, NO_COLOR: '1' } });
	const wall = (performance.now() - start) / 1000;
	if (result.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
	const log = `${result.stdout}\n${result.stderr}`;
	const peakMb = measureMemory ? Number(readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1)) / 1024 : undefined;
	rmSync(dir, { recursive: true, force: true });
	return {
		wall,
		peakMb,
		pages: builtPages(log),
		phases: buildPhases(log),
	};
}

/** The bare Astro + MDX site of bench/bare/, around the same content. */
function bareProject(size: number, content: string): string {
	const dir = join(root, 'bench', '.corpus', `${size}-bare`);
	rmSync(dir, { recursive: true, force: true });
	cpSync(join(root, 'bench', 'bare'), dir, { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	symlinkSync(content, join(dir, 'content'));
	return dir;
}

const starlightDir = join(root, 'bench', 'starlight');
/** What the bench leaves in bench/starlight/: a build's leftovers, and the link to the corpus's content. */
const starlightLeftovers = ['content', ...buildLeftovers];
const starlightAstro = join(starlightDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
const astroVersion = (dir: string) =>
	(JSON.parse(readFileSync(join(dir, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Starlight (bench/starlight/, its own install, so its dependencies never move the project's)
 * around a copy of the same content. Each body gets an import of the stand-in for the corpus's
 * components after its frontmatter, since Starlight renders the bodies itself and cannot pass them.
 */
function starlightProject(size: number, content: string): string {
	if (!existsSync(starlightAstro)) {
		const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: starlightDir, stdio: 'inherit' });
		if (install.status !== 0) throw new Error('Could not install bench/starlight: run `npm ci` in bench/starlight/.');
	}
	if (astroVersion(starlightDir) !== astroVersion(root))
		throw new Error(
			`bench/starlight has Astro ${astroVersion(starlightDir)} but the project has ${astroVersion(root)}: set the same version in bench/starlight/package.json and run npm install there.`,
		);
	const copy = join(root, 'bench', '.corpus', `${size}-starlight`);
	rmSync(copy, { recursive: true, force: true });
	const plain = join(starlightDir, 'src', 'components', 'Plain.astro');
	for (const collection of readdirSync(content, { withFileTypes: true }).filter((item) => item.isDirectory())) {
		mkdirSync(join(copy, collection.name), { recursive: true });
		for (const file of readdirSync(join(content, collection.name))) {
			const text = readFileSync(join(content, collection.name, file), 'utf8');
			const bodyStart = text.indexOf('\n---\n', 4) + 5;
			const from = relative(join(copy, collection.name), plain);
			const imports = ['Ref', 'Term', 'Step'].map((name) => `import ${name} from '${from}';`).join('\n');
			writeFileSync(join(copy, collection.name, file), `${text.slice(0, bodyStart)}\n${imports}\n${text.slice(bodyStart)}`);
		}
	}
	removeFrom(starlightDir, starlightLeftovers);
	symlinkSync(copy, join(starlightDir, 'content'));
	return copy;
}

/** The fastest of a site's builds: on a shared machine, noise only ever adds time. */
const fastest = (builds: BuildFigures[]) => builds.reduce((best, next) => (next.wall < best.wall ? next : best));

/** A build's phases, and with more than one round every round's time. */
const buildNote = (figures: BuildFigures, all: BuildFigures[]) =>
	all.length > 1 ? `fastest of ${all.map((each) => each.wall.toFixed(1)).join(' / ')} s; ${phaseText(figures)}` : phaseText(figures);

const phaseText = (figures: BuildFigures) =>
	Object.entries(figures.phases)
		.flatMap(([name, value]) => (value === undefined ? [] : [`${name} ${value.toFixed(1)}`]))
		.join(', ');

/** The middle item by `measure` (the upper middle of an even count). */
const median = <T>(items: T[], measure: (item: T) => number) =>
	[...items].sort((a, b) => measure(a) - measure(b))[Math.floor(items.length / 2)];
const repeat = (times: number, once: () => Timing) => median(Array.from({ length: times }, once), (timing) => timing.wall);

/** A copy of the project around a synthetic content folder, so Astro builds the corpus. */
function project(size: number): string {
	const dir = join(root, 'bench', '.corpus', String(size));
	rmSync(dir, { recursive: true, force: true });
	copyProject(dir);
	generateCorpus(size, join(dir, 'content'));
	return dir;
}

/** The bench's figures, printed as each is measured (a 10,000-entry run takes most of an hour on a busy machine) and again as one table at the end. */
const rows = {
	all: [] as string[][],
	push(...measured: string[][]) {
		for (const row of measured) console.log(row.filter(Boolean).join('  |  '));
		this.all.push(...measured);
	},
};
/** Seconds each re-check took in `--watch` after one file of `content` changed, `times` times. */
async function watchRechecks(content: string, times: number): Promise<number[]> {
	const reports: CheckResult[] = [];
	let reported: (() => void) | undefined;
	const stop = watchContent({ contentDir: content }, (result) => {
		reports.push(result);
		reported?.();
	});
	const nextReport = async (): Promise<CheckResult> => {
		while (reports.length === 0) await new Promise<void>((resolve) => (reported = resolve));
		return reports.shift() as CheckResult;
	};
	await nextReport(); // the first run reads everything
	const seconds = [];
	for (let i = 0; i < times; i++) {
		appendFileSync(join(content, 'cros', 'cro-2.mdx'), '\nOne more line.\n');
		seconds.push((await nextReport()).durationMs / 1000);
	}
	stop();
	return seconds;
}

/** Build milliseconds per page, by corpus size. */
const perPage = new Map<number, number>();

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
	// Watch mode (`npm run check -- --watch`): the real watcher, one process, results kept in memory;
	// a file no change event names is not read again.
	const watchTimes = await watchRechecks(content, runs);
	const watchRecheck = median(watchTimes, (seconds) => seconds);
	const sync = run([astro, 'sync'], dir).wall;
	const coldCheck = cold.check ?? cold.wall;
	rows.push(
		[
			`${size} entries: checker, cold (check / whole process)`,
			`${coldCheck.toFixed(2)} s / ${cold.wall.toFixed(2)} s`,
			size >= 10_000 ? `process < 2 s: ${verdict(cold.wall < 2)}` : '',
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
			`< 0.1 s: ${verdict(watchRecheck < 0.1)}`,
		],
		[
			`${size} entries: re-check after one changed file, new process (check / process)`,
			`${(warm.check ?? warm.wall).toFixed(2)} s / ${warm.wall.toFixed(2)} s`,
			size >= 10_000 ? `process < 1 s: ${verdict(warm.wall < 1)}` : '',
		],
		[`${size} entries: astro sync`, `${sync.toFixed(2)} s`, ''],
	);
	if (!values['no-build']) {
		const bareDir = bareProject(size, content);
		const starlightCopy = starlightProject(size, content);
		const builds: Record<'ours' | 'bare' | 'starlight', BuildFigures[]> = { ours: [], bare: [], starlight: [] };
		for (let round = 0; round < rounds; round++) {
			// As the project builds by default, whatever the bench's own environment says.
			builds.ours.push(build(dir, astro, { [incrementalBuildVariable]: '0' }));
			builds.bare.push(build(bareDir));
			builds.starlight.push(build(starlightDir, starlightAstro));
		}
		const [ours, bare, starlight] = [fastest(builds.ours), fastest(builds.bare), fastest(builds.starlight)];
		perPage.set(size, (ours.wall / ours.pages) * 1000);
		rows.push(
			[
				`${size} entries: astro build, all three languages (${ours.pages} pages)`,
				`${ours.wall.toFixed(1)} s`,
				buildNote(ours, builds.ours),
			],
			[
				`${size} entries: bare Astro + MDX, same bodies and languages (${bare.pages} pages)`,
				`${bare.wall.toFixed(1)} s`,
				buildNote(bare, builds.bare),
			],
			[
				`${size} entries: Starlight with its search, same bodies and languages (${starlight.pages} pages)`,
				`${starlight.wall.toFixed(1)} s`,
				buildNote(starlight, builds.starlight),
			],
			[`${size} entries: build ÷ bare baseline`, `${(ours.wall / bare.wall).toFixed(2)}×`, ''],
			[
				`${size} entries: build ÷ Starlight`,
				`${(ours.wall / starlight.wall).toFixed(2)}×`,
				size >= 10_000 ? `≤ 0.8×: ${verdict(ours.wall / starlight.wall <= 0.8)}` : '',
			],
			[`${size} entries: build cost per page`, `${((ours.wall / ours.pages) * 1000).toFixed(1)} ms`, ''],
		);
		if (ours.peakMb !== undefined && bare.peakMb !== undefined && starlight.peakMb !== undefined)
			rows.push([
				`${size} entries: peak memory, build / bare / Starlight`,
				`${ours.peakMb.toFixed(0)} / ${bare.peakMb.toFixed(0)} / ${starlight.peakMb.toFixed(0)} MB`,
				`≤ bare + 25%: ${verdict(ours.peakMb <= bare.peakMb * 1.25)}`,
			]);
		// Incremental builds, which the project keeps off unless asked (src/incremental-build.ts): a first build that keeps
		// the cache, then an editor's change, one entry's body. Its pages are rendered again; every other entry page is copied.
		const keepCache = { [incrementalBuildVariable]: '1' };
		const primed = build(dir, astro, keepCache);
		appendFileSync(join(content, 'institutions', 'institution-1.mdx'), '\nOne more line.\n');
		const incremental = build(dir, astro, keepCache, { fromNothing: false });
		rows.push(
			[
				`${size} entries: astro build keeping the incremental cache (${incrementalBuildVariable}=1), from nothing`,
				`${primed.wall.toFixed(1)} s`,
				`${((primed.wall / ours.wall) * 100).toFixed(0)}% of a build without it; ${phaseText(primed)}`,
			],
			[
				`${size} entries: build again after one changed entry (incremental)`,
				`${incremental.wall.toFixed(1)} s`,
				`${((incremental.wall / ours.wall) * 100).toFixed(0)}% of a build without the cache; ${phaseText(incremental)}`,
			],
		);
		// A topic word of the synthetic corpus: like most words of a real site, it occurs on a few pages.
		searchRows(`${size} entries`, await measureSearch(join(dir, 'dist'), 'kelavin', '/paths/path-1/'), size >= 10_000 ? 243 : 185);
		rmSync(bareDir, { recursive: true, force: true });
		removeFrom(starlightDir, starlightLeftovers);
		rmSync(starlightCopy, { recursive: true, force: true });
	}
	rmSync(dir, { recursive: true, force: true });
}

if (!values['no-build']) {
	// The real site, as `npm run build` makes it.
	run([astro, 'build'], root);
	searchRows('real site', await measureSearch(join(root, 'dist'), 'conditional approval', '/paths/ctl-approval/'), 185);
}

const [small, large] = [...perPage.values()];
if (small !== undefined && large !== undefined) {
	const growth = large / small;
	rows.push([
		`cost per page, ${[...perPage.keys()].join(' → ')} entries`,
		`×${growth.toFixed(2)}`,
		`within 15%: ${verdict(Math.abs(growth - 1) <= 0.15)}`,
	]);
}

const width = Math.max(...rows.all.map((row) => row[0].length));
console.log(`\nBioBridge bench (median of ${runs} runs where repeated; each a fresh process)\n`);
console.log(`Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; load (1 / 5 / 15 min) before each build:`);
for (const line of loads) console.log(`  ${line}`);
console.log('');
for (const [what, figure, budget] of rows.all) console.log(`${what.padEnd(width)}  ${figure.padStart(17)}  ${budget}`);
