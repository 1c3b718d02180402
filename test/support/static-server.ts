/** A small static file server for a built site, on a free loopback port. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** Serves `root`; with a `base` (/biobridge/), only under that path, as GitHub Pages serves a project site. */
export async function serve(root: string, base = '/'): Promise<{ url: string; server: Server }> {
	const server = createServer((request, response) => {
		const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const inside = requested.startsWith(base) || `${requested}/` === base;
		const path = normalize(`/${requested.slice(base.length)}`);
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = inside && file.startsWith(root) && existsSync(file);
		if (!found) file = join(root, '404.html');
		response.writeHead(found ? 200 : 404, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('The test server has no port.');
	return { url: `http://127.0.0.1:${address.port}`, server };
}
