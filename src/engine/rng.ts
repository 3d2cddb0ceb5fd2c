// Seeded randomness whose state is plain data, kept in the game state so a log replays exactly.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** The generator's state: plain numbers, safe to store and serialise. */
export type RngState = readonly number[];

/** A fresh generator state from an integer seed. */
export function seedRng(seed: number): RngState {
  return xoroshiro128plus(seed | 0).getState();
}

/** A uniform number in [0, 1) and the next state; the given state is not changed. */
export function nextFloat(state: RngState): [number, RngState] {
  const g = xoroshiro128plusFromState(state);
  const hi = (g.next() >>> 0) / 0x100000000;
  const lo = (g.next() >>> 0) / 0x100000000 / 0x100000000;
  return [hi + lo, g.getState()];
}

/** A uniform integer in [0, n) and the next state. */
export function nextInt(state: RngState, n: number): [number, RngState] {
  const [x, s] = nextFloat(state);
  return [Math.min(n - 1, Math.floor(x * n)), s];
}
