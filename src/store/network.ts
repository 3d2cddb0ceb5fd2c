// The network slice: a game at two devices. The table's connection (src/net, loaded lazily by
// main.ts only when a network mode is chosen) lives here, outside the store's data; the store
// keeps plain facts about it (code, seats, connection) and the game as this seat's view shows it.
// The server is the authority: moves go to it, and the game changes when its answer arrives.
import type { GameState, Model, Move, PlayerView, SavedLog, Side } from '../engine';
import { loadLog, seedRng } from '../engine';
import { t } from '../i18n';
import { gameModel, modelOf } from './catalog';
import { draftOf } from './seat';
import type { GameConfig, SliceCreator, StoreState } from './types';

/** A seat as both students see it (src/net's SeatInfo). */
export interface NetSeat {
  readonly status: 'open' | 'connected' | 'waiting' | 'left' | 'computer';
  readonly name: string;
  readonly graceSeconds?: number;
}

/** Public facts about the table (src/net's TableInfo). */
export interface NetTable {
  readonly code: string;
  readonly scenarioId: string;
  readonly contentHash: string;
  readonly phase: 'waiting' | 'playing' | 'over';
  readonly seats: readonly [NetSeat, NetSeat];
  readonly you: Side;
}

/** The end of a network game: its log replays to the whole game (src/net's FinalInfo). */
export interface NetFinal {
  readonly log: SavedLog;
  readonly names: readonly [string, string];
}

/** What the connection reports (src/net's NetEvents, as far as the store reads them). */
export interface NetEvents {
  table: NetTable;
  view: PlayerView;
  final: NetFinal;
  error: { readonly code: string; readonly message: string };
  partner: { readonly kind: 'joined' | 'back' | 'left' | 'computer' | 'waiting'; readonly name: string };
  connection: 'connected' | 'reconnecting' | 'closed';
}

/** One seat's connection (src/net's TableConnection). */
export interface NetConnection {
  readonly code: string;
  readonly table: NetTable | null;
  readonly view: PlayerView | null;
  readonly final: NetFinal | null;
  on<K extends keyof NetEvents>(event: K, listener: (value: NetEvents[K]) => void): () => void;
  move(move: Move): void;
  askComputer(persona?: string): void;
  leave(): Promise<void>;
}

/** Where a seat's token is kept (sessionStorage: one per tab, gone with it). */
export interface SeatStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The client module (src/net), as the store uses it. */
export interface NetModule {
  createTable(
    server: string,
    options: {
      scenarioId: string;
      contentHash: string;
      side: Side;
      seed: number;
      name: string;
      computer?: string;
    },
    storage: SeatStorage | null,
  ): Promise<NetConnection>;
  joinTable(
    server: string,
    code: string,
    options: { name: string },
    storage: SeatStorage | null,
  ): Promise<NetConnection>;
  resumeTable(storage: SeatStorage): Promise<NetConnection | null>;
  savedSeat(storage: SeatStorage): { readonly code: string } | null;
}

/** How the store reaches the network (main.ts supplies it; absent: no network play). */
export interface NetworkOptions {
  /** Loads src/net (a dynamic import: only network play fetches it). */
  readonly load: () => Promise<NetModule>;
  /** The game server: the page's own origin when `npm run server` serves the game. */
  readonly server: string;
  /** The page's address up to its parameters (ending in `?` or `&`): a table's link adds `table=CODE`. */
  readonly page: string;
  readonly storage: SeatStorage | null;
  /** A seat is kept from before a reload: get it back at start-up. */
  readonly resume: boolean;
  /** The page was opened with a table's link (`?table=CODE`). */
  readonly joinCode: string | null;
}

/** The network game's plain facts, for the screen. */
export interface NetStatus {
  /** connecting: creating, joining or resuming; waiting: for the partner; failed: see `error`. */
  readonly phase: 'connecting' | 'waiting' | 'playing' | 'over' | 'failed';
  readonly code: string;
  readonly link: string;
  readonly you: Side | null;
  readonly partner: NetSeat | null;
  readonly connection: 'connected' | 'reconnecting' | 'closed';
  readonly error: string | null;
}

