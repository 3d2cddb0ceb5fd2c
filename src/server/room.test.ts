// The table room end to end over real WebSockets on loopback: two headless clients play a whole
// game; the server's final state is the engine's replay of the same moves; a third client, an
// unknown code, moves for the other seat or out of turn are refused with the state unchanged; a
// dropped seat comes back within the grace period; after it the computer may take the seat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCache, type Model, type Move, type PlayerView, replayLog, type Side } from '../engine';
import { createTable, joinTable, type NetError, type PartnerEvent, resumeTable, savedSeat } from '../net';
import { playSeat, seatNegotiator } from './bot';
import type { Catalog } from './catalog';
import type { RunningServer } from './server';
import { nextEvent, startTestServer } from './testing';

let server: RunningServer;
let catalog: Catalog;
const cache = createCache();
const seatDecide = (m: Model, side: Side, seed: number) => {
  const n = seatNegotiator(m, side, '', seed);
  return (view: PlayerView) => n.decide(view, cache);
};

beforeAll(async () => {
  ({ server, catalog } = await startTestServer());
});
afterAll(async () => {
  await server?.close();
});

const model = (id: string) => {
  const m = catalog.get(id);
  if (!m) throw new Error(`no scenario ${id}`);
  return m;
};
const scenario = (id = 'busan-2025') => ({ scenarioId: id, contentHash: model(id).contentHash });

async function pair(seed = 7, id = 'busan-2025') {
  const a = await createTable(server.url, { ...scenario(id), seed, name: 'Ada' });
  await nextEvent(a, 'view');
  const b = await joinTable(server.url, a.code.toLowerCase(), { name: 'Bo' });
  await nextEvent(b, 'view');
  return { a, b };
}

