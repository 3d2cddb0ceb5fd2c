import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createTable, NetRequestError } from '../net';

describe('the network client at an address with no game server', () => {
  it('says so, rather than naming a table or a seat', async () => {
    // A plain file server (as `vite preview` or a course site): 404 for the matchmaking route.
    const http = createServer((_, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
    });
    await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
    const { port } = http.address() as AddressInfo;
    try {
      const made = createTable(`http://127.0.0.1:${port}`, { scenarioId: 'busan-2025', contentHash: 'x' });
      await expect(made).rejects.toBeInstanceOf(NetRequestError);
      await expect(made).rejects.toMatchObject({ code: 'serverError', message: /No game server answers/ });
    } finally {
      await new Promise<void>((done) => http.close(() => done()));
    }
  });
});