export interface NetData {
  readonly net: NetStatus | null;
  /** The table code typed in setup (or given by a link). */
  readonly joinCode: string;
}

export interface NetActions {
  setJoinCode(code: string): void;
  /** Start loading the client (when the network mode is chosen), so creating is quick. */
  prepareNetwork(): void;
  /** Create a table with the setup's scenario, side and seed, and wait for a partner. */
  createTable(): void;
  /** Join the table with the typed code (or the link's). */
  joinTable(): void;
  /** Get the seat kept from before a reload back (at start-up). */
  resumeSeat(): void;
  /** Ask the computer to take the partner's seat (empty, or left after the grace period). */
  askComputerSeat(): void;
  /** Send a move for this seat (the session's propose/accept/walkAway in network mode). */
  sendMove(move: Move): void;
  /** Leave the table for good (leaving the game or playing again); nothing without one. */
  leaveTable(): void;
}

export type NetSlice = NetData & NetActions;

const NO_NET: NetData = { net: null, joinCode: '' };
export const NET_INITIAL = NO_NET;

/** The game as a view shows it: the public record, nothing the engine keeps hidden (seed, rng, results). */
export function stateFromView(model: Model, view: PlayerView): GameState {
  return {
    scenarioId: view.scenarioId,
    contentHash: model.contentHash,
    seed: 0,
    rng: seedRng(0),
    round: view.round,
    turn: view.turn,
    movesThisRound: view.log.filter((e) => e.kind === 'move' && e.round === view.round).length,
    standing: view.standing,
    statements: view.statementsMade,
    fired: view.fired,
    log: view.log,
    outcome: null,
    results: null,
  };
}

