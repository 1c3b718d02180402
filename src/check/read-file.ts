/**
 * Reads a content file the way a pull request may not abuse: a regular file only (a symbolic
 * link is never followed, not even one that appears after the folder was listed), no larger
 * than `maxFileBytes`, decoded as strict UTF-8. A byte-order mark at the start is kept, as
 * Node's readFile keeps it for Astro (whose frontmatter rule and YAML reader each allow one); a
 * second one, or one anywhere else, is an invisible character no editor means and is refused.
 * Reporters read code frames through this too, so no byte from outside content/ is printed.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { maxFileBytes } from './limits.ts';

export type ReadResult =
	| { ok: true; text: string }
	| { ok: false; problem: 'not-a-file' | 'too-large'; bytes?: number }
	| { ok: false; problem: 'encoding' | 'stray-bom'; line: number; column: number };

export type BytesResult = { ok: true; bytes: Uint8Array } | Extract<ReadResult, { problem: 'not-a-file' | 'too-large' }>;

// ignoreBOM: the mark stays in the text, as it does in what Astro reads.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readContentFile(absolute: string): ReadResult {
	const read = readContentBytes(absolute);
	return read.ok ? decode(read.bytes) : read;
}

/** A content file's bytes, read as `readContentFile` reads them, not yet decoded: the cache knows a file by its bytes. */
export function readContentBytes(absolute: string): BytesResult {
	let fd: number;
	try {
		// O_NOFOLLOW: opening a symbolic link fails instead of reading what it points at.
		fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch {
		return { ok: false, problem: 'not-a-file' };
	}
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) return { ok: false, problem: 'not-a-file' };
		if (stat.size > maxFileBytes) return { ok: false, problem: 'too-large', bytes: stat.size };
		// Not zero-filled: only the bytes read are ever used.
		const bytes = Buffer.allocUnsafe(stat.size);
		let read = 0;
		while (read < bytes.length) {
			const count = readSync(fd, bytes, read, bytes.length - read, read);
			if (count === 0) break;
			read += count;
		}
		return { ok: true, bytes: read === bytes.length ? bytes : bytes.subarray(0, read) };
	} finally {
		closeSync(fd);
	}
}

/** Strict UTF-8, with the line and column of the first byte that is not. */
export function decode(bytes: Uint8Array): ReadResult {
	try {
		const text = decoder.decode(bytes);
		const stray = text.indexOf('\uFEFF', 1);
		if (stray === -1) return { ok: true, text };
		const before = text.slice(0, stray).split('\n');
		return { ok: false, problem: 'stray-bom', line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
	} catch {
		const offset = firstInvalidByte(bytes);
		const before = bytes.subarray(0, offset);
		let line = 1;
		let lineStart = 0;
		for (let index = 0; index < before.length; index++) {
			if (before[index] === 0x0a) {
				line++;
				lineStart = index + 1;
			}
		}
		const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
		return { ok: false, problem: 'encoding', line, column };
	}
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
	let low = 0;
	let high = bytes.length;
	// Decoding is all-or-nothing, so search for the shortest prefix that fails.
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (validPrefix(bytes.subarray(0, middle + 1))) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** True when `bytes` is valid UTF-8, allowing an unfinished sequence at its end. */
function validPrefix(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
		return true;
	} catch {
		return false;
	}
}

/** For reporters' code frames: a reported file's text (relative to `base`), read as safely as the checker reads it. */
export function sourceReader(base: string): (file: string) => string | undefined {
	return (file) => {
		const read = readContentFile(join(base, file));
		return read.ok ? read.text : undefined;
	};
}
