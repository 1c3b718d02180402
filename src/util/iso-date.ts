/** "2026-11-21": a day in its machine form (ISO 8601, in UTC), for `datetime` attributes, data and the checker's dates. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
