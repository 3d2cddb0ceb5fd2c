// Saved games: a log is the scenario's id and content hash, the seed and the moves. Replaying it
// through the reducer gives exactly the same state and scores; a log made on another scenario
// (or another version of it) is refused with a typed error instead of replaying into nonsense.
import type { Model, Side } from './model';
import { applyMove, isReason, newGame } from './protocol';
import type { GameState, Move, Rejection } from './protocol-types';
import { MOVE_TYPES } from './protocol-types';

/** A game as saved to a file or sent over the wire. */
export interface SavedLog {
  readonly scenarioId: string;
  readonly contentHash: string;
  readonly seed: number;
  readonly moves: readonly Move[];
}

export const REPLAY_ERROR_CODES = ['badLog', 'wrongScenario', 'wrongContent', 'illegalMove'] as const;
export type ReplayErrorCode = (typeof REPLAY_ERROR_CODES)[number];

/** Why a log could not be replayed; `index` is the refused move's position when there is one. */
export interface ReplayError {
  readonly code: ReplayErrorCode;
  readonly message: string;
  readonly index?: number;
  readonly rejection?: Rejection;
}

export type ReplayResult =
  | { readonly ok: true; readonly state: GameState }
  | { readonly ok: false; readonly error: ReplayError };

/** Replay moves from a fresh game on this model and seed; stops at the first illegal move. */
export function replayLog(model: Model, seed: number, moves: readonly Move[]): ReplayResult {
  let state = newGame(model, seed);
  for (const [index, move] of moves.entries()) {
    const r = applyMove(model, state, move);
    if (!r.ok) {
      const message = `Move ${index + 1} is not legal (${r.rejection.code}).`;
      return { ok: false, error: { code: 'illegalMove', message, index, rejection: r.rejection } };
    }
    state = r.state;
  }
  return { ok: true, state };
}

/** The saved form of a game: everything needed to replay it. */
export function saveLog(state: GameState): SavedLog {
  const moves = state.log.flatMap((e) => (e.kind === 'move' ? [e.move] : []));
  return { scenarioId: state.scenarioId, contentHash: state.contentHash, seed: state.seed, moves };
}

/** Replay a saved log, refusing one made on another scenario or another version of it. */
export function loadLog(model: Model, log: SavedLog): ReplayResult {
  if (log.scenarioId !== model.id) {
    const message = `This game was played on scenario "${log.scenarioId}", not "${model.id}".`;
    return { ok: false, error: { code: 'wrongScenario', message } };
  }
  if (log.contentHash !== model.contentHash) {
    const message = 'This game was played on a different version of the scenario.';
    return { ok: false, error: { code: 'wrongContent', message } };
  }
  return replayLog(model, log.seed, log.moves);
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isSide = (x: unknown): x is Side => x === 0 || x === 1;
const optString = (x: unknown): x is string | undefined => x === undefined || typeof x === 'string';

function parseMove(x: unknown): Move | null {
  if (
    !isRecord(x) ||
    !isSide(x.side) ||
    !(MOVE_TYPES as readonly unknown[]).includes(x.type) ||
    !(x.reason === undefined || isReason(x.reason))
  )
    return null;
  const reason = x.reason === undefined ? {} : { reason: x.reason };
  if (x.type !== 'propose') return { type: x.type as 'accept' | 'walkAway', side: x.side, ...reason };
  const pkg = x.package;
  if (!Array.isArray(pkg) || !pkg.every((o) => Number.isInteger(o)) || !optString(x.statement)) return null;
  if (x.final !== undefined && typeof x.final !== 'boolean') return null;
  const statement = x.statement === undefined ? {} : { statement: x.statement };
  const final = x.final ? { final: true } : {};
  return { type: 'propose', side: x.side, package: pkg as number[], ...statement, ...final, ...reason };
}

/** Check that data read from a file (e.g. JSON.parse) has the shape of a saved log. */
export function parseSavedLog(
  data: unknown,
): { ok: true; log: SavedLog } | { ok: false; error: ReplayError } {
  const bad = (message: string) => ({ ok: false as const, error: { code: 'badLog' as const, message } });
  if (!isRecord(data)) return bad('A saved game must be an object.');
  const { scenarioId, contentHash, seed, moves } = data;
  if (typeof scenarioId !== 'string' || typeof contentHash !== 'string')
    return bad('A saved game needs scenarioId and contentHash.');
  if (typeof seed !== 'number' || !Number.isInteger(seed)) return bad('A saved game needs an integer seed.');
  if (!Array.isArray(moves)) return bad('A saved game needs a list of moves.');
  const parsed: Move[] = [];
  for (const [i, m] of moves.entries()) {
    const move = parseMove(m);
    if (!move) return bad(`Move ${i + 1} is not a valid move.`);
    parsed.push(move);
  }
  return { ok: true, log: { scenarioId, contentHash, seed, moves: parsed } };
}
