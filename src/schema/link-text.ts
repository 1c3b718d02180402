/**
 * A link must go where its words say it goes. When the text a reader sees (or the label a screen
 * reader announces) reads as an address — a web address or a domain, an e-mail address, a phone
 * number — the link must point there: `[www.pmda.go.jp/fees](https://pmda.go.jp.evil.example/)`,
 * `[03-3506-9456](tel:+1-900-…)` and `[pmda@pmda.go.jp](mailto:help@evil.example)` are refused.
 * Domains are compared by the part a company registers (pmda.go.jp, e-gov.go.jp), using the
 * Public Suffix List through tldts, so laws.e-gov.go.jp may stand for elaws.e-gov.go.jp.
 */
import { parse } from 'tldts';
import { normaliseUrl, urlScheme } from './url-policy.ts';

/** What a piece of link text claims the link leads to. */
export type Claim =
	| { kind: 'domain'; text: string; domain: string }
	| { kind: 'email'; text: string; address: string }
	| { kind: 'phone'; text: string; digits: string };

const emailPattern = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
/** A run of lower-case labels joined by dots, optionally with a scheme before and a path after. */
const domainPattern =
	/(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}|(?:[\p{L}\p{N}-]+\.)+\p{L}{2,})(?=$|[/\s),.;:!?'"」』）])/gu;
/** Digits with the usual separators, at least seven digits in all: how phone numbers are written. */
const phonePattern = /(?<![\p{L}\p{N}])\+?\d[\d\s().-]{5,}\d(?![\p{L}\p{N}])/gu;

/** The registrable domain of a host name (pmda.go.jp for www.pmda.go.jp), or the host itself where the Public Suffix List knows none. */
export function registrableDomain(host: string): string | undefined {
	const parsed = parse(host.toLowerCase());
	if (!parsed.publicSuffix || !parsed.isIcann) return undefined;
	return parsed.domain ?? undefined;
}

/** The addresses a piece of text reads as. Ordinary words with dots ("e.g.", "Node.js") are not addresses: their ending is not a real top-level domain. */
export function claims(text: string): Claim[] {
	const found: Claim[] = [];
	const withoutEmails = text.replace(emailPattern, (address) => {
		found.push({ kind: 'email', text: address, address: address.toLowerCase() });
		return ' ';
	});
	for (const match of withoutEmails.matchAll(domainPattern)) {
		const domain = registrableDomain(match[1]);
		// A dotted word in capitals (ASP.NET) is a name, not an address a reader would type.
		if (domain && (match[0] === match[0].toLowerCase() || /^(?:https?:\/\/|www\.)/i.test(match[0])))
			found.push({ kind: 'domain', text: match[0], domain });
	}
	for (const match of text.matchAll(phonePattern)) {
		const digits = match[0].replace(/\D/g, '');
		// Years and ranges ("2014-2018", "1,000,000") are not phone numbers: a phone number has separators between groups of digits and 9 to 15 digits.
		if (digits.length >= 9 && digits.length <= 15 && /[\s().-]/.test(match[0].trim()) && !/^\d{4}[-–]\d{4}$/.test(match[0].trim()))
			found.push({ kind: 'phone', text: match[0].trim(), digits });
	}
	return found;
}

/** Whether a phone number written in text (national or international form) is the one `href` dials. */
function samePhone(written: string, dialled: string): boolean {
	if (written === dialled) return true;
	const national = written.replace(/^0/, '');
	// +81 3 3506 9456 is 03-3506-9456 in Japan: a country code of one to three digits in place of the leading 0.
	return (
		dialled.endsWith(national) && dialled.length - national.length >= 1 && dialled.length - national.length <= 3 && written.startsWith('0')
	);
}

/** The first claim of `text` that `href` does not keep, or undefined when every claim holds. */
export function brokenClaim(text: string, href: string): Claim | undefined {
	// Most link texts claim no address: the link's own address is read only for one that does.
	const found = claims(text);
	if (found.length === 0) return undefined;
	const url = normaliseUrl(href);
	const scheme = urlScheme(url);
	let host: string | undefined;
	if (scheme === 'https' || scheme === 'http') {
		try {
			host = new URL(url).hostname;
		} catch {
			host = undefined;
		}
	}
	const hostDomain = host ? registrableDomain(host) : undefined;
	const mailto = scheme === 'mailto' ? decodeURIComponent(url.slice('mailto:'.length).split('?')[0]).toLowerCase() : undefined;
	const tel = scheme === 'tel' ? url.slice('tel:'.length).replace(/\D/g, '') : undefined;
	for (const claim of found) {
		if (claim.kind === 'domain' && claim.domain !== hostDomain) return claim;
		if (claim.kind === 'email' && claim.address !== mailto) return claim;
		if (claim.kind === 'phone' && (tel === undefined || !samePhone(claim.digits, tel))) return claim;
	}
	return undefined;
}
