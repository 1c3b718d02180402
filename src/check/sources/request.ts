/**
 * One request to a source's address, as the checker needs it: the status and the headers that
 * say where it went or when to come back, never the body, never a redirect followed (a
 * redirect is what is being checked). Node's own fetch (undici) makes the request.
 */
export interface RequestOptions {
	/** Give up after this long, in milliseconds. */
	timeoutMs: number;
	/** Who is asking: servers and their operators see it. */
	userAgent: string;
}

/** What the server said, or that it said nothing. */
export type Answer =
	| {
			status: number;
			/** The `Location` header, as sent. */
			location?: string;
			/** How long the server asks to be left alone (`Retry-After`), in milliseconds. */
			retryAfterMs?: number;
	  }
	| { failure: 'timeout'; timeoutMs: number }
	| { failure: 'network'; detail: string };

export async function request(url: string, method: 'HEAD' | 'GET', options: RequestOptions): Promise<Answer> {
	let response: Response;
	try {
		response = await fetch(url, {
			method,
			redirect: 'manual',
			signal: AbortSignal.timeout(options.timeoutMs),
			headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8' },
		});
	} catch (error) {
		if (error instanceof DOMException && error.name === 'TimeoutError') return { failure: 'timeout', timeoutMs: options.timeoutMs };
		return { failure: 'network', detail: networkDetail(error) };
	}
	// The status is all that is needed: a GET's body is not downloaded.
	await response.body?.cancel().catch(() => undefined);
	return {
		status: response.status,
		location: response.headers.get('location') ?? undefined,
		retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
	};
}

/** fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a certificate error) is its cause. */
function networkDetail(error: unknown): string {
	const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
	if (typeof cause?.code === 'string') return cause.code;
	if (typeof cause?.message === 'string') return cause.message;
	return error instanceof Error ? error.message : String(error);
}

/** `Retry-After` is either a number of seconds or an HTTP date (RFC 9110, 10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
	if (header === null) return undefined;
	const text = header.trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
