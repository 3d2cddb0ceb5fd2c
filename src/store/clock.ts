// The one place the store meets real time: the computer's pause before it answers. Tests pass a
// clock they advance by hand (test-kit's manualClock), so nothing waits for real time.

/** Calls a function after a pause. */
export interface Clock {
  /** Call `fn` after `ms` milliseconds; returns a function that cancels the call. */
  later(ms: number, fn: () => void): () => void;
}

/** The browser's (or node's) timers. */
export const realClock: Clock = {
  later(ms, fn) {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  },
};
