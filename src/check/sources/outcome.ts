/**
 * What an answer means for a source: alive, moved for good, gone, or not known. A redirect is
 * never followed, so a permanent one can be reported with its new address; a temporary one is
 * how many sites send readers to a current page, and counts as alive.
 */
import { z } from 'zod';
import type { Answer } from './request.ts';

const status = z.number().int();

/** Kept in the cache, so it is a schema: a stored outcome of another shape is not trusted. */
export const outcomeSchema = z.discriminatedUnion('kind', [
	/** 2xx, or a 3xx that is not a redirect. */
	z.strictObject({ kind: z.literal('ok'), status }),
	/** 302, 303 or 307: the address stands, the server sends readers on for now. */
	z.strictObject({ kind: z.literal('redirected'), status, location: z.string() }),
	/** 301 or 308: the document has a new address for good. */
	z.strictObject({ kind: z.literal('moved'), status, location: z.string() }),
	/** 404 or 410: the document is not there. */
	z.strictObject({ kind: z.literal('dead'), status }),
	/** Another 4xx or 5xx, or a redirect without its address: not proof of anything. */
	z.strictObject({ kind: z.literal('error'), status }),
	/** No answer at all. */
	z.strictObject({ kind: z.literal('no-answer'), failure: z.enum(['timeout', 'network']), detail: z.string() }),
]);

export type Outcome = z.infer<typeof outcomeSchema>;

const permanent = new Set([301, 308]);
const temporary = new Set([302, 303, 307]);
const gone = new Set([404, 410]);

export function classify(url: string, answer: Answer): Outcome {
	if ('failure' in answer)
		return answer.failure === 'timeout'
			? { kind: 'no-answer', failure: 'timeout', detail: `${answer.timeoutMs / 1000} s` }
			: { kind: 'no-answer', failure: 'network', detail: answer.detail };
	const { status } = answer;
	if (permanent.has(status) || temporary.has(status)) {
		const location = absolute(answer.location, url);
		if (location === undefined) return { kind: 'error', status };
		return { kind: permanent.has(status) ? 'moved' : 'redirected', status, location };
	}
	if (gone.has(status)) return { kind: 'dead', status };
	if (status >= 400) return { kind: 'error', status };
	return { kind: 'ok', status };
}

/** `Location` may be relative to the address asked for. */
function absolute(location: string | undefined, base: string): string | undefined {
	if (!location) return undefined;
	try {
		return new URL(location, base).href;
	} catch {
		return undefined;
	}
}
