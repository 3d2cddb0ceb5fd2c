// The network client for one seat at a table: create a table, join by code, send moves, receive
// the own view, reconnect with the token kept in sessionStorage, and hear about the partner
// (joined, waiting, back, left, computer). Runs in the browser and in node (bots, tests).
// The game loads it only for network play: `const net = await import('../net')`.
import { Client, type Room } from '@colyseus/sdk';
import type { Move, PlayerView, Side } from '../engine';
import {
  type CreateOptions,
  type FinalInfo,
  type JoinOptions,
  mergeView,
  type NetError,
  type NetErrorCode,
  normalizeCode,
  ROOM_NAME,
  SEAT_KEY,
  type SeatInfo,
  TO_CLIENT,
  TO_SERVER,
  type TableInfo,
  type ViewUpdate,
} from './protocol';

/** Where a seat's reconnection token is kept: sessionStorage in the browser (one per tab). */
export interface SeatStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export { SEAT_KEY };

/** What is stored to get the same seat back after a reload. */
export interface SavedSeat {
  readonly server: string;
  readonly code: string;
  readonly token: string;
}

export type ConnectionState = 'connected' | 'reconnecting' | 'closed';

/** What happened to the partner's seat (from the table's public facts). */
export type PartnerEvent =
  | { readonly kind: 'joined' | 'back' | 'left' | 'computer'; readonly name: string }
  | { readonly kind: 'waiting'; readonly name: string; readonly graceSeconds: number };

export interface NetEvents {
  table: TableInfo;
  view: PlayerView;
  final: FinalInfo;
  error: NetError;
  partner: PartnerEvent;
  connection: ConnectionState;
}

/** A refusal of create/join/reconnect, with a message a student can act on. */
export class NetRequestError extends Error {
  constructor(
    readonly code: NetErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NetRequestError';
  }
}

/** `ws://host:port`, `http://host:port` or a bare `host:port` → the SDK's endpoint. */
export function endpointOf(server: string): string {
  const s = server.trim();
  if (/^wss?:\/\//i.test(s) || /^https?:\/\//i.test(s)) return s.replace(/^ws/i, 'http');
  return `http://${s}`;
}

function requestError(e: unknown, code?: string): NetRequestError {
  const message = e instanceof Error ? e.message : String(e);
  // An HTTP 404 on the matchmaking route: the page's server serves files only (Colyseus answers
  // its own refusals with 4xx JSON, never 404).
  if ((e as { code?: unknown } | null)?.code === 404)
    return new NetRequestError(
      'serverError',
      'No game server answers at this address: open the game from the class server (npm run server).',
    );
  if (/not found|invalid room id|expired/i.test(message))
    return code
      ? new NetRequestError('unknownCode', `No table has the code ${code}. Check it with your partner.`)
      : new NetRequestError(
          'unknownCode',
          'That seat is no longer kept: join the table again with its code.',
        );
  if (/locked|full/i.test(message))
    return new NetRequestError('tableFull', 'This table is full: both seats are taken.');
  if (/another version/i.test(message)) return new NetRequestError('wrongVersion', message);
  if (/does not have the scenario/i.test(message)) return new NetRequestError('unknownScenario', message);
  if (/fetch failed|ECONNREFUSED|network|Failed to fetch/i.test(message))
    return new NetRequestError('serverError', 'The game server cannot be reached: check the address.');
  return new NetRequestError('badOptions', message);
}

type Listener<K extends keyof NetEvents> = (value: NetEvents[K]) => void;

/** One seat's connection to a table. */
export class TableConnection {
  table: TableInfo | null = null;
  view: PlayerView | null = null;
  final: FinalInfo | null = null;
  state: ConnectionState = 'connected';
  private readonly listeners = new Map<keyof NetEvents, Set<(v: never) => void>>();

  private constructor(
    private readonly server: string,
    private room: Room,
    private readonly storage: SeatStorage | null,
  ) {
    this.attach(room);
  }

  /** The table's code (students read it off the screen). */
  get code(): string {
    return this.room.roomId;
  }

  /** The own seat, once the table info arrived. */
  get side(): Side | null {
    return this.table?.you ?? null;
  }

  /** The token that gets this seat back within the grace period. */
  get token(): string {
    return this.room.reconnectionToken;
  }

  on<K extends keyof NetEvents>(event: K, listener: Listener<K>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as (v: never) => void);
    const added = set;
    return () => {
      added.delete(listener as (v: never) => void);
    };
  }

  /** Propose, accept or walk away for the own seat; the answer is an `update`d view or an `error`. */
  move(move: Move): void {
    this.room.send(TO_SERVER.move, move);
  }

  /** Ask the computer to take the other seat (when empty, or left after the grace period). */
  askComputer(persona?: string): void {
    this.room.send(TO_SERVER.computer, persona === undefined ? {} : { persona });
  }

  /** Ask for the table and the whole own view again. */
  sync(): void {
    this.room.send(TO_SERVER.sync);
  }

  /** Send any message (tests: how the server copes with bad input). */
  sendRaw(type: string, payload: unknown): void {
    this.room.send(type, payload);
  }

  /** Send raw bytes on the connection (tests: how the server copes with garbage). */
  sendBytes(bytes: Uint8Array): void {
    this.room.connection.send(bytes);
  }

  /** The next view that satisfies `test` (default: the next one). */
  nextView(test: (v: PlayerView) => boolean = () => true, timeoutMs = 10_000): Promise<PlayerView> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error('No view arrived in time.'));
      }, timeoutMs);
      const off = this.on('view', (v) => {
        if (!test(v)) return;
        clearTimeout(timer);
        off();
        resolve(v);
      });
    });
  }

  /** Leave for good: the seat is free at once and the stored token forgotten. */
  async leave(): Promise<void> {
    this.storage?.removeItem(SEAT_KEY);
    if (this.room.connection.isOpen) {
      // A connection the server already cut never confirms: do not wait for it.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const gone = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, 2000);
      });
      await Promise.race([this.room.leave(true).catch(() => 0), gone]);
      clearTimeout(timer);
    }
    this.setState('closed');
  }

  /** Cut the connection without leaving, as a crash or a closed lid would (tests, load tests). */
  drop(): void {
    this.room.reconnection.enabled = false;
    this.room.connection.close();
  }

  /** Come back after `drop()` (or a lost connection) with the same seat, as a reload does. */
  async reconnect(): Promise<void> {
    const client = new Client(endpointOf(this.server));
    let room: Room;
    try {
      room = await client.reconnect(this.token);
    } catch (e) {
      throw requestError(e);
    }
    this.room = room;
    this.attach(room);
    this.setState('connected');
    this.sync();
  }

  private attach(room: Room): void {
    room.onMessage(TO_CLIENT.table, (t: TableInfo) => this.onTable(t));
    room.onMessage(TO_CLIENT.view, (v: PlayerView) => {
      this.view = v;
      this.emit('view', v);
    });
    room.onMessage(TO_CLIENT.update, (u: ViewUpdate) => {
      const merged = this.view ? mergeView(this.view, u) : null;
      if (!merged) {
        this.sync();
        return;
      }
      this.view = merged;
      this.emit('view', merged);
    });
    room.onMessage(TO_CLIENT.final, (f: FinalInfo) => {
      this.final = f;
      this.emit('final', f);
    });
    room.onMessage(TO_CLIENT.error, (e: NetError) => this.emit('error', e));
    room.onDrop(() => this.setState('reconnecting'));
    room.onReconnect(() => {
      this.setState('connected');
      this.sync();
    });
    room.onLeave(() => {
      if (room === this.room && this.state !== 'reconnecting') this.setState('closed');
    });
    this.storage?.setItem(
      SEAT_KEY,
      JSON.stringify({
        server: this.server,
        code: room.roomId,
        token: room.reconnectionToken,
      } satisfies SavedSeat),
    );
  }

  private onTable(t: TableInfo): void {
    const before = this.table;
    this.table = t;
    this.emit('table', t);
    const partner = partnerEvent(before?.seats[1 - t.you] ?? null, t.seats[1 - t.you] as SeatInfo);
    if (partner) this.emit('partner', partner);
  }

  private setState(s: ConnectionState): void {
    if (this.state === s) return;
    this.state = s;
    this.emit('connection', s);
  }

  private emit<K extends keyof NetEvents>(event: K, value: NetEvents[K]): void {
    for (const l of this.listeners.get(event) ?? []) (l as Listener<K>)(value);
  }

  /** @internal */
  static async open(
    server: string,
    storage: SeatStorage | null,
    connect: (client: Client) => Promise<Room>,
    code?: string,
  ): Promise<TableConnection> {
    const client = new Client(endpointOf(server));
    let room: Room;
    try {
      room = await connect(client);
    } catch (e) {
      throw requestError(e, code);
    }
    const conn = new TableConnection(server, room, storage);
    conn.sync();
    return conn;
  }
}