describe('table room', () => {
  it('plays a whole game between two headless clients; the final state is the engine replay of the moves', async () => {
    const { a, b } = await pair(11);
    expect(a.code).toMatch(/^[ACDEFGHJKMNPRTWXY34679]{5}$/);
    expect(a.side).toBe(0);
    expect(b.side).toBe(1);
    const m = model('busan-2025');
    const finals = [new Promise((r) => a.on('final', r)), new Promise((r) => b.on('final', r))];
    const [ra, rb] = await Promise.all([
      playSeat(a, { decide: seatDecide(m, 0, 1) }),
      playSeat(b, { decide: seatDecide(m, 1, 2) }),
    ]);
    await Promise.all(finals);
    expect(ra.errors + rb.errors).toBe(0);
    const log = a.final!.log;
    expect(log.seed).toBe(11);
    expect(b.final).toEqual(a.final);
    expect(a.final!.names).toEqual(['Ada', 'Bo']);
    // The moves each client saw, replayed locally, give the state whose views they hold.
    const moves = a.view!.log.flatMap((e) => (e.kind === 'move' ? [e.move] : [])) as Move[];
    expect(moves).toEqual(log.moves);
    const local = replayLog(m, 11, moves);
    expect(local.ok).toBe(true);
    if (!local.ok) return;
    expect(local.state.outcome).toEqual(
      a.view!.outcome?.kind === 'rejectedAtHome' ? local.state.outcome : a.view!.outcome,
    );
    expect(local.state.log).toEqual(a.view!.log);
    expect(local.state.log).toEqual(b.view!.log);
    expect(local.state.round).toBe(a.view!.round);
    expect(local.state.outcome).not.toBeNull();
    await a.leave();
    await b.leave();
  });

  it('refuses a third client, an unknown code and a malformed code with clear messages', async () => {
    const { a, b } = await pair();
    await expect(joinTable(server.url, a.code)).rejects.toMatchObject({ code: 'tableFull' });
    const unknown = a.code === 'AAAAA' ? 'CCCCC' : 'AAAAA';
    await expect(joinTable(server.url, unknown)).rejects.toMatchObject({
      code: 'unknownCode',
      message: expect.stringContaining(unknown),
    });
    await expect(joinTable(server.url, 'O0I1L')).rejects.toMatchObject({ code: 'unknownCode' });
    await expect(createTable(server.url, { scenarioId: 'nope', contentHash: 'x' })).rejects.toMatchObject({
      message: expect.stringContaining('does not have the scenario "nope"'),
    });
    await expect(createTable(server.url, { ...scenario(), contentHash: 'old' })).rejects.toMatchObject({
      code: 'wrongVersion',
    });
    await a.leave();
    await b.leave();
  });

  it('refuses moves for the other seat, out of turn and malformed, and leaves the game as it was', async () => {
    const { a, b } = await pair();
    const view = a.view!;
    expect(view.turn).toBe(0);
    const pkg = view.issues.map((i) => i.statusQuo);
    const refusals: NetError[] = [];
    a.on('error', (e) => refusals.push(e));
    b.on('error', (e) => refusals.push(e));
    a.move({ type: 'propose', side: 1, package: pkg }); // the other seat
    await nextEvent(a, 'error');
    b.move({ type: 'propose', side: 1, package: pkg }); // out of turn
    await nextEvent(b, 'error');
    a.sendRaw('move', 'nonsense');
    await nextEvent(a, 'error');
    a.move({ type: 'propose', side: 0, package: [99] }); // bad package
    await nextEvent(a, 'error');
    a.sendRaw('hello', { x: 1 });
    await nextEvent(a, 'error');
    expect(refusals.map((e) => e.code)).toEqual([
      'notYourSeat',
      'illegalMove',
      'badMessage',
      'illegalMove',
      'badMessage',
    ]);
    expect(refusals[1]).toMatchObject({ rejection: 'notYourTurn', message: 'It is not your turn.' });
    a.sync();
    const again = await a.nextView();
    expect(again).toEqual(view);
    a.move({ type: 'propose', side: 0, package: pkg });
    const moved = await nextEvent<{ log: unknown[] }>(b, 'view', (v) => v.log.length > view.log.length);
    expect(moved.log.length).toBe(view.log.length + 1);
    await a.leave();
    await b.leave();
  });

  it('keeps a dropped seat for its student within the grace period; the partner hears "waiting" and "back"', async () => {
    const { a, b } = await pair();
    const heard: PartnerEvent[] = [];
    b.on('partner', (p) => heard.push(p));
    const before = a.view!;
    const token = a.token;
    a.drop();
    await nextEvent(b, 'partner', (p: PartnerEvent) => p.kind === 'waiting');
    // the partner cannot hand a seat to the computer while its student may come back
    b.askComputer();
    expect((await nextEvent<NetError>(b, 'error')).code).toBe('partnerMayReturn');
    const back = nextEvent(b, 'partner', (p: PartnerEvent) => p.kind === 'back');
    const resynced = a.nextView();
    await a.reconnect();
    const view = await resynced;
    expect(a.side).toBe(0);
    expect(view).toEqual(before);
    await back;
    expect(heard.map((p) => p.kind)).toEqual(['waiting', 'back']);
    expect(heard[0]).toMatchObject({ name: 'Ada' });
    expect(typeof token).toBe('string');
    // and the game goes on
    a.move({ type: 'propose', side: 0, package: view.issues.map((i) => i.statusQuo) });
    await nextEvent<{ log: unknown[] }>(b, 'view', (v) => v.log.length > before.log.length);
    await a.leave();
    await b.leave();
  });

  it('gets the seat back after a page reload from the token kept in (session) storage', async () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    const a = await createTable(server.url, { ...scenario(), name: 'Ada' });
    await nextEvent(a, 'view');
    const b = await joinTable(server.url, a.code, { name: 'Bo' }, storage);
    const before = await b.nextView();
    expect(savedSeat(storage)).toMatchObject({ server: server.url, code: a.code });
    b.drop(); // the tab is reloaded: the old page's connection is gone, the storage stays
    const again = await resumeTable(storage);
    expect(again).not.toBeNull();
    const view = await again!.nextView();
    expect(again!.side).toBe(1);
    expect(view).toEqual(before);
    expect(await resumeTable({ ...storage, getItem: () => 'not json' })).toBeNull();
    await again!.leave();
    expect(savedSeat(storage)).toBeNull();
    await a.leave();
  });

  it('after the grace period the remaining student may hand the seat to the computer, which plays on', async () => {
    const { a, b } = await pair(5, 'tutorial');
    a.drop();
    await nextEvent(b, 'partner', (p: PartnerEvent) => p.kind === 'left');
    b.askComputer();
    await nextEvent(b, 'partner', (p: PartnerEvent) => p.kind === 'computer');
    const m = model('tutorial');
    const report = await playSeat(b, { decide: seatDecide(m, 1, 3) });
    expect(report.errors).toBe(0);
    expect(b.view!.outcome).not.toBeNull();
    await expect(a.reconnect()).rejects.toMatchObject({ code: 'unknownCode' });
    await b.leave();
  }, 15_000);

  it('cuts off a client that floods the table (over 40 messages a second); the game is unchanged', async () => {
    const { a, b } = await pair();
    const before = b.view!;
    const waiting = nextEvent(b, 'partner', (p: PartnerEvent) => p.kind === 'waiting');
    for (let i = 0; i < 100; i++) a.sendRaw('computer', {});
    await waiting;
    const again = b.nextView();
    b.sync();
    expect(await again).toEqual(before);
    await a.leave();
    await b.leave();
  });

  it('creates a table with the computer in the other seat at once', async () => {
    const a = await createTable(server.url, { ...scenario('tutorial'), side: 1, computer: '' });
    await nextEvent(a, 'view');
    expect(a.side).toBe(1);
    expect(a.table!.seats[0].status).toBe('computer');
    expect(a.table!.phase).toBe('playing');
    const m = model('tutorial');
    const report = await playSeat(a, { decide: seatDecide(m, 1, 3) });
    expect(report.errors).toBe(0);
    expect(a.view!.outcome).not.toBeNull();
    await a.leave();
  });
});
