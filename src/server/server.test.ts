// The class server's own HTTP side: the built game from the same origin, nothing outside it,
// a notice without a build, and /__stats.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server';

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bc-static-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  server = await startServer({
    catalog: new Map(),
    port: 0,
    host: '127.0.0.1',
    staticDir: join(dir, 'dist'),
    log: () => {},
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** GET a raw path (no normalisation by the client). */
function get(path: string): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type']) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the class server over HTTP', () => {
  it('says the game is not built, then serves the build made while it runs', async () => {
    expect((await get('/')).body).toContain('npm run build');
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>game</title>');
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.body).toContain('<title>game</title>');
  });

  it('never serves a file outside the build', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/%E0%A4%A',
    ]) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('outside');
    }
  });

  it('answers /__stats with its event-loop delay', async () => {
    const r = await get('/__stats');
    expect(JSON.parse(r.body)).toMatchObject({ tables: 0, loopDelayMs: { p99: expect.any(Number) } });
  });
});
