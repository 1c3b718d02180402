/**
 * The source checker as a sentence: list every source in the content → ask each address once
 * (unless it was asked recently) → for each dead one, find the Wayback Machine's copy → report
 * each place that needs an editor, in reading order.
 */
import { byLocation } from '../diagnostic.ts';
import type { SourceDiagnostic } from './codes.ts';
import { diagnose } from './diagnose.ts';
import { Politeness } from './politeness.ts';
import { probe } from './probe.ts';
import { archiveKey, ResultsCache, type Checked } from './results-cache.ts';
import { listSourcePlaces, type SourcePlace } from './source-places.ts';
import { defaultArchiveApi, waybackLookup } from './wayback.ts';

export interface SourceCheckOptions {
	/** The content folder. */
	contentDir: string;
	/** How files are named in reports: `content` gives `content/cros/cmic.mdx`. */
	label?: string;
	/** Where results are kept between runs; without it, every address is asked and nothing is kept. */
	cacheFile?: string;
	/** An address asked less than this many days ago is not asked again. */
	maxAgeDays: number;
	/** Give up on an address after this long, in milliseconds. */
	timeoutMs: number;
	/** Requests in flight at once, over all hosts. */
	concurrency: number;
	/** The rest between two requests to the same host, in milliseconds. */
	hostRestMs: number;
	/** The longest `Retry-After` honoured, in milliseconds. */
	maxRetryWaitMs: number;
	/** Sent with every request. */
	userAgent: string;
	/** The Wayback Machine's availability API. */
	archiveApi?: string;
	/** The time now, for the cache. */
	now?: () => Date;
}

export interface SourceCheckResult {
	/** One per place that needs an editor. */
	diagnostics: SourceDiagnostic[];
	errors: number;
	warnings: number;
	/** Sources in the content. */
	sources: number;
	/** Distinct addresses among them. */
	addresses: number;
	/** Addresses asked in this run; the others came from the cache. */
	asked: number;
	cached: number;
	durationMs: number;
}

function groupByUrl(places: SourcePlace[]): Map<string, SourcePlace[]> {
	const byUrl = new Map<string, SourcePlace[]>();
	for (const place of places) byUrl.set(place.url, [...(byUrl.get(place.url) ?? []), place]);
	return byUrl;
}

export async function checkSources(options: SourceCheckOptions): Promise<SourceCheckResult> {
	const started = performance.now();
	const now = options.now ?? (() => new Date());
	const places = listSourcePlaces(options.contentDir, options.label);
	const byUrl = groupByUrl(places);
	const cache = new ResultsCache(options.cacheFile, options.maxAgeDays);
	const politeness = new Politeness({ concurrency: options.concurrency, restMs: options.hostRestMs });
	const requestOptions = { timeoutMs: options.timeoutMs, userAgent: options.userAgent };

	let asked = 0;
	const ask = async (url: string): Promise<Checked> => {
		asked++;
		const outcome = await probe(url, politeness, { ...requestOptions, maxRetryWaitMs: options.maxRetryWaitMs });
		return cache.record(url, { checkedAt: now().toISOString(), outcome });
	};
	const addresses = await Promise.all(
		[...byUrl].map(async ([url, placed]) => ({ url, placed, checked: cache.fresh(url, now()) ?? (await ask(url)) })),
	);

	// Once every source is asked, so the archive's requests never wait behind a source's server.
	const lookup = waybackLookup(options.archiveApi ?? defaultArchiveApi, politeness, requestOptions);
	const lookups: Promise<void>[] = [];
	for (const { url, placed, checked } of addresses) {
		if (checked.outcome.kind !== 'dead') continue;
		// The result the cache holds, so what is found here is kept with it.
		const archives = (checked.archives ??= {});
		const days = new Map(placed.map((place) => [archiveKey(place.accessed), place.accessed]));
		for (const [key, accessed] of days) {
			if (key in archives) continue;
			lookups.push(
				lookup(url, accessed).then((snapshot) => {
					// An archive that could not be asked is asked again next time.
					if (snapshot !== undefined) archives[key] = snapshot;
				}),
			);
		}
	}
	await Promise.all(lookups);
	cache.save();

	const diagnostics = addresses
		.flatMap(({ placed, checked }) => placed.map((place) => diagnose(place, checked)))
		.filter((d): d is SourceDiagnostic => d !== undefined)
		.sort(byLocation);
	return {
		diagnostics,
		errors: diagnostics.filter((d) => d.severity === 'error').length,
		warnings: diagnostics.filter((d) => d.severity === 'warning').length,
		sources: places.length,
		addresses: addresses.length,
		asked,
		cached: addresses.length - asked,
		durationMs: performance.now() - started,
	};
}
