// Seeded randomness whose state is plain data, kept in the game state so a log replays exactly.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** The generator's state: plain numbers, safe to store and serialise. */
export type RngState = readonly number[];

/** Murmur3's 32-bit finaliser: nearby seeds (0, 1, 2…) become unrelated generator seeds. */
function mixSeed(seed: number): number {
  let x = seed | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) | 0;
}

/**
 * A fresh generator state from an integer seed. The seed is mixed and the first outputs dropped:
 * xoroshiro128+ seeded straight with a small integer returns nearly the same first numbers
 * for every seed (the first float is ~1.0 for seeds 0…100).
 */
export function seedRng(seed: number): RngState {
  const g = xoroshiro128plus(mixSeed(seed));
  for (let i = 0; i < 8; i++) g.next();
  return g.getState();
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
