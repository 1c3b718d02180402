/**
 * What an editor reads about a source: what its address answered, in a sentence that names the
 * address, and what to do next. A source that answered, or that a server sends on for now, is
 * not reported.
 */
import { STATUS_CODES } from 'node:http';
import { archivedCopyUrl } from '../../util/archived-copy.ts';
import { sourceDiagnostic, type SourceCode, type SourceDiagnostic } from './codes.ts';
import { archiveKey, type Checked } from './results-cache.ts';
import type { SourcePlace } from './source-places.ts';

const answered = (status: number) => `it answers ${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}`;

const afterwards = 'Check that it still says what the page claims, and set `accessed` to today.';

function deadHint(place: SourcePlace, checked: Checked): string {
	const snapshot = checked.archives?.[archiveKey(place.accessed)];
	const copy =
		typeof snapshot === 'string'
			? `, or link the Wayback Machine's copy ${snapshot} instead.`
			: snapshot === null
				? '; the Wayback Machine has no copy of it.'
				: `, or look for a copy at ${archivedCopyUrl(place.url, place.accessed)} in the Wayback Machine.`;
	return `Find where its publisher put the document now and link that address${copy} ${afterwards} If no source states the fact any more, remove it or write it as an open question.`;
}

/** A site's home page as the new address of a document usually means the document was removed. */
function movedToHomePage(url: string, location: string): boolean {
	const from = new URL(url);
	const to = new URL(location);
	return to.pathname === '/' && to.search === '' && (from.pathname !== '/' || from.search !== '');
}

export function diagnose(place: SourcePlace, checked: Checked): SourceDiagnostic | undefined {
	const { outcome } = checked;
	const source = `The source \`${place.url}\``;
	const report = (code: SourceCode, message: string, hint: string) =>
		sourceDiagnostic(code, place.url, place.file, place.at, message, hint);
	switch (outcome.kind) {
		case 'ok':
		case 'redirected':
			return undefined;
		case 'dead':
			return report('dead-source', `${source} is gone: ${answered(outcome.status)}.`, deadHint(place, checked));
		case 'moved':
			return report(
				'moved-source',
				`${source} has moved for good: ${answered(outcome.status)} and names ${outcome.location} as its new address.`,
				movedToHomePage(place.url, outcome.location)
					? `The new address is the site's home page, which usually means the document was removed: look for it on the site, or treat it as gone. ${afterwards}`
					: `Replace the address with ${outcome.location} once you have checked it is the same document. ${afterwards}`,
			);
		case 'error':
		case 'no-answer': {
			const why =
				outcome.kind === 'error'
					? answered(outcome.status)
					: outcome.failure === 'timeout'
						? `it did not answer within ${outcome.detail}`
						: `the connection failed (${outcome.detail})`;
			return report(
				'unreachable-source',
				`${source} could not be checked: ${why}.`,
				"This is often passing, or the site turns away automated checks. Open the address in a browser: if the document is there, nothing needs doing; if it stays unreachable in next week's report, treat it as gone.",
			);
		}
	}
}
