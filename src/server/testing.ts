// Test helpers for the server's end-to-end tests: a server on loopback with the shipped scenarios
// and no waiting, and the next event of a client connection.
import { join } from 'node:path';
import type { TableConnection } from '../net';
import { type Catalog, loadCatalog } from './catalog';
import { type RunningServer, type ServerOptions, startServer } from './server';

/** A server on a free loopback port: the shipped scenarios, the computer at once, a 2 s grace, no log. */
export async function startTestServer(
  over: Partial<ServerOptions> = {},
): Promise<{ server: RunningServer; catalog: Catalog }> {
  const catalog = over.catalog ?? loadCatalog(join(import.meta.dirname, '../../scenarios'));
  const server = await startServer({
    catalog,
    port: 0,
    host: '127.0.0.1',
    computerDelayMs: 0,
    graceSeconds: 2,
    log: () => {},
    ...over,
  });
  return { server, catalog };
}

/** Resolves with the next event of a kind that passes `test` (rejects after 5 s). */
export function nextEvent<T>(
  conn: TableConnection,
  event: 'error' | 'partner' | 'view' | 'table',
  test: (v: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} in time`)), 5000);
    const off = conn.on(event, ((v: T) => {
      if (!test(v)) return;
      clearTimeout(timer);
      off();
      resolve(v);
    }) as never);
  });
}
