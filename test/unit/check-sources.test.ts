/**
 * The source checker against local servers that answer as the web's servers do: alive, moved,
 * sent on, gone, broken, busy, slow, refusing HEAD, or not there at all. Nothing leaves
 * 127.0.0.1, the archive's API included.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivedCopyUrl } from '../../src/util/archived-copy.ts';
import { diagnose } from '../../src/check/sources/diagnose.ts';
import { guidance, issueBody } from '../../src/check/sources/issue.ts';
import { classify } from '../../src/check/sources/outcome.ts';
import { Politeness } from '../../src/check/sources/politeness.ts';
import { retryAfterMs } from '../../src/check/sources/request.ts';
import { ResultsCache } from '../../src/check/sources/results-cache.ts';
import { runSourceCli } from '../../src/check/sources/cli.ts';
import { repositoryUrl, userAgent } from '../../src/check/sources/user-agent.ts';
import { contentWith, temporaryDir } from './fixtures.ts';
import { closedPort, startServer, Traffic, type TestServer } from './source-server.ts';

const traffic = new Traffic();
let site: TestServer;
let other: TestServer;
let closed: number;

beforeAll(async () => {
	site = await startServer(traffic, {
		'/ok': (_, response) => response.writeHead(200).end('here'),
		'/moved': (_, response) => response.writeHead(301, { location: '/new-home' }).end(),
		'/temporary': (_, response) => response.writeHead(302, { location: '/ok' }).end(),
		'/not-found': (_, response) => response.writeHead(404).end(),
		'/gone': (_, response) => response.writeHead(410).end(),
		'/broken': (_, response) => response.writeHead(500).end(),
		// Busy the first time, asking for a second's rest; fine after it.
		'/busy': (_, response, log) =>
			log.length === 1 ? response.writeHead(429, { 'retry-after': '1' }).end() : response.writeHead(200).end(),
		// Answers long after the checker has given up.
		'/slow': (_, response) => void setTimeout(() => response.destroyed || response.writeHead(200).end(), 5000).unref(),
		'/head-refused': (request, response) => response.writeHead(request.method === 'HEAD' ? 405 : 200).end(),
		// The Wayback Machine's availability API: a copy of /not-found on any day, of /gone only near 1 March 2025.
		'/wayback/available': (_, response, log) => {
			const { url = '', timestamp } = log.at(-1)!.query;
			const path = new URL(url).pathname;
			const day = path === '/not-found' ? '20250101' : path === '/gone' && timestamp === '20250301' ? '20250301' : undefined;
			const closest = day && {
				status: '200',
				available: true,
				url: `http://web.archive.org/web/${day}000000/${url}`,
				timestamp: `${day}000000`,
			};
			response
				.writeHead(200, { 'content-type': 'application/json' })
				.end(JSON.stringify({ url, archived_snapshots: closest ? { closest } : {} }));
		},
	});
	// Another host, whose pages take a while (within the timeout): they are open while the first host is asked.
	const slowly: Parameters<typeof startServer>[1][string] = (_, response) => void setTimeout(() => response.writeHead(200).end(), 600);
	other = await startServer(traffic, { '/a': slowly, '/b': slowly, '/c': slowly, '/translated': slowly });
	closed = await closedPort();
});

afterAll(async () => {
	await site.close();
	await other.close();
});

const pmdaConsultation = 'https://www.pmda.go.jp/english/review-services/f2f-pre/strategies/0003.html';
const pmdAct = 'https://laws.e-gov.go.jp/law/335AC0000000145';
const release = 'https://mss.go.kr/site/eng/ex/bbs/View.do?bcIdx=1053574&cbIdx=244';

function replaceIn(contentDir: string, file: string, from: string, to: string): void {
	const path = join(contentDir, file);
	const text = readFileSync(path, 'utf8');
	expect(text).toContain(from);
	writeFileSync(path, text.replaceAll(from, to));
}

/** The valid base content with every source pointed at the local servers, one behaviour each. */
function watchedContent(): string {
	const contentDir = contentWith();
	const at = (path: string) => `${site.origin}${path}`;
	replaceIn(contentDir, 'cros/lab.mdx', 'https://lab.example.jp/', at('/ok'));
	replaceIn(contentDir, 'institutions/pmda.mdx', 'https://www.pmda.go.jp/english/', at('/moved'));
	// Two places share an address: it is asked once and reported at both.
	replaceIn(contentDir, 'paths/consultation.mdx', pmdaConsultation, at('/not-found'));
	replaceIn(contentDir, 'finder.yaml', pmdaConsultation, at('/not-found'));
	replaceIn(contentDir, 'paths/approval.mdx', `url: ${pmdAct}`, `url: ${at('/gone')}\n    accessed: 2025-03-01`);
	replaceIn(contentDir, 'finder.yaml', pmdAct, at('/gone'));
	replaceIn(contentDir, 'benefits/base.mdx', release, at('/busy'));
	replaceIn(contentDir, 'zones/zone.mdx', release, at('/head-refused'));
	appendFileSync(
		join(contentDir, 'glossary.yaml'),
		[
			'  sources:',
			'    - title: Sent on for now',
			`      url: ${at('/temporary')}`,
			'    - title: Broken',
			`      url: ${at('/broken')}`,
			'    - title: Slow',
			`      url: ${at('/slow')}`,
			'    - title: Nobody home',
			`      url: http://127.0.0.1:${closed}/`,
			'    - title: Another site',
			`      url: ${other.origin}/a`,
			'    - title: Another page of it',
			`      url: ${other.origin}/b`,
			'    - title: A third page of it',
			`      url: ${other.origin}/c`,
			'',
		].join('\n'),
	);
	// A translation has no sources of its own; one that wrote some anyway is not the source checker's to read.
	writeFileSync(
		join(contentDir, 'paths', 'approval.ko.mdx'),
		`---\ntitle: 승인\nsummary: 승인을 신청합니다.\ntranslatedFrom: 2026-06-01\nsources:\n  - title: Copy\n    url: ${other.origin}/translated\n---\n`,
	);
	return contentDir;
}