/** How the partner's seat changed, if it did. */
export function partnerEvent(before: SeatInfo | null, now: SeatInfo): PartnerEvent | null {
  if (before?.status === now.status) return null;
  switch (now.status) {
    case 'connected':
      return { kind: before?.status === 'waiting' ? 'back' : 'joined', name: now.name };
    case 'waiting':
      return { kind: 'waiting', name: now.name, graceSeconds: now.graceSeconds ?? 0 };
    case 'left':
      return { kind: 'left', name: now.name };
    case 'computer':
      return { kind: 'computer', name: now.name };
    default:
      return null;
  }
}

/** Create a table; the creator takes `options.side` (default 0). */
export function createTable(
  server: string,
  options: CreateOptions,
  storage: SeatStorage | null = null,
): Promise<TableConnection> {
  return TableConnection.open(server, storage, (c) => c.create(ROOM_NAME, options));
}

/** Join a table by its code (case and spaces do not matter). */
export function joinTable(
  server: string,
  typedCode: string,
  options: JoinOptions = {},
  storage: SeatStorage | null = null,
): Promise<TableConnection> {
  const code = normalizeCode(typedCode);
  if (!code)
    return Promise.reject(
      new NetRequestError(
        'unknownCode',
        'A table code has 5 letters and digits, as shown on your partner’s screen.',
      ),
    );
  return TableConnection.open(server, storage, (c) => c.joinById(code, options), code);
}

/** The seat kept in `storage` (after a reload), or null when there is none or it is unreadable. */
export function savedSeat(storage: SeatStorage): SavedSeat | null {
  try {
    const s = JSON.parse(storage.getItem(SEAT_KEY) ?? 'null') as Partial<SavedSeat> | null;
    if (s && typeof s.server === 'string' && typeof s.code === 'string' && typeof s.token === 'string')
      return { server: s.server, code: s.code, token: s.token };
  } catch {
    // a broken entry is no seat
  }
  return null;
}

/** Get the seat kept in `storage` back (a reload); null when none is kept. Throws when it expired. */
export async function resumeTable(storage: SeatStorage): Promise<TableConnection | null> {
  const seat = savedSeat(storage);
  if (!seat) return null;
  try {
    return await TableConnection.open(seat.server, storage, (c) => c.reconnect(seat.token));
  } catch (e) {
    storage.removeItem(SEAT_KEY);
    throw e;
  }
}
