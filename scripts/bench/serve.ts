// A tiny static file server on 127.0.0.1 for the browser bench and build checks: each mount serves
// a built folder under its own sub-path, which also proves that the builds run from a sub-folder.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.yaml': 'text/yaml; charset=utf-8',
};

/** A running server: its origin (http://127.0.0.1:port) and a way to stop it. */
export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Resolve a request path to a file inside one of the mounts, or null (never outside a root). */
export function resolveMount(mounts: Readonly<Record<string, string>>, urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  for (const [prefix, dir] of Object.entries(mounts)) {
    const base = `/${prefix}/`;
    if (!path.startsWith(base)) continue;
    const root = resolve(dir);
    const file = resolve(root, normalize(path.slice(base.length) || 'index.html'));
    return file === root || file.startsWith(root + sep) ? file : null;
  }
  return null;
}

/** Serve each mount's folder under /<name>/ on 127.0.0.1 and an ephemeral port. */
export async function serveStatic(mounts: Readonly<Record<string, string>>): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    try {
      let file = resolveMount(mounts, req.url ?? '/');
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
