// A headless seat: the computer negotiator playing over the network from its own view, as a
// student's browser would. Used by `npm run bot`, the load test and the tests.
import type { Negotiator } from '../ai';
import { negotiatorFor, personaNegotiator } from '../ai';
import type { Model, Move, PlayerView, Side } from '../engine';
import type { NetError, TableConnection } from '../net';

export interface SeatOptions {
  /** The seat's decision from its own view (a negotiator here, or one in a worker thread). */
  readonly decide: (view: PlayerView) => Move | null | Promise<Move | null>;
  /** Milliseconds to "think" before each move (default none). */
  readonly think?: () => number;
  /** Drop the connection once, after this many own moves, and come back after `reconnectAfterMs`. */
  readonly dropAfterMoves?: number;
  readonly reconnectAfterMs?: number;
  /** Called with every refusal the server sends. */
  readonly onError?: (e: NetError) => void;
}

export interface SeatReport {
  /** Own moves sent. */
  moves: number;
  /** Milliseconds from sending a move to receiving the view that holds it. */
  latencies: number[];
  /** Refusals received and failures (a failed reconnect). */
  errors: number;
  dropped: boolean;
  view: PlayerView | null;
}

/** The negotiator for a seat of `model`: a persona or baseline by name, or the side's first persona. */
export function seatNegotiator(model: Model, side: Side, persona: string, seed: number): Negotiator {
  if (persona) {
    const named = negotiatorFor(model, side, persona, { seed });
    if (named.ok) return named.negotiator;
    throw new Error(named.message);
  }
  const first = model.personas.find((p) => p.side === side);
  if (first) return personaNegotiator(first, first.difficulty, seed);
  const linear = negotiatorFor(model, side, 'linear', { seed });
  if (!linear.ok) throw new Error(linear.message);
  return linear.negotiator;
}

/** Play the seat until the game is over; resolves with what happened. */
export function playSeat(conn: TableConnection, opts: SeatOptions): Promise<SeatReport> {
  const report: SeatReport = { moves: 0, latencies: [], errors: 0, dropped: false, view: null };
  let pending: { at: number; logLength: number } | null = null;
  let thinking = false;
  let away = false;
  return new Promise((resolve) => {
    const finish = () => {
      offView();
      offError();
      resolve(report);
    };
    const act = (view: PlayerView) => {
      if (thinking || pending || away || view.outcome || view.turn !== view.side) return;
      thinking = true;
      const wait = opts.think?.() ?? 0;
      setTimeout(async () => {
        const seen = conn.view;
        let move: Move | null = null;
        if (seen && !seen.outcome && seen.turn === seen.side) {
          try {
            move = await opts.decide(seen);
          } catch {
            move = null;
          }
        }
        thinking = false;
        const now = conn.view;
        if (!now || now !== seen || away || now.outcome || now.turn !== now.side || pending) {
          if (now && !away) act(now);
          return;
        }
        move ??= {
          type: 'propose',
          side: now.side,
          package: now.standing?.package ?? now.issues.map((i) => i.statusQuo),
        };
        pending = { at: performance.now(), logLength: now.log.length };
        report.moves++;
        conn.move(move);
      }, wait);
    };
    const offView = conn.on('view', (view) => {
      report.view = view;
      if (pending && view.log.length > pending.logLength) {
        report.latencies.push(performance.now() - pending.at);
        pending = null;
      }
      if (view.outcome) return finish();
      if (
        opts.dropAfterMoves !== undefined &&
        !report.dropped &&
        !pending &&
        report.moves >= opts.dropAfterMoves &&
        view.turn !== view.side
      ) {
        report.dropped = true;
        away = true;
        conn.drop();
        setTimeout(() => {
          conn.reconnect().then(
            () => {
              away = false;
            },
            () => {
              report.errors++;
              finish();
            },
          );
        }, opts.reconnectAfterMs ?? 300);
        return;
      }
      act(view);
    });
    const offError = conn.on('error', (e) => {
      report.errors++;
      opts.onError?.(e);
      pending = null; // the move was refused: decide again on the next view
      conn.sync();
    });
    if (conn.view) act(conn.view);
  });
}