async function sources(args: string[], contentDir: string, cacheFile: string, env: Record<string, string> = {}) {
	const lines: string[] = [];
	const code = await runSourceCli(
		[...args, '--timeout', '1', '--host-delay', '0.05', '--archive-api', `${site.origin}/wayback/available`, contentDir],
		{ out: (text) => void lines.push(text), note: () => undefined, isTTY: false, cwd: dirname(contentDir), env, cacheFile },
	);
	return { code, output: lines.join('\n') };
}

/** Addresses as the test's servers give them vary by port; these names do not. */
const portless = (text: string) =>
	text.replaceAll(site.origin, 'http://site').replaceAll(other.origin, 'http://other').replaceAll(`127.0.0.1:${closed}`, 'closed');

describe('npm run check:sources', () => {
	const cacheFile = () => join(temporaryDir('sources-cache-'), 'results.json');
	let contentDir: string;
	let cache: string;
	let first: Awaited<ReturnType<typeof sources>>;
	let firstRequests: number;

	beforeAll(async () => {
		contentDir = watchedContent();
		cache = cacheFile();
		first = await sources(['--format', 'json'], contentDir, cache);
		firstRequests = traffic.requests.length;
	}, 20_000);

	it('reports each dead, moved and unreachable source at its file, line and column, and nothing else', () => {
		const report = JSON.parse(first.output) as { diagnostics: { code: string; file: string; line: number; column: number; url: string }[] };
		expect(
			report.diagnostics.map(({ code, file, line, column, url }) => ({ code, at: `${file}:${line}:${column}`, url: portless(url) })),
		).toEqual([
			{ code: 'dead-source', at: 'content/finder.yaml:33:9', url: 'http://site/not-found' },
			{ code: 'dead-source', at: 'content/finder.yaml:46:9', url: 'http://site/gone' },
			{ code: 'unreachable-source', at: 'content/glossary.yaml:12:7', url: 'http://site/broken' },
			{ code: 'unreachable-source', at: 'content/glossary.yaml:14:7', url: 'http://site/slow' },
			{ code: 'unreachable-source', at: 'content/glossary.yaml:16:7', url: 'http://closed/' },
			{ code: 'moved-source', at: 'content/institutions/pmda.mdx:10:5', url: 'http://site/moved' },
			{ code: 'dead-source', at: 'content/paths/approval.mdx:14:5', url: 'http://site/gone' },
			{ code: 'dead-source', at: 'content/paths/consultation.mdx:13:5', url: 'http://site/not-found' },
		]);
	});

	it('exits 1 when a source is dead', () => {
		expect(first.code).toBe(1);
	});

	it('says what each server answered and what to do, with the new address and the archived copies, in these words', () => {
		const report = JSON.parse(first.output) as { diagnostics: { file: string; line: number; message: string; hint: string }[] };
		expect(portless(report.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}\n  Fix: ${d.hint}`).join('\n')))
			.toMatchInlineSnapshot(`
			"content/finder.yaml:33: The source \`http://site/not-found\` is gone: it answers 404 Not Found.
			  Fix: Find where its publisher put the document now and link that address, or link the Wayback Machine's copy https://web.archive.org/web/20250101000000/http://site/not-found instead. Check that it still says what the page claims, and set \`accessed\` to today. If no source states the fact any more, remove it or write it as an open question.
			content/finder.yaml:46: The source \`http://site/gone\` is gone: it answers 410 Gone.
			  Fix: Find where its publisher put the document now and link that address; the Wayback Machine has no copy of it. Check that it still says what the page claims, and set \`accessed\` to today. If no source states the fact any more, remove it or write it as an open question.
			content/glossary.yaml:12: The source \`http://site/broken\` could not be checked: it answers 500 Internal Server Error.
			  Fix: This is often passing, or the site turns away automated checks. Open the address in a browser: if the document is there, nothing needs doing; if it stays unreachable in next week's report, treat it as gone.
			content/glossary.yaml:14: The source \`http://site/slow\` could not be checked: it did not answer within 1 s.
			  Fix: This is often passing, or the site turns away automated checks. Open the address in a browser: if the document is there, nothing needs doing; if it stays unreachable in next week's report, treat it as gone.
			content/glossary.yaml:16: The source \`http://closed/\` could not be checked: the connection failed (ECONNREFUSED).
			  Fix: This is often passing, or the site turns away automated checks. Open the address in a browser: if the document is there, nothing needs doing; if it stays unreachable in next week's report, treat it as gone.
			content/institutions/pmda.mdx:10: The source \`http://site/moved\` has moved for good: it answers 301 Moved Permanently and names http://site/new-home as its new address.
			  Fix: Replace the address with http://site/new-home once you have checked it is the same document. Check that it still says what the page claims, and set \`accessed\` to today.
			content/paths/approval.mdx:14: The source \`http://site/gone\` is gone: it answers 410 Gone.
			  Fix: Find where its publisher put the document now and link that address, or link the Wayback Machine's copy https://web.archive.org/web/20250301000000/http://site/gone instead. Check that it still says what the page claims, and set \`accessed\` to today. If no source states the fact any more, remove it or write it as an open question.
			content/paths/consultation.mdx:13: The source \`http://site/not-found\` is gone: it answers 404 Not Found.
			  Fix: Find where its publisher put the document now and link that address, or link the Wayback Machine's copy https://web.archive.org/web/20250101000000/http://site/not-found instead. Check that it still says what the page claims, and set \`accessed\` to today. If no source states the fact any more, remove it or write it as an open question."
		`);
	});

	it('asks each address once, HEAD first, and GET when HEAD is refused or says the page is gone', () => {
		const methods = (path: string) => traffic.to(path).map((request) => request.method);
		expect(methods('/ok')).toEqual(['HEAD']);
		expect(methods('/moved')).toEqual(['HEAD']);
		expect(methods('/temporary')).toEqual(['HEAD']);
		expect(methods('/head-refused')).toEqual(['HEAD', 'GET']);
		expect(methods('/not-found')).toEqual(['HEAD', 'GET']);
		expect(methods('/gone')).toEqual(['HEAD', 'GET']);
		expect(methods('/new-home')).toEqual([]);
	});

	it('never reads a translation for sources', () => {
		expect(traffic.to('/translated')).toEqual([]);
	});

	it('waits as long as a busy server asks (Retry-After), then asks once more', () => {
		const [busy, again, ...more] = traffic.to('/busy');
		expect(more).toEqual([]);
		expect(again.at - busy.at).toBeGreaterThanOrEqual(1000);
	});

	it('asks one host one thing at a time, while other hosts are asked at the same time', () => {
		expect(Math.max(...traffic.mostAtOnce.values())).toBe(1);
		expect(traffic.mostAtOnceOverall).toBeGreaterThan(1);
	});

	it('rests between two requests to the same host', () => {
		const toSite = traffic.requests.filter((request) => request.host === new URL(site.origin).host).map((request) => request.at);
		const gaps = toSite.slice(1).map((at, index) => at - toSite[index]);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
	});

	it('says who is asking', () => {
		expect(new Set(traffic.requests.map((request) => request.userAgent.split(' (')[0]))).toEqual(new Set(['BioBridge source checker']));
	});

	it("asks the archive for the copy nearest each dead source's accessed day", () => {
		expect(traffic.to('/wayback/available').map((request) => portless(JSON.stringify(request.query)))).toEqual(
			expect.arrayContaining([
				JSON.stringify({ url: 'http://site/not-found' }),
				JSON.stringify({ url: 'http://site/gone' }),
				JSON.stringify({ url: 'http://site/gone', timestamp: '20250301' }),
			]),
		);
		expect(traffic.to('/wayback/available')).toHaveLength(3);
	});

	it('keeps each result with the time it was checked, by address', () => {
		const stored = JSON.parse(readFileSync(cache, 'utf8')) as { results: Record<string, { checkedAt: string; outcome: { kind: string } }> };
		expect(Object.keys(stored.results)).toHaveLength(13);
		expect(stored.results[`${site.origin}/not-found`]).toMatchObject({
			checkedAt: expect.any(String),
			outcome: { kind: 'dead', status: 404 },
		});
		expect(stored.results[`${site.origin}/moved`].outcome).toEqual({ kind: 'moved', status: 301, location: `${site.origin}/new-home` });
	});

	it('asks nothing again within the week, and reports the same from the cache', async () => {
		const again = await sources(['--format', 'json'], contentDir, cache);
		expect(traffic.requests.length).toBe(firstRequests);
		const report = JSON.parse(again.output) as { asked: number; cached: number; diagnostics: unknown[] };
		expect(report).toMatchObject({ asked: 0, cached: 13 });
		expect(report.diagnostics).toEqual(JSON.parse(first.output).diagnostics);
		expect(again.code).toBe(1);
	});

	it('writes GitHub annotations, and a job summary when GITHUB_STEP_SUMMARY is set', async () => {
		const summary = join(temporaryDir('summary-'), 'summary.md');
		writeFileSync(summary, '');
		const { output, code } = await sources(['--format', 'github'], contentDir, cache, { GITHUB_STEP_SUMMARY: summary });
		const lines = portless(output).split('\n');
		expect(lines).toHaveLength(8);
		expect(lines[0]).toMatch(
			/^::error file=content\/finder\.yaml,line=33,col=9,title=dead-source::The source `http:\/\/site\/not-found` is gone: .* Fix: Find /,
		);
		expect(lines[5]).toMatch(/^::warning file=content\/institutions\/pmda\.mdx,line=10,col=5,title=moved-source::/);
		expect(readFileSync(summary, 'utf8')).toContain('## Source check');
		expect(readFileSync(summary, 'utf8')).toContain('<code>dead-source</code>');
		expect(code).toBe(1);
	});

	it('prints each problem with its code frame and fix, then the counts', async () => {
		const { output } = await sources([], contentDir, cache);
		expect(portless(output)).toContain(
			[
				'content/institutions/pmda.mdx',
				'  content/institutions/pmda.mdx:10:5 warning The source `http://site/moved` has moved for good: it answers 301 Moved Permanently and names http://site/new-home as its new address. [moved-source]',
				'     9 |   - title: PMDA',
				'  > 10 |     url: http://site/moved',
				'       |     ^',
				'    11 | ---',
			].join('\n'),
		);
		expect(output.split('\n').at(-1)).toBe(
			'Found 4 errors and 4 warnings in 5 files (15 sources at 13 addresses checked, 13 from the cache).',
		);
	});

	it('asks every address again with --no-cache', async () => {
		const before = traffic.requests.length;
		const { code } = await sources(['--no-cache', '--format', 'json'], contentDir, cache);
		expect(code).toBe(1);
		const paths = (requests: typeof traffic.requests) => new Set(requests.map((request) => request.path));
		expect(paths(traffic.requests.slice(before))).toEqual(paths(traffic.requests.slice(0, firstRequests)));
	}, 20_000);
});

