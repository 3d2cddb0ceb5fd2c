import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Model, Move, PlayerView, Side } from '../engine';
import { applyMove, newGame, playerView, saveLog } from '../engine';
import { loadScenario } from '../scenario';
import type { NetConnection, NetEvents, NetModule, NetTable, NetworkOptions } from './net-port';
import type { OutsideModule } from './outside';
import { GAME_KEY } from './persist';
import { createGameStore } from './store';
import { memoryStorage, shippedScenarios, testOptions } from './test-kit';
import { selectBriefing, selectExport, selectMenu, selectNet, selectOutcome, selectTable } from './index';

describe('two players on one device', () => {
  const hotseat = (storage = memoryStorage()) => {
    const store = createGameStore(testOptions({ storage }));
    store.getState().updateSetup({ mode: 'hotseat' });
    store.getState().beginBriefing();
    return store;
  };

  it('opens on a hand-over to the first mover, who then reads their own briefing', () => {
    const store = hotseat();
    const s = store.getState();
    const first = s.catalog[0]!.model.rules.firstMover;
    expect(s.screen).toBe('handover');
    expect(s.seat).toBe(first);
    expect(selectBriefing(s)).toBeNull();
    expect(selectTable(s)).toBeNull();
    s.continueHandover();
    expect(store.getState().screen).toBe('briefing');
    expect(selectBriefing(store.getState())?.heading).toContain(
      String(s.catalog[0]!.model.parties[first].name),
    );
  });

  it('hides the side that moved behind a hand-over, then briefs the other side at its first turn', () => {
    const store = hotseat();
    store.getState().continueHandover();
    store.getState().beginTable();
    const first = store.getState().seat as Side;
    store.getState().propose();
    const s = store.getState();
    expect(s.screen).toBe('handover');
    expect(s.seat).toBe(1 - first);
    expect(selectTable(s)).toBeNull();
    expect(selectMenu(s)).toBeNull();
    // The computer never answers in this mode.
    expect(s.game?.log.filter((e) => e.kind === 'move')).toHaveLength(1);
    s.continueHandover();
    expect(store.getState().screen).toBe('briefing');
    store.getState().beginTable();
    expect(selectTable(store.getState())?.myTurn).toBe(true);
    store.getState().propose();
    store.getState().continueHandover();
    // The first mover has moved before: straight back to the table.
    expect(store.getState().screen).toBe('table');
    expect(store.getState().seat).toBe(first);
  });

  it('ends on a debrief of both sides, neither called "you"', () => {
    const store = hotseat();
    store.getState().continueHandover();
    store.getState().beginTable();
    store.getState().propose();
    store.getState().continueHandover();
    store.getState().beginTable();
    store.getState().accept();
    const s = store.getState();
    expect(s.screen).toBe('outcome');
    const names = selectOutcome(s)?.sides.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(s.catalog[0]!.model.parties.map((p) => String(p.name))));
    expect(names?.join(' ')).not.toMatch(/\(/);
  });

  it('is saved and resumes on the hand-over to the side to move', () => {
    const storage = memoryStorage();
    const store = hotseat(storage);
    store.getState().continueHandover();
    store.getState().beginTable();
    store.getState().propose();
    expect(JSON.parse(storage.getItem(GAME_KEY) ?? '{}').config.mode).toBe('hotseat');
    const again = createGameStore(testOptions({ storage })).getState();
    expect(again.screen).toBe('handover');
    expect(again.config?.mode).toBe('hotseat');
    expect(again.seat).toBe(again.game?.turn);
  });
});

