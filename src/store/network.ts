// The network slice: a game at two devices. The table's connection (src/net, loaded lazily by
// main.ts only when a network mode is chosen) lives here, outside the store's data; the store
// keeps plain facts about it (code, seats, connection) and the game as this seat's view shows it.
// The server is the authority: moves go to it, and the game changes when its answer arrives.
import type { GameState, Model, Move, PlayerView, RejectionCode, Side } from '../engine';
import { loadLog, REJECTION_CODES, seedRng } from '../engine';
import { t } from '../i18n';
import { gameModel, modelOf } from './catalog';
import { draftOf } from './seat';
import type {
  NetConnection,
  NetEvents,
  NetFinal,
  NetModule,
  NetSeat,
  NetTable,
  NetworkOptions,
} from './net-port';
import type { GameConfig, SliceCreator } from './types';

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

    /** Content hashes of the tables' own files already read (each is read once). */
    const fetched = new Set<string>();

    /** The game opens once both seats are held; a resumed seat goes straight back to the table. */
    const open = (c: NetConnection, resumed: boolean) => {
      const s = get();
      const table = c.table;
      const view = c.view;
      if (!table || !view || table.phase === 'waiting' || s.config) return;
      const model = modelOf(s.catalog, table.scenarioId);
      if (!model || model.contentHash !== table.contentHash) {
        // A table on an instructor's own file brings the file: read and check it here, then open.
        if (table.scenario && !fetched.has(table.contentHash)) {
          fetched.add(table.contentHash);
          void get()
            .addOutside({ kind: 'text', name: table.scenario.name, text: table.scenario.text })
            .then(() => open(c, resumed));
          return;
        }
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

    /** A refusal in the student's language where the game has words for it (an illegal move), else as the server put it. */
    const refusal = (e: NetEvents['error']): string =>
      e.code === 'illegalMove' && (REJECTION_CODES as readonly string[]).includes(e.rejection ?? '')
        ? t(
            'announce.rejected',
            { message: t(`rejection.${e.rejection as RejectionCode}`, {}, lang()) },
            lang(),
          )
        : e.message;
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
      let tables = c.table ? 1 : 0;
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
          tables++;
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
        c.on('partner', (p) => {
          // The first news of the table is the partner already seated: say whose table this is.
          const first = tables <= 1 && p.kind === 'joined';
          const who = p.name || t('net.partner', {}, lang());
          const text = first
            ? t(resumed ? 'net.backAt' : 'net.joinedTable', { name: who }, lang())
            : partnerText(p.kind, p.name);
          get().announce(text, p.kind === 'joined' ? 'click' : null);
        }),
        // Shown, not only spoken (the notice is an alert): a move the server refused left the table as it was.
        c.on('error', (e) => get().showNotice(refusal(e))),
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
          else {
            // No seat was kept after all: the title, as on any first visit.
            set({ net: null });
            get().showTitle();
          }
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
        const entry = s.catalog.find((e) => e.id === s.setup.scenarioId);
        const model = entry?.model;
        if (!model || !options) return;
        const { side, seed } = s.setup;
        // An instructor's own file travels with the request; the server checks it as the game does.
        const scenario = entry.outside ? { name: entry.fileName, text: entry.outside.text } : undefined;
        get().announce(t('net.creating', {}, lang()));
        connect(
          (m) =>
            m.createTable(
              options.server,
              { scenarioId: model.id, contentHash: model.contentHash, side, seed, name: name(), scenario },
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
