// The class server: one Colyseus process (WebSocket transport) that also serves the built game
// from the same origin, so students type one address. Started by `npm run server` and by tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { WebSocket as NodeWebSocket } from 'ws';
import { createCache } from '../engine';
import { GRACE_SECONDS, MAX_PAYLOAD, ROOM_NAME } from '../net/protocol';
import type { Catalog } from './catalog';
import { tableRoom } from './room';

// Colyseus's reconnection reads a global WebSocket, which Node 20 lacks (TOOLCHAIN.md).
(globalThis as { WebSocket?: unknown }).WebSocket ??= NodeWebSocket;

export interface ServerOptions {
  readonly catalog: Catalog;
  /** 0 picks a free port. */
  readonly port: number;
  /** Default: every interface (so the room's network can reach it). */
  readonly host?: string;
  /** The built game to serve (dist/); absent or missing: only the game server runs. */
  readonly staticDir?: string;
  readonly computerDelayMs?: number;
  readonly graceSeconds?: number;
  /** Messages per second after which a client is cut off (default 40; a student sends a few a minute). */
  readonly maxMessagesPerSecond?: number;
  /** Where one-line log messages go (default: stderr); pass () => {} for silence. */
  readonly log?: (line: string) => void;
}

export interface RunningServer {
  readonly port: number;
  /** ws://127.0.0.1:port */
  readonly url: string;
  /** Counts of frames refused for size, and other errors logged. */
  readonly stats: { oversized: number; errors: number };
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.yaml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serve a file of `root` (index.html for folders); never a path outside it. */
function serveStatic(root: string | null, req: IncomingMessage, res: ServerResponse): void {
  const notFound = () => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(
      root && existsSync(join(root, 'index.html'))
        ? 'Not found.'
        : 'This server runs the game server only: build the game (npm run build) to serve it too.',
    );
  };
  if (!root || (req.method !== 'GET' && req.method !== 'HEAD')) {
    notFound();
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  } catch {
    notFound();
    return;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    notFound();
    return;
  }
  let target = file;
  try {
    if (statSync(target).isDirectory()) target = join(target, 'index.html');
    if (!statSync(target).isFile()) {
      notFound();
      return;
    }
  } catch {
    notFound();
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': target.endsWith('index.html') || target.endsWith('sw.js') ? 'no-cache' : 'max-age=3600',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(target).pipe(res);
}

/** Start a server; resolves once it listens. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const stats = { oversized: 0, errors: 0 };
  // Looked up on each request: a build made while the server runs is served at once.
  const root = opts.staticDir ? resolve(opts.staticDir) : null;
  const http = createServer();
  const transport = new WebSocketTransport({ server: http, maxPayload: MAX_PAYLOAD });
  // One line per refused frame instead of a stack trace (ws closes such a connection with 1009).
  const wss = (transport as unknown as { wss: { on(e: 'connection', f: (ws: NodeWebSocket) => void): void } })
    .wss;
  wss.on('connection', (ws) => {
    ws.removeAllListeners('error');
    ws.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' || /payload/i.test(err.message)) {
        stats.oversized++;
        log(`refused a frame over ${MAX_PAYLOAD} bytes; connection closed`);
      } else {
        stats.errors++;
        log(`connection error: ${err.message}`);
      }
    });
  });
  const oneLine =
    (level: string) =>
    (...args: unknown[]) => {
      if (level === 'error') stats.errors++;
      const text = args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
      log(`${level}: ${text.split('\n')[0] ?? ''}`);
    };
  const quiet = () => {};
  const gameServer = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    logger: {
      debug: quiet,
      info: quiet,
      log: quiet,
      trace: quiet,
      warn: oneLine('warn'),
      error: oneLine('error'),
    },
  });
  gameServer.define(
    ROOM_NAME,
    tableRoom({
      catalog: opts.catalog,
      cache: createCache(),
      computerDelayMs: opts.computerDelayMs ?? 700,
      graceSeconds: opts.graceSeconds ?? GRACE_SECONDS,
      maxMessagesPerSecond: opts.maxMessagesPerSecond ?? 40,
      log,
    }),
  );
  await gameServer.listen(opts.port, opts.host);
  // Colyseus answers its own routes (matchmaking, health check); everything else is the game.
  const colyseus = http.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  // How late this process's event loop runs: the part of a move's latency the server adds by queueing.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/__stats' && req.method === 'GET') {
      const body = JSON.stringify({
        tables: matchMaker.stats.local.roomCount,
        loopDelayMs: { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
        oversized: stats.oversized,
        errors: stats.errors,
      });
      if ((req.url ?? '').includes('reset')) loop.reset();
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    if (path.startsWith('/matchmake') || path === '/__healthcheck' || req.method === 'OPTIONS') {
      for (const handle of colyseus) handle(req, res);
    } else serveStatic(root, req, res);
  });
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    stats,
    close: async () => {
      loop.disable();
      await gameServer.gracefullyShutdown(false).catch(() => {});
      await new Promise<void>((done) => http.close(() => done()));
    },
  };
}

/** The addresses students on the room's network can type (IPv4, not loopback). */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

export { matchMaker };
