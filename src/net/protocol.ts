// The wire between a table's server room and its two clients: message names, the shapes sent each
// way, and the checks the server runs on everything a client sends. Shared by the server
// (src/server/), the browser client and the headless bots; it imports engine types only.
import type { Move, Outcome, PlayerView, SavedLog, Side } from '../engine';

export { SEAT_KEY } from './seat-key';

/** The room's name on the server (`client.create(ROOM_NAME, …)`). */
export const ROOM_NAME = 'table';
/** Seconds a dropped seat is kept for its student (a reload, a Wi-Fi hiccup, a closed lid). */
export const GRACE_SECONDS = 120;
/** Largest frame a client may send, in bytes: a move is ~100 bytes, a create request ~300. */
export const MAX_PAYLOAD = 8 * 1024;
/** Longest name a student may give. */
export const MAX_NAME = 40;
/**
 * Largest instructor's own scenario file a table takes (it travels in the creator's request, which
 * goes over HTTP, not as a frame; the server's matchmaking reads at most 1 MB).
 */
export const MAX_SCENARIO_TEXT = 256 * 1024;

/** An instructor's own scenario file (not one of the server's): its name and text, validated by the server. */
export interface OutsideScenario {
  readonly name: string;
  readonly text: string;
}

/** Table codes: 5 characters a student can read off a projector without confusing any of them. */
export const CODE_LENGTH = 5;
/** No O/0/Q, I/1/L, S/5, Z/2, B/8, U/V: what is left cannot be misread. */
export const CODE_ALPHABET = 'ACDEFGHJKMNPRTWXY34679';

/** A typed code as the server knows it: upper case, spaces and dashes dropped; null if it cannot be one. */
export function normalizeCode(typed: unknown): string | null {
  if (typeof typed !== 'string' || typed.length > 40) return null;
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** Messages a client sends. */
export const TO_SERVER = {
  /** Ask for the table and own view (after join and after a reconnect). */
  sync: 'sync',
  /** A move for the sender's own seat. */
  move: 'move',
  /** Hand the empty (or abandoned) other seat to the computer: `{ persona?: string }`. */
  computer: 'computer',
} as const;

/** Messages the server sends. */
export const TO_CLIENT = {
  /** Public facts about the table (TableInfo), to both seats whenever they change. */
  table: 'table',
  /** The receiver's whole own PlayerView (after `sync`). */
  view: 'view',
  /** What changed in the receiver's own view after a move (ViewUpdate). */
  update: 'update',
  /** The game is over: everything needed to replay it locally for the debrief (FinalInfo). */
  final: 'final',
  /** A request was refused (NetError); nothing changed. */
  error: 'error',
} as const;

export type SeatStatus = 'open' | 'connected' | 'waiting' | 'left' | 'computer';

/** A seat as both players see it. */
export interface SeatInfo {
  readonly status: SeatStatus;
  /** The student's name ('' when none was given); the persona's name for the computer. */
  readonly name: string;
  /** While `waiting`: seconds left of the grace period when this was sent. */
  readonly graceSeconds?: number;
}

export type TablePhase = 'waiting' | 'playing' | 'over';

/** Public facts about a table. */
export interface TableInfo {
  readonly code: string;
  readonly scenarioId: string;
  readonly contentHash: string;
  readonly phase: TablePhase;
  readonly seats: readonly [SeatInfo, SeatInfo];
  /** The receiver's own seat. */
  readonly you: Side;
  /** The table plays an instructor's own file: here it is, for a client that does not have it. */
  readonly scenario?: OutsideScenario;
}

/**
 * What a move changed in the receiver's own view: the log entries it added (from `logFrom`), the
 * rest of the record as it now is, and `own`/`ownWalkAway` only when an event changed them.
 */
export type ViewUpdate = Pick<
  PlayerView,
  'round' | 'turn' | 'standing' | 'statementsMade' | 'fired' | 'events' | 'log' | 'outcome'
> &
  Partial<Pick<PlayerView, 'own' | 'ownWalkAway'>> & {
    /** The log length the new entries follow; a view of another length missed something. */
    readonly logFrom: number;
  };

/** Sent once the game is over: replaying `log` through the engine gives the whole final state. */
export interface FinalInfo {
  readonly log: SavedLog;
  readonly names: readonly [string, string];
  /** The computer's persona id on each seat it played, else null. */
  readonly personas: readonly [string | null, string | null];
}

export const ERROR_CODES = [
  'badMessage',
  'badOptions',
  'unknownScenario',
  'wrongVersion',
  'unknownCode',
  'tableFull',
  'notYourSeat',
  'notStarted',
  'illegalMove',
  'seatTaken',
  'partnerMayReturn',
  'unknownPersona',
  'tooLarge',
  'serverError',
] as const;
export type NetErrorCode = (typeof ERROR_CODES)[number];

/** A refusal; for `illegalMove`, `rejection` is the engine's code. */
export interface NetError {
  readonly code: NetErrorCode;
  readonly message: string;
  readonly rejection?: string;
  /** The engine rejection's parameters, when it has any (for the screen's own words). */
  readonly rejectionParams?: Readonly<Record<string, string | number>>;
}

/**
 * A sentence for each engine rejection code (the engine gives codes and parameters; the screen
 * words them through i18n; this is for bots, logs and a client that has no words of its own).
 */
const REJECTION_TEXT: Readonly<Record<string, string>> = {
  gameOver: 'The negotiation is over.',
  notYourTurn: 'It is not your turn.',
  badPackage: 'A package needs one valid option for every issue.',
  noStandingOffer: 'There is no offer on the table to accept.',
  ownOffer: 'You cannot accept your own offer.',
  unknownStatement: 'There is no such statement.',
  notYourStatement: "That is the other side's statement.",
  badSide: 'That side does not exist.',
  badReason: 'That reason is not one the game knows.',
  badMove: 'That is not a move.',
};

/** The sentence for an engine rejection code. */
export const rejectionText = (code: string): string =>
  Object.hasOwn(REJECTION_TEXT, code) ? (REJECTION_TEXT[code] ?? '') : 'That move is not allowed now.';

/** What the creator of a table sends. */
export interface CreateOptions {
  readonly scenarioId: string;
  /** The scenario's content hash: both students must play the same version. */
  readonly contentHash: string;
  /** The creator's seat (default 0). */
  readonly side?: Side;
  /** A fixed seed (the teacher's "same conditions for every table"); random when absent. */
  readonly seed?: number;
  readonly name?: string;
  /** Put the computer in the other seat at once, with this persona ('' or absent: the side's first). */
  readonly computer?: string;
  /**
   * Play this file instead of one of the server's scenarios. The server validates it as the game
   * and the command line do; its id and content hash must be `scenarioId` and `contentHash`.
   */
  readonly scenario?: OutsideScenario;
}

/** What a student joining by code sends. */
export interface JoinOptions {
  readonly name?: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const idLike = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 100;

/** A student's name as shown to the partner: text only, no control characters, at most MAX_NAME. */
export function cleanName(x: unknown): string {
  if (typeof x !== 'string') return '';
  let out = '';
  for (const ch of x) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x20 && !(c >= 0x7f && c <= 0x9f)) out += ch;
  }
  return out.trim().slice(0, MAX_NAME);
}

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: NetError };

