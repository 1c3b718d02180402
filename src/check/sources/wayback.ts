/**
 * Asks the Wayback Machine's availability API for the snapshot of an address closest to a day
 * (https://archive.org/help/wayback_api.php), so the fix for a dead source can name a copy that
 * exists. The API's address is an option, so tests answer for it; it is asked as politely as
 * any source's server.
 */
import { z } from 'zod';
import { waybackTimestamp } from '../../util/archived-copy.ts';
import type { Politeness } from './politeness.ts';
import type { RequestOptions } from './request.ts';

export const defaultArchiveApi = 'https://archive.org/wayback/available';

const availabilitySchema = z.object({
	archived_snapshots: z.object({
		closest: z.object({ available: z.boolean(), url: z.string(), status: z.string().optional() }).optional(),
	}),
});

/** A snapshot's address; null when the archive has no copy; undefined when the archive could not be asked. */
export type ArchiveLookup = (url: string, accessed?: Date) => Promise<string | null | undefined>;

/** The API gives snapshot addresses as http://web.archive.org/…; readers get https. */
const secure = (snapshot: string) => snapshot.replace(/^http:\/\/web\.archive\.org\//, 'https://web.archive.org/');

export function waybackLookup(api: string, politeness: Politeness, options: RequestOptions): ArchiveLookup {
	return (url, accessed) => {
		const query = new URL(api);
		query.searchParams.set('url', url);
		if (accessed) query.searchParams.set('timestamp', waybackTimestamp(accessed));
		return politeness.turn(query.host, async () => {
			try {
				const response = await fetch(query, {
					signal: AbortSignal.timeout(options.timeoutMs),
					headers: { 'user-agent': options.userAgent, accept: 'application/json' },
				});
				if (!response.ok) {
					await response.body?.cancel();
					return undefined;
				}
				const parsed = availabilitySchema.safeParse(await response.json());
				if (!parsed.success) return undefined;
				const closest = parsed.data.archived_snapshots.closest;
				// A snapshot of an error page is no copy of the document.
				const usable = closest?.available && (closest.status === undefined || closest.status.startsWith('2'));
				return usable && /^https?:\/\//.test(closest.url) ? secure(closest.url) : null;
			} catch {
				return undefined;
			}
		});
	};
}
