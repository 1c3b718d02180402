/**
 * How the checker shares other people's servers: one request at a time to a host, a rest
 * between two requests to it, as long a rest as the server asks for (Retry-After), and no more
 * than `concurrency` requests in flight overall. A host is an address's name and port (URL's
 * `host`): on the web, sources use the default port, so a host is one site's server.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface PolitenessOptions {
	/** Requests in flight at once, over all hosts. */
	concurrency: number;
	/** The rest between two requests to the same host, in milliseconds. */
	restMs: number;
}

export class Politeness {
	private readonly options: PolitenessOptions;
	/** Each host's last turn: the next one starts after it. */
	private readonly turns = new Map<string, Promise<unknown>>();
	/** When each host may be asked again (ms since the epoch). */
	private readonly restUntil = new Map<string, number>();
	private inFlight = 0;
	private readonly waiting: (() => void)[] = [];

	constructor(options: PolitenessOptions) {
		this.options = options;
	}

	/**
	 * Run `send` when `host` is free and rested and a slot is open. `askedRest` reads from the
	 * result how long the server asked to be left alone (e.g. Retry-After), when longer than
	 * the usual rest.
	 */
	turn<T>(host: string, send: () => Promise<T>, askedRest: (result: T) => number = () => 0): Promise<T> {
		const previous = this.turns.get(host) ?? Promise.resolve();
		const mine = previous.then(async () => {
			await this.rested(host);
			await this.slot();
			let rest = this.options.restMs;
			try {
				const result = await send();
				rest = Math.max(rest, askedRest(result));
				return result;
			} finally {
				this.restUntil.set(host, Date.now() + rest);
				this.release();
			}
		});
		// A failed turn must not stop the host's later ones.
		this.turns.set(
			host,
			mine.catch(() => undefined),
		);
		return mine;
	}

	/** Waits out the host's rest; timers may fire a little early, so the clock decides. */
	private async rested(host: string): Promise<void> {
		const until = this.restUntil.get(host) ?? 0;
		for (let left = until - Date.now(); left > 0; left = until - Date.now()) await sleep(left);
	}

	private async slot(): Promise<void> {
		if (this.inFlight < this.options.concurrency) {
			this.inFlight++;
			return;
		}
		// The slot is handed over by `release`, which keeps the count.
		await new Promise<void>((resolve) => this.waiting.push(resolve));
	}

	private release(): void {
		const next = this.waiting.shift();
		if (next) next();
		else this.inFlight--;
	}
}