/** Create the network slice. */
export function networkSlice(options: NetworkOptions | null): SliceCreator<NetData, NetSlice> {
  return (set, get) => {
    let loading: Promise<NetModule> | null = null;
    let conn: NetConnection | null = null;
    let offs: (() => void)[] = [];
    const load = (): Promise<NetModule> => {
      if (!options) return Promise.reject(new Error(t('net.unavailable', {}, get().settings.lang)));
      loading ??= options.load();
      return loading;
    };
    const lang = () => get().settings.lang;
    const patchNet = (p: Partial<NetStatus>) => set((s) => (s.net ? { net: { ...s.net, ...p } } : {}));
    const fail = (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      set((s) => ({ net: { ...(s.net ?? blank()), phase: 'failed', error: message } }));
      get().announce(message);
    };
    const blank = (): NetStatus => ({
      phase: 'connecting',
      code: '',
      link: '',
      you: null,
      partner: null,
      connection: 'connected',
      error: null,
    });
    const detach = () => {
      for (const off of offs) off();
      offs = [];
      conn = null;
    };

    /** The game opens once both seats are held; a resumed seat goes straight back to the table. */
    const open = (c: NetConnection, resumed: boolean) => {
      const s = get();
      const table = c.table;
      const view = c.view;
      if (!table || !view || table.phase === 'waiting' || s.config) return;
      const model = modelOf(s.catalog, table.scenarioId);
      if (!model || model.contentHash !== table.contentHash) {
        fail(new Error(t('net.otherVersion', {}, lang())));
        return;
      }
      const config: GameConfig = {
        scenarioId: model.id,
        side: table.you,
        personaId: '',
        difficulty: null,
        seed: s.setup.seed,
        mode: 'network',
      };
      const game = stateFromView(model, view);
      s.resumeGame({
        config,
        game,
        draft: draftOf(model, game, table.you),
        screen: resumed ? 'table' : 'briefing',
      });
      patchNet({ phase: 'playing' });
      if (c.final) finish(c.final);
    };

    /** The game is over: replay its log for the debrief, the transcript and the exports. */
    const finish = (final: NetFinal) => {
      const s = get();
      const model = gameModel(s);
      if (!model || !s.config) return;
      const r = loadLog(model, final.log);
      if (!r.ok) {
        fail(new Error(r.error.message));
        return;
      }
      patchNet({ phase: 'over' });
      if (!s.game?.outcome) s.receiveGame(r.state);
      get().updateConfig({ seed: final.log.seed, names: [final.names[0], final.names[1]] });
    };

    const partnerText = (kind: NetEvents['partner']['kind'], name: string): string => {
      const who = name || t('net.partner', {}, lang());
      return t(`net.partner.${kind}`, { name: who }, lang());
    };

    /** Say the code once a new table waits for the partner (a screen reader hears what to pass on). */
    let greeted = '';
    const greet = (table: NetTable) => {
      if (table.phase !== 'waiting' || greeted === table.code) return;
      greeted = table.code;
      get().announce(
        `${t('lobby.codeIs', { code: table.code.split('').join(' ') }, lang())}. ${t('lobby.waiting', {}, lang())}`,
      );
    };

    const attach = (c: NetConnection, resumed: boolean) => {
      detach();
      conn = c;
      const page = options?.page ?? '';
      set((s) => ({
        net: {
          ...(s.net ?? blank()),
          phase: 'waiting',
          code: c.code,
          link: `${page}table=${c.code}`,
          error: null,
        },
      }));
      offs = [
        c.on('table', (table) => {
          patchNet({ you: table.you, partner: table.seats[table.you === 0 ? 1 : 0] });
          greet(table);
          open(c, resumed);
        }),
        c.on('view', (view) => {
          const s = get();
          if (!s.config) {
            open(c, resumed);
            return;
          }
          const model = gameModel(s);
          // An outcome waits for the final message: it brings the whole game.
          if (model && !view.outcome) s.receiveGame(stateFromView(model, view));
        }),
        c.on('final', (final) => finish(final)),
        c.on('partner', (p) =>
          get().announce(partnerText(p.kind, p.name), p.kind === 'joined' ? 'click' : null),
        ),
        c.on('error', (e) => get().announce(e.message)),
        c.on('connection', (state) => {
          patchNet({ connection: state });
          if (state !== 'connected') get().announce(t(`net.connection.${state}`, {}, lang()));
        }),
      ];
      if (c.table) {
        patchNet({ you: c.table.you, partner: c.table.seats[c.table.you === 0 ? 1 : 0] });
        greet(c.table);
        open(c, resumed);
      }
    };

    const connect = (how: (m: NetModule) => Promise<NetConnection | null>, resumed: boolean) => {
      set({ net: blank() });
      get().showLobby();
      load()
        .then(how)
        .then((c) => {
          if (c) attach(c, resumed);
          else set({ net: null });
        })
        .catch(fail);
    };

    const name = () => get().settings.playerName;

    const slice: NetSlice = {
      ...NO_NET,
      setJoinCode: (code) => set({ joinCode: code.slice(0, 20) }),
      prepareNetwork: () => {
        load().catch(() => {});
      },
      createTable: () => {
        const s = get();
        const model = modelOf(s.catalog, s.setup.scenarioId);
        if (!model || !options) return;
        const { side, seed } = s.setup;
        get().announce(t('net.creating', {}, lang()));
        connect(
          (m) =>
            m.createTable(
              options.server,
              { scenarioId: model.id, contentHash: model.contentHash, side, seed, name: name() },
              options.storage,
            ),
          false,
        );
      },
      joinTable: () => {
        const code = get().joinCode;
        if (!options) return;
        get().announce(t('net.joining', { code }, lang()));
        connect((m) => m.joinTable(options.server, code, { name: name() }, options.storage), false);
      },
      resumeSeat: () => {
        const storage = options?.storage;
        if (storage) connect((m) => m.resumeTable(storage), true);
      },
      askComputerSeat: () => conn?.askComputer(),
      sendMove: (move) => conn?.move(move),
      leaveTable: () => {
        const c = conn;
        detach();
        set({ net: null });
        void c?.leave().catch(() => {});
      },
    };

    return slice;
  };
}

/** Is it this state's network game (for selectors)? */
export const inNetworkGame = (s: StoreState): boolean => s.net !== null;
