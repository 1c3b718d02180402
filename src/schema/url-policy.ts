/**
 * Which addresses may reach a reader's browser, decided once for the schemas, the checker and
 * the pages. An address is judged as a browser would read it: character references decoded,
 * and tabs, line breaks and other control characters removed (browsers drop them from URLs,
 * which is how `java&#x09;script:` becomes `javascript:`).
 */
import { decodeHTML } from 'entities';

/** Schemes a link may use; anything else (javascript:, data:, http:, file:, vbscript:…) is refused. */
export const linkSchemes = ['https', 'mailto', 'tel'] as const;

/** The address a browser would follow: entities decoded, control characters and surrounding spaces removed. */
export function normaliseUrl(raw: string): string {
	// Control characters are exactly what is removed.
	// eslint-disable-next-line no-control-regex
	const control = /[\u0000-\u001F\u007F]/g;
	return decodeHTML(raw).replace(control, '').trim();
}

/** The scheme of an address, lower-cased, or undefined for a relative address. */
export function urlScheme(url: string): string | undefined {
	return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
}

export type UrlProblem =
	{ kind: 'scheme'; scheme: string } | { kind: 'protocol-relative' } | { kind: 'credentials' } | { kind: 'external-image' };

/** Why `raw` may not be a link in content, or undefined when it may. */
export function linkProblem(raw: string): UrlProblem | undefined {
	const url = normaliseUrl(raw);
	if (url.startsWith('//') || url.startsWith('\\\\')) return { kind: 'protocol-relative' };
	const scheme = urlScheme(url);
	if (scheme === undefined) return undefined;
	if (!(linkSchemes as readonly string[]).includes(scheme)) return { kind: 'scheme', scheme };
	return scheme === 'https' && hasCredentials(url) ? { kind: 'credentials' } : undefined;
}

/** Images come from the repository only: a site path, never another host or a data: URL. */
export function imageProblem(raw: string): UrlProblem | undefined {
	const url = normaliseUrl(raw);
	return urlScheme(url) !== undefined || url.startsWith('//') || url.startsWith('\\\\') ? { kind: 'external-image' } : undefined;
}

/** True when an https address carries a user name or password (`https://admin:secret@…`). */
export function hasCredentials(url: string): boolean {
	try {
		const parsed = new URL(url);
		return parsed.username !== '' || parsed.password !== '';
	} catch {
		return false;
	}
}
