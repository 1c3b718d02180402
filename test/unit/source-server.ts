/**
 * Local web servers that answer as the web's servers do, for the source checker's tests: each
 * path answers one way, and every request is logged with its host and method, and how many
 * requests to the same host (and to all hosts) were open at once. Nothing leaves 127.0.0.1.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggedRequest {
	host: string;
	method: string;
	path: string;
	/** Query parameters, for the archive's API. */
	query: Record<string, string>;
	userAgent: string;
	/** When it arrived (Date.now()). */
	at: number;
}

export type Handler = (request: IncomingMessage, response: ServerResponse, log: LoggedRequest[]) => void;

/** What every server of one test saw. */
export class Traffic {
	readonly requests: LoggedRequest[] = [];
	private readonly open = new Map<string, number>();
	private openOverall = 0;
	/** The most requests open at once, per host. */
	readonly mostAtOnce = new Map<string, number>();
	mostAtOnceOverall = 0;

	opened(request: LoggedRequest): void {
		this.requests.push(request);
		const open = (this.open.get(request.host) ?? 0) + 1;
		this.open.set(request.host, open);
		this.mostAtOnce.set(request.host, Math.max(this.mostAtOnce.get(request.host) ?? 0, open));
		this.mostAtOnceOverall = Math.max(this.mostAtOnceOverall, ++this.openOverall);
	}

	closed(host: string): void {
		this.open.set(host, (this.open.get(host) ?? 1) - 1);
		this.openOverall--;
	}

	to(path: string): LoggedRequest[] {
		return this.requests.filter((request) => request.path === path);
	}
}

export interface TestServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	close(): Promise<void>;
}

/** A server on 127.0.0.1 at a port the system picks, answering each path with its handler (404 for any other). */
export async function startServer(traffic: Traffic, handlers: Record<string, Handler>): Promise<TestServer> {
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const logged: LoggedRequest = {
			host: request.headers.host ?? '',
			method: request.method ?? '',
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			userAgent: request.headers['user-agent'] ?? '',
			at: Date.now(),
		};
		traffic.opened(logged);
		let done = false;
		const close = () => {
			if (done) return;
			done = true;
			traffic.closed(logged.host);
		};
		response.on('finish', close);
		response.on('close', close);
		const handler = handlers[url.pathname];
		if (handler) handler(request, response, traffic.to(url.pathname));
		else response.writeHead(404).end('not here');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** A port nothing listens on: taken from the system, then let go. */
export async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}
