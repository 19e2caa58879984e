/**
 * Serves a built site over loopback the way a static host does: files under the base path,
 * `index.html` for directories, the site's 404 page otherwise. Records every request.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain',
};

export interface StaticServer {
	origin: string;
	/** `origin` + base path, with a trailing slash. */
	url: string;
	requests: string[];
	/** Bytes sent so far (response bodies). */
	bytesSent(): number;
	close(): Promise<void>;
}

/** `port` 0 picks a free one; a test that restarts a server passes the old port to keep the origin. */
export async function serveStatic(dir: string, base = '/', port = 0): Promise<StaticServer> {
	const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const requests: string[] = [];
	let sent = 0;
	const send = async (res: import('node:http').ServerResponse, file: string, status = 200) => {
		const body = await readFile(file);
		sent += body.length;
		res.writeHead(status, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'content-length': body.length,
		});
		res.end(body);
	};
	const server: Server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		requests.push(path);
		try {
			if (!path.startsWith(prefix) && `${path}/` !== prefix) throw new Error('outside base');
			let file = normalize(join(dir, path.slice(prefix.length - 1)));
			if (!file.startsWith(normalize(dir))) throw new Error('outside dir');
			if ((await stat(file).catch(() => undefined))?.isDirectory()) {
				if (!path.endsWith('/')) {
					res.writeHead(301, { location: `${path}/` });
					res.end();
					return;
				}
				file = join(file, 'index.html');
			}
			await send(res, file);
		} catch {
			await send(res, join(dir, '404.html'), 404).catch(() => {
				res.writeHead(404);
				res.end('not found');
			});
		}
	});
	// Idle kept-alive connections stay open longer than Node's fetch keeps them (4 s), so a client
	// never reuses one the server is closing at that moment ("other side closed" on a busy machine).
	server.keepAliveTimeout = 60_000;
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address() as import('node:net').AddressInfo;
	const origin = `http://127.0.0.1:${address.port}`;
	return {
		origin,
		url: `${origin}${prefix}`,
		requests,
		bytesSent: () => sent,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				// Kept-alive browser connections would keep the old server answering.
				server.closeAllConnections();
			}),
	};
}
