// Byte-level secrecy: every byte the server sends to seat A during a whole game (HTTP matchmaking
// answers and WebSocket frames, before and after a reconnect, up to the final message) is
// captured, and none of seat B's private numbers is found in it, in any form they could take on
// the wire (decimal text, msgpack float64 or float32). The same search over B's own bytes finds
// them, so the search works. B's numbers are made distinctive first (non-integers no other data has).
import { join } from 'node:path';
import { WebSocket as NodeWebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Factor, Model, PartyModel, PlayerView } from '../engine';
import { createCache, playerView, replayLog } from '../engine';
import type * as Net from '../net';
import { playSeat, seatNegotiator } from './bot';
import { loadCatalog } from './catalog';
import type { RunningServer } from './server';

type Label = 'A' | 'B' | 'other';
let label: Label = 'other';
const received: Record<Label, Buffer[]> = { A: [], B: [], other: [] };

/** A WebSocket that records every frame it receives, for the seat whose label was current at connect. */
class TapSocket extends NodeWebSocket {
  constructor(...args: ConstructorParameters<typeof NodeWebSocket>) {
    super(...args);
    const mine = label;
    this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      const parts = Array.isArray(data) ? data : [Buffer.from(data as ArrayBuffer)];
      received[mine].push(...parts.map((p) => Buffer.from(p)));
    });
  }
}

let net: typeof Net;
let server: RunningServer;
let model: Model;

/** Side 1's payoffs with distinctive non-integer numbers: baselines, effects, weights, threshold, … */
function marked(m: Model): Model {
  let k = 0;
  const mark = (base: number) => Math.round((base + 0.0137 * ++k + 0.00031) * 1e6) / 1e6;
  const factor = (f: Factor): Factor => ({
    ...f,
    weight: mark(1),
    baseline: mark(40),
    effects: f.effects.map((row) =>
      row.map((x) => (x === 0 ? 0 : mark(Math.sign(x) * Math.min(8, Math.abs(x))))),
    ),
    interactions: f.interactions.map((i) => ({ ...i, change: mark(i.change) })),
    veto: f.veto === null ? null : mark(10),
  });
  const b = m.parties[1];
  const party: PartyModel = {
    ...b,
    constituencies: b.constituencies.map(factor),
    security: b.security.map(factor),
    approvalWeight: mark(0.5),
    threshold: mark(45),
    noDeal: {
      ...b.noDeal,
      constituencies: b.noDeal.constituencies.map((x) => mark(x)),
      security: b.noDeal.security.map((x) => mark(x)),
    },
    costPerRound: mark(0.5),
  };
  const statements = m.statements.map((st) =>
    st.side === 1 ? { ...st, costs: st.costs.map((c) => ({ ...c, change: mark(c.change) })) } : st,
  );
  return { ...m, parties: [m.parties[0], party], statements };
}

/** Every number in a value. */
function numbers(x: unknown, out = new Set<number>()): Set<number> {
  if (typeof x === 'number') out.add(x);
  else if (Array.isArray(x)) for (const v of x) numbers(v, out);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) numbers(v, out);
  return out;
}

/** The byte forms a number can take on the wire. */
function encodings(x: number): Buffer[] {
  const f64 = Buffer.alloc(9);
  f64[0] = 0xcb;
  f64.writeDoubleBE(x, 1);
  const f32 = Buffer.alloc(5);
  f32[0] = 0xca;
  f32.writeFloatBE(x, 1);
  return [Buffer.from(String(x)), Buffer.from(x.toFixed(4)), f64, f32];
}

const found = (bytes: Buffer, secrets: readonly number[]) =>
  secrets.filter((s) => encodings(s).some((e) => bytes.includes(e)));

beforeAll(async () => {
  (globalThis as { WebSocket?: unknown }).WebSocket = TapSocket;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    const mine = label;
    const res = await realFetch(...args);
    received[mine].push(Buffer.from(await res.clone().arrayBuffer()));
    return res;
  };
  net = await import('../net');
  const { startServer } = await import('./server');
  const shipped = loadCatalog(join(import.meta.dirname, '../../scenarios')).get('busan-2025');
  if (!shipped) throw new Error('no busan-2025');
  model = marked(shipped);
  server = await startServer({
    catalog: new Map([[model.id, model]]),
    port: 0,
    host: '127.0.0.1',
    computerDelayMs: 0,
    log: () => {},
  });
});
afterAll(async () => {
  await server?.close();
});

describe('secrecy on the wire', () => {
  it("sends seat A none of seat B's private numbers during a whole game, also after a reconnect", async () => {
    const cache = createCache();
    label = 'A';
    const a = await net.createTable(server.url, {
      scenarioId: model.id,
      contentHash: model.contentHash,
      seed: 3,
    });
    await a.nextView();
    label = 'B';
    const b = await net.joinTable(server.url, a.code);
    await b.nextView();
    label = 'other';
    const nA = seatNegotiator(model, 0, '', 1);
    const nB = seatNegotiator(model, 1, '', 2);
    const finals = [new Promise((r) => a.on('final', r)), new Promise((r) => b.on('final', r))];
    const playB = playSeat(b, { decide: (v) => nB.decide(v, cache) });
    // A drops after two moves and comes back (label A again: its new connection is captured too).
    const playA = playSeat(a, {
      decide: (v) => nA.decide(v, cache),
      dropAfterMoves: 2,
      reconnectAfterMs: 50,
    });
    label = 'A';
    const [ra, rb] = await Promise.all([playA, playB]);
    await Promise.all(finals);
    expect(ra.dropped).toBe(true);
    expect(ra.errors + rb.errors).toBe(0);

    // B's private numbers in every state of this game, minus anything A may see anyway.
    const replay = replayLog(model, 3, a.final!.log.moves);
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    const bSecret = new Set<number>();
    const aPublic = new Set<number>();
    for (let n = 0; n <= replay.state.log.length; n++) {
      const state = { ...replay.state, log: replay.state.log.slice(0, n) };
      const moves = state.log.flatMap((e) => (e.kind === 'move' ? [e.move] : []));
      const r = replayLog(model, 3, moves);
      if (!r.ok) continue;
      const vb: PlayerView = playerView(model, r.state, 1);
      numbers([vb.own, vb.ownWalkAway, vb.statementOptions.filter((s) => s.side === 1)], bSecret);
      numbers(playerView(model, r.state, 0), aPublic);
      numbers(r.state.results?.[1], bSecret);
    }
    const secrets = [...bSecret].filter(
      (x) => !aPublic.has(x) && !Number.isInteger(x) && String(x).length >= 5,
    );
    expect(secrets.length).toBeGreaterThan(100);

    const bytesA = Buffer.concat(received.A);
    const bytesB = Buffer.concat(received.B);
    expect(bytesA.length).toBeGreaterThan(10_000);
    // The search works: B's own bytes hold its numbers.
    expect(found(bytesB, secrets).length).toBeGreaterThan(20);
    // And A's bytes hold none of them.
    expect(found(bytesA, secrets)).toEqual([]);
    console.log(
      `secrecy: ${bytesA.length} bytes to seat A searched for ${secrets.length} of seat B's numbers ` +
        `(4 encodings each): 0 found; ${found(bytesB, secrets).length} found in B's own ${bytesB.length} bytes`,
    );
    await a.leave();
    await b.leave();
  }, 30_000);
});