describe('exit codes', () => {
	/** Content whose sources answer, but one that has moved. */
	function movedOnly(): string {
		const contentDir = contentWith();
		for (const [file, url] of [
			['cros/lab.mdx', 'https://lab.example.jp/'],
			['paths/consultation.mdx', pmdaConsultation],
			['finder.yaml', pmdaConsultation],
			['paths/approval.mdx', pmdAct],
			['finder.yaml', pmdAct],
			['benefits/base.mdx', release],
			['zones/zone.mdx', release],
		])
			replaceIn(contentDir, file, url, `${site.origin}/ok`);
		replaceIn(contentDir, 'institutions/pmda.mdx', 'https://www.pmda.go.jp/english/', `${site.origin}/moved`);
		return contentDir;
	}

	it('exits 0 with only warnings, and 1 with them under --strict', async () => {
		const contentDir = movedOnly();
		const cache = join(temporaryDir('sources-cache-'), 'results.json');
		const plain = await sources([], contentDir, cache);
		expect(plain.code).toBe(0);
		expect(plain.output.split('\n').at(-1)).toMatch(/^Found 0 errors and 1 warning in 1 file \(.*\)\. Warnings do not fail the run\.$/);
		expect((await sources(['--strict'], contentDir, cache)).code).toBe(1);
	});

	it('exits 0 and says so when every source answers', async () => {
		const contentDir = movedOnly();
		replaceIn(contentDir, 'institutions/pmda.mdx', `${site.origin}/moved`, `${site.origin}/ok`);
		const { code, output } = await sources(['--strict'], contentDir, join(temporaryDir('sources-cache-'), 'results.json'));
		expect(code).toBe(0);
		expect(output).toBe('No source needs an editor (8 sources at 1 address checked, 0 from the cache).');
	});

	it('exits 2 on a usage mistake', async () => {
		const cache = join(temporaryDir('sources-cache-'), 'results.json');
		expect((await sources(['--format', 'xml'], contentWith(), cache)).code).toBe(2);
		expect((await sources(['--concurrency', '0'], contentWith(), cache)).code).toBe(2);
		expect((await sources(['--max-age', 'soon'], contentWith(), cache)).output).toMatch(
			/^--max-age must be a number of at least 0, not "soon"\./,
		);
	});
});

