// The sweep behind whole-space scoring (score-table.ts): for each upper combination i, one
// side's constituency and indicator sums over the row of packages i · L … i · L + L − 1, from the
// factors folded per half (score-fold.ts) and the factors swept per package (score-kernels.ts),
// with veto flags.
import type { Compiled } from './score-compile';
import { type Folded, fold } from './score-fold';
import { type Halves, type LowerRow, splitHalves } from './score-halves';
import { add3Int, add4, add4Int, addIntSmall, markVetoes } from './score-kernels';

/** Per-row accumulators of one side: weighted sums of constituencies and indicators, vetoes. */
export interface Sums {
  readonly approval: Float64Array;
  readonly security: Float64Array;
  readonly vetoed: Uint8Array;
}

/** Scratch for one sweep: the rows, upper sums and weights of four factors, and a weightless row. */
interface Group {
  readonly rows: LowerRow[];
  readonly a: Float64Array;
  readonly w: Float64Array;
  readonly none: LowerRow;
}

/** How many slots the next sweep takes when n are left: four, or three (the integral kernels' widths). */
const widthFor = (n: number, integral: boolean): number =>
  !integral || n === 4 || n >= 7 ? 4 : n === 3 || n >= 5 ? 3 : n;

/** Add the given slots (in order) to acc, three or four at a time; mark vetoes of those that have one. */
function addSlots(
  c: Compiled,
  h: Halves,
  i: number,
  slots: readonly number[],
  acc: Float64Array,
  sums: Sums,
  g: Group,
) {
  for (let at = 0, width = 0; at < slots.length; at += width) {
    width = widthFor(slots.length - at, h.integral);
    for (let k = 0; k < width; k++) {
      const real = at + k < slots.length;
      const slot = real ? slots[at + k]! : 0;
      g.rows[k] = real ? h.rowFor(slot, i, k) : g.none;
      g.a[k] = real ? h.upperSums[i * c.slots + slot]! : 0;
      g.w[k] = real ? c.weights[slot]! : 0;
      if (real && c.vetoes[slot]! > -Infinity) markVetoes(g.rows[k]!, g.a[k]!, c.vetoes[slot]!, sums.vetoed);
    }
    if (!h.integral) add4(acc, g.rows, g.a, g.w);
    else if (width === 4) add4Int(acc, g.rows, g.a, g.w);
    else if (width === 3) add3Int(acc, g.rows, g.a, g.w);
    else addIntSmall(acc, g.rows, g.a, g.w, width);
  }
}

/** How one kind of one side's factors is summed: folded where exact (see score-fold.ts), else all swept. */
interface KindPlan {
  readonly folded: Folded | null;
  /** Slots swept per package, in factor order. */
  readonly slots: readonly number[];
}

/** The plans for one side's constituencies and indicators. */
type SidePlan = readonly [approval: KindPlan, security: KindPlan];

function planKind(c: Compiled, h: Halves, from: number, to: number): KindPlan {
  const folded = fold(c, h, from, to);
  return { folded, slots: folded ? folded.spanning : Array.from({ length: to - from }, (_, k) => from + k) };
}

const planSide = (c: Compiled, h: Halves, s: number): SidePlan => [
  planKind(c, h, c.bounds[3 * s]!, c.bounds[3 * s + 1]!),
  planKind(c, h, c.bounds[3 * s + 1]!, c.bounds[3 * s + 2]!),
];

/** Start acc from the folded factors' sums (or 0) for upper combination i. */
function start(acc: Float64Array, plan: KindPlan, i: number, vetoed: Uint8Array | null): void {
  const f = plan.folded;
  if (!f) {
    acc.fill(0);
    return;
  }
  const up = f.up[i]!;
  const low = f.low;
  for (let j = 0; j < acc.length; j++) acc[j] = low[j]! + up;
  if (vetoed) {
    const v = f.upVeto[i]!;
    for (let j = 0; j < acc.length; j++) vetoed[j]! |= f.lowVeto[j]! | v;
  }
}

/** Sum one side's factors over the row of packages that share upper combination i. */
function sumSide(c: Compiled, halves: Halves, plan: SidePlan, i: number, sums: Sums, g: Group): void {
  sums.vetoed.fill(0);
  start(sums.approval, plan[0], i, sums.vetoed);
  start(sums.security, plan[1], i, null);
  addSlots(c, halves, i, plan[0].slots, sums.approval, sums, g);
  addSlots(c, halves, i, plan[1].slots, sums.security, sums, g);
}

/** Total weight of slots [from, to), summed in order as scorePackage does. */
export function weightOf(c: Compiled, from: number, to: number): number {
  let w = 0;
  for (let f = from; f < to; f++) w += c.weights[f]!;
  return w;
}

/** What every sweep shares: the compiled model, its halves, each side's plan and scratch rows. */
export interface Sweep {
  readonly c: Compiled;
  readonly halves: Halves;
  readonly plans: readonly [SidePlan, SidePlan];
  readonly sums: Sums;
  readonly g: Group;
}

export function sweepOf(c: Compiled): Sweep {
  const halves = splitHalves(c);
  const L = halves.lower;
  const sums: Sums = {
    approval: new Float64Array(L),
    security: new Float64Array(L),
    vetoed: new Uint8Array(L),
  };
  const none = { values: new Float64Array(L), ints: new Int32Array(L), min: 0, max: 0 };
  const g: Group = { rows: [], a: new Float64Array(4), w: new Float64Array(4), none };
  return { c, halves, plans: [planSide(c, halves, 0), planSide(c, halves, 1)], sums, g };
}

/** Fill w.sums with side s's sums over the row of packages of upper combination i. */
export const sumRow = (w: Sweep, s: number, i: number): void =>
  sumSide(w.c, w.halves, w.plans[s]!, i, w.sums, w.g);