const bad = (code: NetErrorCode, message: string) => ({ ok: false as const, error: { code, message } });

/** Check a creator's options (anything may arrive). */
export function parseCreateOptions(x: unknown): Parsed<CreateOptions> {
  if (!isRecord(x)) return bad('badOptions', 'Creating a table needs a scenario.');
  const { scenarioId, contentHash, side, seed, name, computer, scenario } = x;
  if (!idLike(scenarioId) || !idLike(contentHash))
    return bad('badOptions', 'Creating a table needs a scenario id and its content hash.');
  if (side !== undefined && side !== 0 && side !== 1) return bad('badOptions', 'The side must be 0 or 1.');
  if (
    seed !== undefined &&
    !(Number.isSafeInteger(seed) && (seed as number) >= 0 && (seed as number) < 2 ** 32)
  )
    return bad('badOptions', 'The seed must be a whole number from 0 to 4294967295.');
  if (computer !== undefined && (typeof computer !== 'string' || computer.length > 100))
    return bad('badOptions', 'The computer persona must be an id.');
  const file = parseOutsideScenario(scenario);
  if (file && !file.ok) return file;
  return {
    ok: true,
    value: {
      scenarioId,
      contentHash,
      ...(side === undefined ? {} : { side }),
      ...(seed === undefined ? {} : { seed: seed as number }),
      name: cleanName(name),
      ...(computer === undefined ? {} : { computer }),
      ...(file ? { scenario: file.value } : {}),
    },
  };
}

/** An outside scenario as sent (absent: null); its content is the scenario loader's to judge. */
function parseOutsideScenario(x: unknown): Parsed<OutsideScenario> | null {
  if (x === undefined) return null;
  if (!isRecord(x) || typeof x.name !== 'string' || typeof x.text !== 'string')
    return bad('badOptions', 'A scenario file is sent as its name and its text.');
  if (x.text.length > MAX_SCENARIO_TEXT)
    return bad(
      'tooLarge',
      `This scenario file is too large for a table on the game server (${MAX_SCENARIO_TEXT} characters at most).`,
    );
  const name = cleanName(x.name.replace(/[\\/]/g, ' ')) || 'scenario.yaml';
  return { ok: true, value: { name, text: x.text } };
}

/**
 * A move message as the room accepts it for the sender's seat: an object with a known type and the
 * sender's side. Everything else (package, statement, reason) is the engine's to judge; `reason`
 * is passed through untouched (it may be text or data).
 */
export function parseMoveMessage(x: unknown, seat: Side): Parsed<Move> {
  if (!isRecord(x)) return bad('badMessage', 'A move must be an object.');
  if (x.type !== 'propose' && x.type !== 'accept' && x.type !== 'walkAway')
    return bad('badMessage', 'Unknown move type.');
  if (x.side !== 0 && x.side !== 1) return bad('badMessage', 'A move names its side, 0 or 1.');
  if (x.side !== seat) return bad('notYourSeat', 'You can only move for your own seat.');
  return { ok: true, value: x as unknown as Move };
}

/** Apply an update to a whole view; null when the view missed an update (ask for the whole view). */
export function mergeView(view: PlayerView, update: ViewUpdate): PlayerView | null {
  if (update.logFrom !== view.log.length) return null;
  const { logFrom: _, log, ...rest } = update;
  return { ...view, ...rest, log: [...view.log, ...log] };
}

/** Whether an outcome exists in an update: the game is over. */
export const isOver = (u: { readonly outcome: Outcome | null }): boolean => u.outcome !== null;
