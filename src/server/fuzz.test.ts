// Fuzzing the table server: thousands of random and malformed messages from both seats, raw
// garbage frames, oversized frames, stray WebSockets and junk matchmaking requests. Each must be
// refused without changing the game, and the server must stay up and keep serving tables.
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { checkMove, type GameState, type Model, type PlayerView, replayLog } from '../engine';
import { createTable, joinTable, MAX_PAYLOAD, parseMoveMessage, type TableConnection } from '../net';
import { type Catalog, loadCatalog } from './catalog';
import { type RunningServer, startServer } from './server';

let server: RunningServer;
let catalog: Catalog;
let model: Model;
const logged: string[] = [];

beforeAll(async () => {
  catalog = loadCatalog(join(import.meta.dirname, '../../scenarios'));
  model = catalog.get('tutorial')!;
  server = await startServer({
    catalog,
    port: 0,
    host: '127.0.0.1',
    computerDelayMs: 0,
    maxMessagesPerSecond: 1_000_000, // the content is fuzzed here; flooding has its own test
    log: (l) => logged.push(l),
  });
});
afterAll(async () => {
  await server?.close();
});

const scenario = () => ({ scenarioId: model.id, contentHash: model.contentHash, seed: 9 });

async function table(): Promise<{ a: TableConnection; b: TableConnection }> {
  const a = await createTable(server.url, scenario());
  await a.nextView();
  const b = await joinTable(server.url, a.code);
  await b.nextView();
  return { a, b };
}

/** The whole view again, straight from the server. */
async function fresh(c: TableConnection): Promise<PlayerView> {
  const v = c.nextView();
  c.sync();
  return v;
}

/** The game state behind a view (its log replayed). */
function stateOf(view: PlayerView): GameState {
  const moves = view.log.flatMap((e) => (e.kind === 'move' ? [e.move] : []));
  const r = replayLog(model, 9, moves);
  if (!r.ok) throw new Error('view does not replay');
  return r.state;
}

const anyValue = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }),
  fc.record({
    type: fc.oneof(fc.constantFrom('propose', 'accept', 'walkAway', '__proto__', 'constructor'), fc.string()),
    side: fc.oneof(fc.constantFrom(0, 1, -1, 2, 0.5, '0', null), fc.anything()),
    package: fc.oneof(
      fc.array(fc.integer({ min: -2, max: 5 }), { maxLength: 6 }),
      fc.array(fc.anything(), { maxLength: 4 }),
      fc.string(),
    ),
    statement: fc.oneof(fc.string(), fc.anything()),
    reason: fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.anything(),
      fc.record({ code: fc.string(), params: fc.anything() }),
    ),
  }),
);
const anyType = fc.oneof(
  fc.constantFrom('move', 'move', 'move', 'computer', 'sync', '*', '', '__proto__'),
  fc.string({ maxLength: 30 }),
);

describe('fuzzing the table server', () => {
  it('refuses thousands of random messages from both seats and leaves the game as it was', async () => {
    const { a, b } = await table();
    const before = [await fresh(a), await fresh(b)];
    const state = stateOf(before[0]!);
    const errors = { a: 0, b: 0 };
    a.on('error', () => errors.a++);
    b.on('error', () => errors.b++);
    const samples = fc.sample(fc.tuple(fc.boolean(), anyType, anyValue), { numRuns: 3000, seed: 42 });
    let sent = 0;
    for (const [fromA, type, payload] of samples) {
      const seat = fromA ? 0 : 1;
      // A legal move by the seat whose turn it is would rightly change the game: not fuzz.
      const parsed = type === 'move' ? parseMoveMessage(payload, seat) : null;
      if (parsed?.ok && checkMove(model, state, parsed.value) === null) continue;
      // 'sync' is a legitimate request (it answers with the view): also not a refusal.
      if (type === 'sync') continue;
      try {
        (fromA ? a : b).sendRaw(type, payload);
        sent++;
      } catch {
        // the client library itself refused to encode it: nothing was sent
      }
    }
    // Every message is answered (with a refusal), in order: wait for the last answers.
    const after = [await fresh(a), await fresh(b)];
    expect(after).toEqual(before);
    expect(sent).toBeGreaterThan(2500);
    expect(errors.a + errors.b).toBe(sent);
    console.log(`fuzz: ${sent} random/malformed messages refused, state unchanged`);
    await a.leave();
    await b.leave();
  }, 60_000);

  it('survives garbage frames, oversized frames, stray sockets and junk matchmaking requests', async () => {
    const { a, b } = await table();
    const keep = await fresh(b);
    const rand = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 200 }), { numRuns: 300, seed: 7 });
    let frames = 0;
    // Garbage on a seated connection (the server may cut it off; it must not fall over).
    for (const bytes of rand) {
      try {
        a.sendBytes(bytes);
        frames++;
      } catch {
        break;
      }
    }
    // Oversized frames and garbage from stray sockets that hold no seat.
    const stray = async (path: string, payload: Uint8Array) =>
      new Promise<void>((resolve) => {
        const ws = new WebSocket(`${server.url}${path}`);
        ws.on('open', () => {
          ws.send(payload);
          frames++;
          setTimeout(() => ws.close(), 20);
        });
        ws.on('error', () => resolve());
        ws.on('close', () => resolve());
      });
    for (let i = 0; i < 10; i++)
      await stray(`/x/${a.code}?sessionId=nobody`, new Uint8Array(MAX_PAYLOAD * 4).fill(i));
    for (let i = 0; i < 30; i++)
      await stray(`/p/${i % 2 ? a.code : 'ZZZZZ'}`, rand[i] ?? new Uint8Array([1]));
    // Junk matchmaking requests.
    let http = 0;
    const bodies = [
      '{',
      'null',
      '[]',
      '{"scenarioId":1}',
      JSON.stringify({ scenarioId: 'x'.repeat(5000) }),
      '"x"',
    ];
    for (const [i, body] of bodies.entries()) {
      for (const path of [
        '/matchmake/create/table',
        `/matchmake/joinById/${a.code}`,
        '/matchmake/reconnect/AAAAA',
        '/matchmake/nope/table',
      ]) {
        const res = await fetch(`${server.url.replace('ws', 'http')}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }).catch(() => null);
        http++;
        expect(res === null || res.status >= 400 || i === 1 || i === 2).toBe(true);
      }
    }
    // The other seat's game is untouched and the server still serves tables.
    expect(await fresh(b)).toEqual(keep);
    const t = await table();
    t.a.move({ type: 'propose', side: 0, package: t.a.view!.issues.map((x) => x.statusQuo) });
    const moved = await t.b.nextView((v) => v.log.length > keep.log.length);
    expect(moved.standing?.by).toBe(0);
    expect(server.stats.oversized).toBeGreaterThan(0);
    console.log(
      `fuzz: ${frames} raw frames (${server.stats.oversized} oversized refused) and ${http} junk HTTP requests; server up`,
    );
    await Promise.all([t.a.leave(), t.b.leave(), a.leave().catch(() => {}), b.leave()]);
  }, 60_000);
});