describe('what an answer means', () => {
	const url = 'https://example.org/a/b';
	it.each([
		[{ status: 200 }, { kind: 'ok', status: 200 }],
		[{ status: 204 }, { kind: 'ok', status: 204 }],
		[
			{ status: 301, location: '/c' },
			{ kind: 'moved', status: 301, location: 'https://example.org/c' },
		],
		[
			{ status: 308, location: 'https://example.net/' },
			{ kind: 'moved', status: 308, location: 'https://example.net/' },
		],
		[{ status: 301 }, { kind: 'error', status: 301 }],
		[
			{ status: 302, location: 'c' },
			{ kind: 'redirected', status: 302, location: 'https://example.org/a/c' },
		],
		[
			{ status: 303, location: '/' },
			{ kind: 'redirected', status: 303, location: 'https://example.org/' },
		],
		[
			{ status: 307, location: '/x' },
			{ kind: 'redirected', status: 307, location: 'https://example.org/x' },
		],
		[{ status: 404 }, { kind: 'dead', status: 404 }],
		[{ status: 410 }, { kind: 'dead', status: 410 }],
		[{ status: 403 }, { kind: 'error', status: 403 }],
		[{ status: 429 }, { kind: 'error', status: 429 }],
		[{ status: 503 }, { kind: 'error', status: 503 }],
		[
			{ failure: 'timeout', timeoutMs: 15_000 },
			{ kind: 'no-answer', failure: 'timeout', detail: '15 s' },
		],
		[
			{ failure: 'network', detail: 'ENOTFOUND' },
			{ kind: 'no-answer', failure: 'network', detail: 'ENOTFOUND' },
		],
	] as const)('%o is %o', (answer, outcome) => {
		expect(classify(url, answer)).toEqual(outcome);
	});

	it('reads Retry-After as seconds or as a date', () => {
		const now = Date.parse('2026-11-21T12:00:00Z');
		expect(retryAfterMs('120', now)).toBe(120_000);
		expect(retryAfterMs('Sat, 21 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
		expect(retryAfterMs('Sat, 21 Nov 2026 11:00:00 GMT', now)).toBe(0);
		expect(retryAfterMs('soon', now)).toBeUndefined();
		expect(retryAfterMs(null, now)).toBeUndefined();
	});

	it('points a dead source at the Wayback Machine without a snapshot when the archive could not be asked', () => {
		const place = { url, file: 'content/cros/lab.mdx', at: { line: 9, column: 5 }, accessed: new Date('2025-03-01') };
		const found = diagnose(place, { checkedAt: '2026-11-21T00:00:00Z', outcome: { kind: 'dead', status: 404 }, archives: {} });
		expect(found?.hint).toContain(
			'or look for a copy at https://web.archive.org/web/20250301/https://example.org/a/b in the Wayback Machine.',
		);
	});

	it("warns that a document moved to its site's home page was probably removed", () => {
		const place = { url, file: 'content/cros/lab.mdx', at: { line: 9, column: 5 } };
		const found = diagnose(place, {
			checkedAt: '2026-11-21T00:00:00Z',
			outcome: { kind: 'moved', status: 301, location: 'https://example.org/' },
		});
		expect(found?.hint).toMatch(/^The new address is the site's home page, which usually means the document was removed/);
	});
});

describe('the results cache', () => {
	it('gives a result checked less than the maximum age ago, and nothing once it is older', () => {
		const file = join(temporaryDir('sources-cache-'), 'results.json');
		const writer = new ResultsCache(file, 7);
		writer.record('https://example.org/', { checkedAt: '2026-11-21T00:00:00.000Z', outcome: { kind: 'ok', status: 200 } });
		writer.save();
		const reader = new ResultsCache(file, 7);
		expect(reader.fresh('https://example.org/', new Date('2026-11-27T23:00:00Z'))?.outcome).toEqual({ kind: 'ok', status: 200 });
		expect(reader.fresh('https://example.org/', new Date('2026-11-28T00:00:00Z'))).toBeUndefined();
		expect(new ResultsCache(file, 0).fresh('https://example.org/', new Date('2026-11-21T00:00:01Z'))).toBeUndefined();
	});

	it('ignores a stored result that is not the shape this version writes', () => {
		const file = join(temporaryDir('sources-cache-'), 'results.json');
		writeFileSync(file, JSON.stringify({ version: 1, results: { 'https://example.org/': { checkedAt: 'yesterday', outcome: 'fine' } } }));
		expect(new ResultsCache(file, 7).fresh('https://example.org/', new Date())).toBeUndefined();
	});
});

// These measure rests the code must at least take; a loaded machine can only make them longer.
describe('politeness', () => {
	it('keeps to the limit overall, one request per host, with a rest between two to a host', async () => {
		const politeness = new Politeness({ concurrency: 2, restMs: 20 });
		let open = 0;
		let most = 0;
		const openPerHost = new Map<string, number>();
		const times: Record<string, { start: number; end: number }[]> = {};
		const send = async (host: string) => {
			most = Math.max(most, ++open);
			openPerHost.set(host, (openPerHost.get(host) ?? 0) + 1);
			expect(openPerHost.get(host)).toBe(1);
			const start = Date.now();
			await sleep(10);
			(times[host] ??= []).push({ start, end: Date.now() });
			openPerHost.set(host, openPerHost.get(host)! - 1);
			open--;
		};
		const hosts = ['a', 'b', 'c', 'a', 'b', 'a'];
		await Promise.all(hosts.map((host) => politeness.turn(host, () => send(host))));
		expect(most).toBe(2);
		// The rest runs from the end of one request to the start of the next, by the clock. (The request's own 10 ms
		// are a timer's, which may fire a millisecond early by the clock: they are not part of what is asserted.)
		expect(times.a[1].start - times.a[0].end).toBeGreaterThanOrEqual(20);
		expect(times.a[2].start - times.a[1].end).toBeGreaterThanOrEqual(20);
	});

	it('rests as long as a server asked before the next request to it', async () => {
		const politeness = new Politeness({ concurrency: 4, restMs: 0 });
		const started: number[] = [];
		await Promise.all([
			politeness.turn(
				'a',
				async () => started.push(Date.now()),
				() => 200,
			),
			politeness.turn('a', async () => started.push(Date.now())),
		]);
		expect(started[1] - started[0]).toBeGreaterThanOrEqual(200);
	});
});

describe('an archived copy a page can link', () => {
	it('is the copy nearest the day the source was accessed, or the newest', () => {
		expect(archivedCopyUrl('https://example.org/a?b=c', new Date('2025-03-01'))).toBe(
			'https://web.archive.org/web/20250301/https://example.org/a?b=c',
		);
		expect(archivedCopyUrl('https://example.org/a?b=c')).toBe('https://web.archive.org/web/2/https://example.org/a?b=c');
	});
});

describe('who the checker says it is', () => {
	it("names the project's repository, in each way package.json may give it", () => {
		expect(repositoryUrl('github:org/biobridge')).toBe('https://github.com/org/biobridge');
		expect(repositoryUrl('org/biobridge')).toBe('https://github.com/org/biobridge');
		expect(repositoryUrl({ type: 'git', url: 'git+https://github.com/org/biobridge.git' })).toBe('https://github.com/org/biobridge');
		expect(repositoryUrl('git@github.com:org/biobridge.git')).toBe('https://github.com/org/biobridge');
		expect(repositoryUrl(undefined)).toBeUndefined();
		expect(userAgent({ repository: 'org/biobridge' })).toBe('BioBridge source checker (+https://github.com/org/biobridge)');
		expect(userAgent({})).toMatch(/^BioBridge source checker \(/);
	});
});

describe('the weekly issue', () => {
	const report = {
		sources: 14,
		addresses: 12,
		diagnostics: [
			{
				code: 'unreachable-source' as const,
				file: 'content/glossary.yaml',
				line: 12,
				url: 'https://slow.example/a',
				message: 'The source `https://slow.example/a` could not be checked: it did not answer within 15 s.',
				hint: 'Open the address in a browser.',
			},
			{
				code: 'dead-source' as const,
				file: 'content/paths/approval.mdx',
				line: 14,
				url: 'https://laws.example/a|b',
				message: 'The source `https://laws.example/a|b` is gone: it answers 404 Not Found.',
				hint: "Find where its publisher put the document now and link that address, or link the Wayback Machine's copy https://web.archive.org/web/20250301000000/https://laws.example/a instead.",
			},
		],
	};
	const context = { repository: 'org/biobridge', sha: 'abc123', runId: '42', today: '2026-11-23' };

	it('lists what is gone first, each with a link to its line and its address, addresses linked and nothing else', () => {
		expect(issueBody(report, context)).toMatchInlineSnapshot(`
			"The weekly source check of 2026-11-23 found 2 sources that need an editor, among 14 sources at 12 addresses ([the run](https://github.com/org/biobridge/actions/runs/42)).

			What to do: CONTRIBUTING.md, [7. When the weekly source report names your page](https://github.com/org/biobridge/blob/abc123/CONTRIBUTING.md#7-when-the-weekly-source-report-names-your-page) (한국어: [7. 주간 출처 보고서에 내 페이지가 나올 때](https://github.com/org/biobridge/blob/abc123/CONTRIBUTING.md#7-%EC%A3%BC%EA%B0%84-%EC%B6%9C%EC%B2%98-%EB%B3%B4%EA%B3%A0%EC%84%9C%EC%97%90-%EB%82%B4-%ED%8E%98%EC%9D%B4%EC%A7%80%EA%B0%80-%EB%82%98%EC%98%AC-%EB%95%8C)). Fix the page in a pull request; this issue is updated every week and closed when no source needs an editor.

			### Gone

			The document is no longer at its address. Fix these first.

			| Where | Address | Problem | Fix |
			| --- | --- | --- | --- |
			| [<code>content&#47;paths&#47;approval&#46;mdx&#58;14</code>](https://github.com/org/biobridge/blob/abc123/content/paths/approval.mdx#L14) | <https://laws.example/a%7Cb> | The source <code>https&#58;&#47;&#47;laws&#46;example&#47;a&#124;b</code> is gone&#58; it answers 404 Not Found&#46; | Find where its publisher put the document now and link that address&#44; or link the Wayback Machine&#39;s copy <https://web.archive.org/web/20250301000000/https://laws.example/a> instead&#46; |

			### Could not be checked

			Often passing, or the site turns away automated checks. Open each in a browser; if one is still listed next week, treat it as gone.

			| Where | Address | Problem | Fix |
			| --- | --- | --- | --- |
			| [<code>content&#47;glossary&#46;yaml&#58;12</code>](https://github.com/org/biobridge/blob/abc123/content/glossary.yaml#L12) | <https://slow.example/a> | The source <code>https&#58;&#47;&#47;slow&#46;example&#47;a</code> could not be checked&#58; it did not answer within 15 s&#46; | Open the address in a browser&#46; |
			"
		`);
	});

	it('links the sections of CONTRIBUTING.md that say what to do, in English and Korean', () => {
		const contributing = readFileSync(join(import.meta.dirname, '..', '..', 'CONTRIBUTING.md'), 'utf8');
		for (const heading of Object.values(guidance)) expect(contributing).toContain(`\n### ${heading}\n`);
	});

	it('says so when every source answered', () => {
		expect(issueBody({ ...report, diagnostics: [] }, context).split('\n')[0]).toBe(
			'Every source answered on 2026-11-23: 14 sources at 12 addresses ([the run](https://github.com/org/biobridge/actions/runs/42)).',
		);
	});

	it('keeps within the length GitHub allows an issue', () => {
		const many = { ...report, diagnostics: Array.from({ length: 500 }, () => report.diagnostics[1]) };
		const body = issueBody(many, context);
		expect(body.length).toBeLessThan(65_536);
		expect(body).toMatch(/…and \d+ more, too many for one issue/);
	});
});
