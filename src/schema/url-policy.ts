/**
 * Which addresses may reach a reader's browser, decided once for the schemas, the checker and
 * the pages. An address is judged as a browser would read it: character references decoded,
 * and tabs, line breaks and other control characters removed (browsers drop them from URLs,
 * which is how `java&#x09;script:` becomes `javascript:`).
 */
import { decodeHTML } from 'entities';
import { internationalHostAllowlist, officialLookingSuffixes } from './official-hosts.ts';
import { memoise } from '../util/memoise.ts';

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

export type UrlProblem = { kind: 'scheme'; scheme: string } | { kind: 'protocol-relative' } | { kind: 'credentials' };

/** Why `raw` may not be a link in content, or undefined when it may. */
export function linkProblem(raw: string): UrlProblem | undefined {
	const url = normaliseUrl(raw);
	if (url.startsWith('//') || url.startsWith('\\\\')) return { kind: 'protocol-relative' };
	const scheme = urlScheme(url);
	if (scheme === undefined) return undefined;
	if (!(linkSchemes as readonly string[]).includes(scheme)) return { kind: 'scheme', scheme };
	return scheme === 'https' && hasCredentials(url) ? { kind: 'credentials' } : undefined;
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

/** Hosts as a reader's browser would reach them, judged once for body links, sources and website fields. */
export type HostProblem =
	/** Letters outside ASCII, or xn-- punycode: a homograph of another host is possible. */
	| { kind: 'international'; host: string; ascii: string }
	/** An official-looking domain before the real end of the host: `pmda.go.jp.example.net`. */
	| { kind: 'dressed-as-official'; host: string; official: string };

/** The host of an https address as written (before the browser turns Unicode into punycode), or undefined. */
export function writtenHost(url: string): string | undefined {
	return /^https:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url)?.[1];
}

/** Why the host of `url` may not be linked, or undefined when it may. */
export function hostProblem(url: string): HostProblem | undefined {
	const written = writtenHost(normaliseUrl(url));
	return written ? hostProblemOf(written.toLowerCase().replace(/\.$/, '')) : undefined;
}

/** The answer for one host, worked out once: a site links the same few hosts thousands of times. */
const hostProblemOf = memoise((host: string) => host, judgeHost);

function judgeHost(host: string): HostProblem | undefined {
	let ascii = host;
	try {
		ascii = new URL(`https://${host}/`).hostname;
	} catch {
		// Not a host a browser would reach; the link rules report what is wrong with it.
	}
	const international = /[^\x20-\x7e]/.test(host) || ascii.split('.').some((label) => label.startsWith('xn--'));
	if (international && !internationalHostAllowlist.includes(ascii)) return { kind: 'international', host, ascii };
	const labels = ascii.split('.');
	for (const official of officialLookingSuffixes) {
		const parts = official.split('.');
		// Anywhere but at the end, as whole labels: go.jp.evil.example.
		for (let index = 0; index + parts.length < labels.length; index++)
			if (parts.every((part, offset) => labels[index + offset] === part)) return { kind: 'dressed-as-official', host, official };
		// In one label with hyphens: pmda-go-jp.example.
		if (labels.slice(0, -1).some((label) => label.split('-').join('.').includes(`.${official}`)))
			return { kind: 'dressed-as-official', host, official };
	}
	return undefined;
}

/**
 * Where a body's images live: in the repository's public/images/ folder, served at /images/.
 * An image is written as its site path (`/images/timeline.png`): Astro imports a Markdown image
 * whose address is not a site path or a URL, and an import is how content could make the build
 * run code or print a file, so no other image address is ever accepted.
 */
export const imageFolder = { route: '/images/', repository: 'public/images' } as const;

/** The image types a body may show, by file extension, with the bytes every such file starts with. SVG is not among them: an SVG can carry script. */
export const imageTypes = {
	png: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
	jpg: [[0xff, 0xd8, 0xff]],
	jpeg: [[0xff, 0xd8, 0xff]],
	gif: [
		[0x47, 0x49, 0x46, 0x38, 0x37, 0x61],
		[0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
	],
	// RIFF....WEBP: the size in between is skipped (null).
	webp: [[0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]],
	// ....ftypavif
	avif: [[null, null, null, null, 0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66]],
} as const satisfies Record<string, readonly (readonly (number | null)[])[]>;

export type ImageType = keyof typeof imageTypes;

export type ImageProblem =
	/** Another host, a scheme or a protocol-relative address. */
	| { kind: 'external-image' }
	/** Percent-encoding that does not decode. */
	| { kind: 'malformed' }
	/** A `?` or `#` after the file: Vite reads `?raw`, `?url`, `?inline`, `?worker` as instructions. */
	| { kind: 'suffix' }
	/** Not a file under /images/ (a relative address, another folder, `..`). */
	| { kind: 'outside-folder' }
	/** A file under /images/ whose extension is not an allowed image type. */
	| { kind: 'type'; extension: string };

/** Lower-case ASCII words and digits joined by hyphens, dots or underscores, in folders of the same. */
const imagePath = /^\/images\/((?:[a-z0-9][a-z0-9_-]*\/)*[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.([a-z0-9]+))$/;

/** The path under public/images/ that an image address names, or why it may not be used. */
export function imageAddress(raw: string): { file: string; type: ImageType } | ImageProblem {
	const url = normaliseUrl(raw);
	if (urlScheme(url) !== undefined || /^[/\\]{2}/.test(url)) return { kind: 'external-image' };
	let decoded: string;
	try {
		// What Astro's Markdown pipeline does with an image's address before it decides whether to import it.
		decoded = decodeURI(url);
	} catch {
		return { kind: 'malformed' };
	}
	if (/[?#]/.test(url) || /[?#]/.test(decoded)) return { kind: 'suffix' };
	const match = imagePath.exec(decoded);
	if (!match || decoded !== url) return { kind: 'outside-folder' };
	const extension = match[2];
	return extension in imageTypes ? { file: match[1], type: extension as ImageType } : { kind: 'type', extension };
}

/** Whether `bytes` begin as an image of `type` does. */
export function looksLike(bytes: Uint8Array, type: ImageType): boolean {
	return imageTypes[type].some((signature) => signature.every((byte, index) => byte === null || bytes[index] === byte));
}
