// A worker thread that makes the load test's computer decisions, so that the thread holding the
// connections only does network work and its latency figures are the server's, not the bots'.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Negotiator } from '../ai';
import { createCache, type Move, type PlayerView, type Side } from '../engine';
import { seatNegotiator } from './bot';
import { loadCatalog } from './catalog';

export interface DecideRequest {
  readonly id: number;
  /** One negotiator per seat: its key. */
  readonly seat: string;
  readonly scenarioId: string;
  readonly side: Side;
  readonly persona: string;
  readonly seed: number;
  readonly view: PlayerView;
}

export interface DecideAnswer {
  readonly id: number;
  readonly move: Move | null;
}

const catalog = loadCatalog(join((workerData as { root: string }).root, 'scenarios'));
const cache = createCache();
const seats = new Map<string, Negotiator>();

parentPort?.on('message', (text: string) => {
  const req = JSON.parse(text) as DecideRequest | { forget: string };
  if ('forget' in req) {
    seats.delete(req.forget);
    return;
  }
  let move: Move | null = null;
  try {
    let negotiator = seats.get(req.seat);
    if (!negotiator) {
      const model = catalog.get(req.scenarioId);
      if (model) {
        negotiator = seatNegotiator(model, req.side, req.persona, req.seed);
        seats.set(req.seat, negotiator);
      }
    }
    move = negotiator?.decide(req.view, cache) ?? null;
  } catch {
    move = null;
  }
  parentPort?.postMessage({ id: req.id, move } satisfies DecideAnswer);
});
