// What the store needs of the network client (src/net), as plain interfaces: the store never
// imports src/net (main.ts hands it a loader), so these are the port it is plugged into. src/net's
// TableConnection and module satisfy them (main.ts's \`network.load\` type-checks that).
import type { Move, PlayerView, SavedLog, Side } from '../engine';

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
  /** The table plays an instructor's own file: its name and text, for a client that does not have it. */
  readonly scenario?: { readonly name: string; readonly text: string };
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
  /** A refusal: the server's words, and for an illegal move the engine's rejection code. */
  error: { readonly code: string; readonly message: string; readonly rejection?: string };
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
      /** An instructor's own file, sent for the server to check and pass on to the joiner. */
      scenario?: { name: string; text: string } | undefined;
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
