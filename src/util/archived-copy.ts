/**
 * An archived copy of a source in the Wayback Machine, as an address a page can show without
 * asking anyone: the Wayback Machine itself redirects a dated address to the snapshot nearest
 * that date. No file or network access here, so pages and the source checker share it.
 */
import type { z } from 'zod';
import type { sourceSchema } from '../schema/common.ts';
import { isoDate } from './iso-date.ts';

type Accessed = z.infer<ReturnType<typeof sourceSchema>>['accessed'];

/** A date as the Wayback Machine's timestamps write a day: YYYYMMDD, in UTC (content dates are UTC midnights). */
export function waybackTimestamp(date: Date): string {
	return isoDate(date).replaceAll('-', '');
}

/**
 * The Wayback Machine's copy of `url` nearest the day the source was last checked (`accessed`),
 * or its newest copy when that day is not known (`/web/2/` reads as "the latest snapshot").
 */
export function archivedCopyUrl(url: string, accessed?: Accessed): string {
	const when = accessed && !Number.isNaN(accessed.getTime()) ? waybackTimestamp(accessed) : '2';
	return `https://web.archive.org/web/${when}/${url}`;
}