/** A connection the test drives as the server would. */
function fakeConnection(table: NetTable, view: PlayerView) {
  const listeners = new Map<string, Set<(v: never) => void>>();
  const sent: Move[] = [];
  const asked: number[] = [];
  const conn = {
    code: table.code,
    table: table as NetTable | null,
    view: view as PlayerView | null,
    final: null,
    on<K extends keyof NetEvents>(event: K, l: (v: NetEvents[K]) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(l as (v: never) => void);
      return () => set.delete(l as (v: never) => void);
    },
    move: (m: Move) => void sent.push(m),
    askComputer: () => void asked.push(1),
    leave: async () => {},
  } satisfies NetConnection;
  const emit = <K extends keyof NetEvents>(event: K, v: NetEvents[K]) => {
    if (event === 'table') conn.table = v as NetTable;
    for (const l of listeners.get(event) ?? []) (l as (x: NetEvents[K]) => void)(v);
  };
  return { conn, emit, sent, asked };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

/** A client module whose every way in opens this connection (a kept seat too, when `resumes`). */
const onlyTo = (conn: NetConnection, resumes = false): NetModule => ({
  createTable: async () => conn,
  joinTable: async () => conn,
  resumeTable: async () => (resumes ? conn : null),
  savedSeat: () => null,
});

/** Network options for a test store: this client module, a server nobody answers, nothing kept. */
const networkTo = (net: NetModule, over: Partial<NetworkOptions> = {}): NetworkOptions => ({
  load: async () => net,
  server: 'http://127.0.0.1:1',
  page: 'http://127.0.0.1:1/?',
  storage: null,
  resume: false,
  joinCode: null,
  ...over,
});

/** Table K7MPX on a model, playing, Ana and Bo seated. */
const tableOf = (model: Model, you: Side, over: Partial<NetTable> = {}): NetTable => ({
  code: 'K7MPX',
  scenarioId: model.id,
  contentHash: model.contentHash,
  phase: 'playing',
  seats: [
    { status: 'connected', name: 'Ana' },
    { status: 'connected', name: 'Bo' },
  ],
  you,
  ...over,
});

describe('a game at two devices', () => {
  it('waits for the partner, plays from its own view, sends moves to the server, ends with the replayed log', async () => {
    const base = createGameStore(testOptions());
    const model = base.getState().catalog[0]!.model;
    let state = newGame(model, 7);
    const seats = (status: 'open' | 'connected'): NetTable =>
      status === 'open'
        ? tableOf(model, 0, {
            phase: 'waiting',
            seats: [
              { status: 'connected', name: 'Ana' },
              { status, name: '' },
            ],
          })
        : tableOf(model, 0);
    const fake = fakeConnection(seats('open'), playerView(model, state, 0));
    const store = createGameStore(testOptions({ network: networkTo(onlyTo(fake.conn)) }));
    store.getState().updateSetup({ mode: 'network' });
    store.getState().createTable();
    expect(store.getState().screen).toBe('lobby');
    await flush();
    expect(store.getState().net?.code).toBe('K7MPX');
    expect(store.getState().net?.link).toBe('http://127.0.0.1:1/?table=K7MPX');
    expect(store.getState().config).toBeNull();
    // As the client does: the table's new facts, then what they mean for the partner.
    fake.emit('table', seats('connected'));
    fake.emit('partner', { kind: 'joined', name: 'Bo' });
    expect(store.getState().announcement?.text).toBe('Bo joined the table.');
    expect(store.getState().screen).toBe('briefing');
    expect(store.getState().config?.mode).toBe('network');
    store.getState().beginTable();
    const before = store.getState().game;
    store.getState().propose();
    // The move goes to the server; the game changes only with its answer.
    expect(fake.sent).toHaveLength(1);
    // A refusal shows on the page: in the game's words for an illegal move, else as the server put it.
    fake.emit('error', { code: 'illegalMove', message: 'It is not your turn.', rejection: 'notYourTurn' });
    expect(store.getState().notice).toBe('That move is not allowed: it is not your turn.');
    fake.emit('error', { code: 'seatTaken', message: 'Bo holds that seat.' });
    expect(store.getState().notice).toBe('Bo holds that seat.');
    store.getState().dismissNotice();
    // With the connection down nothing is sent, and the student hears why.
    fake.emit('connection', 'reconnecting');
    store.getState().propose();
    expect(fake.sent).toHaveLength(1);
    expect(store.getState().announcement?.text).toContain('reconnecting');
    fake.emit('connection', 'connected');
    expect(store.getState().game).toBe(before);
    const moves: Move[] = [fake.sent[0]!, { type: 'accept', side: 1 }];
    for (const m of moves) {
      const r = applyMove(model, state, m);
      if (!r.ok) throw new Error(r.rejection.code);
      state = r.state;
    }
    fake.emit('view', playerView(model, state, 0));
    // The outcome waits for the final message (it brings the whole game).
    expect(store.getState().screen).toBe('table');
    fake.emit('final', { log: saveLog(state), names: ['Ana', 'Bo'] });
    const end = store.getState();
    expect(end.screen).toBe('outcome');
    expect(end.game?.results).not.toBeNull();
    expect(end.config?.names).toEqual(['Ana', 'Bo']);
    expect(end.config?.seed).toBe(7);
    // The exports carry both students' names, by side, and the mode.
    const json = JSON.parse(selectExport(end, 'json')?.text ?? '{}');
    expect(json.student).toBe('Ana / Bo');
    expect(json.mode).toBe('network');
    expect([json.human.name, json.computer.name]).toEqual(['Ana', 'Bo']);
    expect([json.human.player, json.computer.player]).toEqual(['human', 'human']);
    expect(selectExport(end, 'csv')?.text).toContain('"Ana / Bo"');
  });
});

describe('a partner who leaves', () => {
  it('is waited for, then the computer may take the seat; the briefing and debrief say who plays', async () => {
    const base = createGameStore(testOptions());
    const model = base.getState().catalog[0]!.model;
    const table = (status: 'connected' | 'waiting' | 'left' | 'computer', name = 'Bo'): NetTable =>
      tableOf(model, 1, {
        seats: [
          status === 'waiting' ? { status, name, graceSeconds: 90 } : { status, name },
          { status: 'connected', name: 'Ana' },
        ],
      });
    const fake = fakeConnection(table('connected'), playerView(model, newGame(model, 3), 1));
    const store = createGameStore(testOptions({ network: networkTo(onlyTo(fake.conn)) }));
    store.getState().setJoinCode('k7mpx');
    store.getState().joinTable();
    await flush();
    // The joining student's first news: whose table this is.
    fake.emit('partner', { kind: 'joined', name: 'Bo' });
    expect(store.getState().announcement?.text).toBe('You joined the table; Bo is across it.');
    expect(store.getState().config?.side).toBe(1);
    expect(selectBriefing(store.getState())?.against).toContain('played by a classmate');
    expect(selectNet(store.getState())?.canAskComputer).toBe(false);
    fake.emit('table', table('waiting'));
    fake.emit('partner', { kind: 'waiting', name: 'Bo' });
    expect(selectNet(store.getState())?.status).toContain('waiting');
    expect(selectNet(store.getState())?.graceSeconds).toBe(90);
    expect(selectNet(store.getState())?.canAskComputer).toBe(false);
    fake.emit('table', table('left'));
    expect(selectNet(store.getState())?.canAskComputer).toBe(true);
    expect(selectNet(store.getState())?.graceSeconds).toBeNull();
    store.getState().askComputerSeat();
    expect(fake.asked).toHaveLength(1);
    fake.emit('table', table('computer', 'Pragmatist'));
    expect(selectNet(store.getState())?.canAskComputer).toBe(false);
    expect(selectBriefing(store.getState())?.against).toContain('played by the computer');
  });
});

describe('the setup modes', () => {
  it('the guided first game is always against the computer', () => {
    const store = createGameStore(testOptions({ scenarios: shippedScenarios() }));
    store.getState().updateSetup({ mode: 'hotseat' });
    store.getState().startTutorial();
    expect(store.getState().config?.scenarioId).toBe('tutorial');
    expect(store.getState().config?.mode).toBe('computer');
    expect(store.getState().screen).toBe('briefing');
  });

  it('a network game never opens as a game of this device', () => {
    const store = createGameStore(testOptions());
    store.getState().openGame({ ...store.getState().setup, mode: 'network' });
    expect(store.getState().game).toBeNull();
  });
});

describe('a network game and the game saved on this device', () => {
  it('leaves the saved game untouched: set aside for the lobby, still there after leaving the table', async () => {
    const storage = memoryStorage();
    const local = createGameStore(testOptions({ storage }));
    local.getState().beginBriefing();
    local.getState().beginTable();
    local.getState().propose();
    const saved = storage.getItem(GAME_KEY);
    expect(saved).not.toBeNull();
    const model = local.getState().catalog[0]!.model;
    const fake = fakeConnection(tableOf(model, 0), playerView(model, newGame(model, 2), 0));
    const store = createGameStore(
      testOptions({
        storage,
        network: networkTo(onlyTo(fake.conn, true), { storage: memoryStorage(), resume: true }),
      }),
    );
    // The saved game opened first, then the kept seat came back: the network game shows.
    await flush();
    expect(store.getState().config?.mode).toBe('network');
    expect(store.getState().screen).toBe('table');
    store.getState().propose();
    fake.emit('view', playerView(model, newGame(model, 2), 0));
    expect(storage.getItem(GAME_KEY)).toBe(saved);
    store.getState().leaveGame();
    expect(storage.getItem(GAME_KEY)).toBe(saved);
  });
});

describe('a link for two players on one device', () => {
  it('opens the hand-over, and names a mode it cannot open', () => {
    const store = createGameStore(testOptions({ link: { seed: '5', mode: 'hotseat' } }));
    expect(store.getState().screen).toBe('handover');
    expect(store.getState().config?.mode).toBe('hotseat');
    const bad = createGameStore(testOptions({ link: { mode: 'network' } })).getState();
    expect(bad.config).toBeNull();
    expect(bad.notice).toContain('mode');
    expect(bad.notice).toContain('hotseat');
  });

  it('resumes the same hot-seat game on a reload of its link', () => {
    const storage = memoryStorage();
    const first = createGameStore(testOptions({ storage, link: { seed: '5', mode: 'hotseat' } }));
    first.getState().continueHandover();
    first.getState().beginTable();
    first.getState().propose();
    const again = createGameStore(testOptions({ storage, link: { seed: '5', mode: 'hotseat' } })).getState();
    expect(again.game?.log).toHaveLength(first.getState().game?.log.length ?? -1);
    expect(again.screen).toBe('handover');
  });
});

describe("a table on an instructor's own file", () => {
  /** The mini fixture as an instructor's own file, under another id. */
  const own = readFileSync(new URL('./fixtures/mini.yaml', import.meta.url), 'utf8').replace(
    /^id: mini$/m,
    'id: own-case',
  );
  const loader: OutsideModule = {
    loadOutside: async (req) => {
      if (req.kind !== 'text') return { ok: false, problem: { kind: 'fragment' } };
      const r = loadScenario(req.text, req.name);
      return r.ok
        ? { ok: true, file: { origin: { kind: 'text' }, name: req.name, text: req.text, file: r.file } }
        : { ok: false, problem: { kind: 'invalid', name: req.name, lines: [] } };
    },
    shareCode: () => ({ ok: false, chars: 0, max: 0 }),
  };
  const options = (net: NetModule) =>
    testOptions({ outsideLoader: async () => loader, network: networkTo(net, { joinCode: 'K7MPX' }) });

  it('sends the file with the new table, and a joiner without it reads it from the table and plays', async () => {
    // The creator opens the file, then creates a table on it: the request carries name and text.
    let sentOptions: Parameters<NetModule['createTable']>[1] | null = null;
    const never = new Promise<never>(() => {});
    const creator = createGameStore(
      options({
        createTable: async (_server, o) => {
          sentOptions = o;
          return never;
        },
        joinTable: () => never,
        resumeTable: async () => null,
        savedSeat: () => null,
      }),
    );
    await creator.getState().openOutside({ kind: 'text', name: 'own-case.yaml', text: own });
    expect(creator.getState().setup.scenarioId).toBe('own-case');
    creator.getState().updateSetup({ mode: 'network' });
    creator.getState().createTable();
    await flush();
    await flush();
    expect(sentOptions).toMatchObject({
      scenarioId: 'own-case',
      scenario: { name: 'own-case.yaml', text: own },
    });

    // The joiner has only the shipped scenarios: the table's info brings the file.
    const reader = createGameStore(options(null as never));
    await reader.getState().addOutside({ kind: 'text', name: 'own-case.yaml', text: own });
    const ownModel = reader.getState().catalog.find((e) => e.id === 'own-case')!.model;
    const state = newGame(ownModel, 3);
    const table = tableOf(ownModel, 1, { scenario: { name: 'own-case.yaml', text: own } });
    const fake = fakeConnection(table, playerView(ownModel, state, 1));
    const joiner = createGameStore(
      options({
        createTable: () => never,
        joinTable: async () => fake.conn,
        resumeTable: async () => null,
        savedSeat: () => null,
      }),
    );
    expect(joiner.getState().catalog.some((e) => e.id === 'own-case')).toBe(false);
    joiner.getState().joinTable();
    for (let i = 0; i < 5 && !joiner.getState().config; i++) await flush();
    const s = joiner.getState();
    expect(s.net?.error ?? null).toBeNull();
    expect(s.config).toMatchObject({ scenarioId: 'own-case', side: 1, mode: 'network' });
    expect(s.catalog.find((e) => e.id === 'own-case')?.outside?.text).toBe(own);
  });
});
