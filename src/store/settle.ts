// Some reactions to a store change write to the store themselves (narration, the computer's
// answer). Written while listeners are still being told about the change, they would hide it from
// the listeners not yet told: the screen would miss the human's offer and its sound. `after`
// queues such a write until the update in progress, and every update it caused, has reached every
// listener; the store's actions still return only once everything has settled.
import type { StateCreator, StoreMutatorIdentifier } from 'zustand/vanilla';

/** Where reactions queue their writes. */
export interface Settle {
  /** Run `job` once the store has settled: at once when no update is being told, else right after. */
  after(job: () => void): void;
}

/** The queue, and `track`, which counts an update for it. */
export interface SettleQueue extends Settle {
  track(update: () => void): void;
}

/** A queue for one store. */
export function settleQueue(): SettleQueue {
  let depth = 0;
  let draining = false;
  const jobs: (() => void)[] = [];
  const drain = () => {
    if (draining) return;
    draining = true;
    try {
      for (let job = jobs.shift(); job; job = jobs.shift()) job();
    } finally {
      draining = false;
    }
  };
  return {
    track(update) {
      depth++;
      try {
        update();
      } finally {
        depth--;
      }
      if (depth === 0) drain();
    },
    after(job) {
      jobs.push(job);
      if (depth === 0) drain();
    },
  };
}

type Settling = <
  T,
  Mps extends [StoreMutatorIdentifier, unknown][] = [],
  Mcs extends [StoreMutatorIdentifier, unknown][] = [],
>(
  queue: SettleQueue,
  init: StateCreator<T, Mps, Mcs>,
) => StateCreator<T, Mps, Mcs>;

type SettlingImpl = <T>(queue: SettleQueue, init: StateCreator<T, [], []>) => StateCreator<T, [], []>;

const settlingImpl: SettlingImpl = (queue, init) => (set, get, api) => {
  const plain = set as (...args: unknown[]) => void;
  const tracked = ((...args: unknown[]) => queue.track(() => plain(...args))) as typeof set;
  api.setState = tracked;
  return init(tracked, get, api);
};

/** Middleware: every update of the store, from a slice or from outside, is tracked by `queue`. */
export const settling = settlingImpl as unknown as Settling;
