/**
 * Asks one address what became of it: HEAD first (no body to send), GET when HEAD is refused or
 * answers that the page is gone (some servers mishandle HEAD, and a dead source fails the run,
 * so it is confirmed), and once more after the wait a server asks for with 429 or 503.
 */
import type { Politeness } from './politeness.ts';
import { classify, type Outcome } from './outcome.ts';
import { request, type Answer, type RequestOptions } from './request.ts';

export interface ProbeOptions extends RequestOptions {
	/** The longest wait a `Retry-After` is honoured for, in milliseconds; a longer one is cut to this. */
	maxRetryWaitMs: number;
}

/** Answers after which GET may say otherwise: HEAD refused (405, 501), the page gone (404, 410), or no connection. */
const tryGetAfter = new Set([404, 405, 410, 501]);

const headRefused = (answer: Answer) => ('failure' in answer ? answer.failure === 'network' : tryGetAfter.has(answer.status));

/** The wait a 429 or 503 asks for, capped; undefined when the answer asks for none. */
function askedWait(answer: Answer, options: ProbeOptions): number | undefined {
	if ('failure' in answer || (answer.status !== 429 && answer.status !== 503) || answer.retryAfterMs === undefined) return undefined;
	return Math.min(answer.retryAfterMs, options.maxRetryWaitMs);
}

export async function probe(url: string, politeness: Politeness, options: ProbeOptions): Promise<Outcome> {
	const host = new URL(url).host;
	const send = (method: 'HEAD' | 'GET') =>
		politeness.turn(
			host,
			() => request(url, method, options),
			(answer) => askedWait(answer, options) ?? 0,
		);
	let method: 'HEAD' | 'GET' = 'HEAD';
	let answer = await send(method);
	if (headRefused(answer)) {
		method = 'GET';
		answer = await send(method);
	}
	// The host's next turn already waits as long as the server asked.
	if (askedWait(answer, options) !== undefined) answer = await send(method);
	return classify(url, answer);
}
