// The sweep behind whole-space scoring (score-table.ts): for each upper combination i, one
// side's constituency and indicator sums over the row of packages i · L … i · L + L − 1, from the
// factors folded per half (score-fold.ts) and the factors swept per package (score-kernels.ts),
// with veto flags.
import type { Compiled } from './score-compile';
import { type Folded, fold, nothingFolded } from './score-fold';
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

/** How one kind of one side's factors is summed: folded where exact (see score-fold.ts), the rest swept. */
interface KindPlan {
  /** Folded sums per half (all zero when nothing folds). */
  readonly folded: Folded;
  /** Slots swept per package, in factor order. */
  readonly slots: readonly number[];
}

/** The plans for one side's constituencies and indicators. */
type SidePlan = readonly [approval: KindPlan, security: KindPlan];

function planKind(c: Compiled, h: Halves, from: number, to: number): KindPlan {
  // Nothing folds unless sums are exact: then every slot of [from, to) is swept.
  const folded =
    fold(c, h, from, to) ??
    nothingFolded(
      h,
      Array.from({ length: to - from }, (_, k) => from + k),
    );
  return { folded, slots: folded.spanning };
}

const planSide = (c: Compiled, h: Halves, s: number): SidePlan => [
  planKind(c, h, c.bounds[3 * s]!, c.bounds[3 * s + 1]!),
  planKind(c, h, c.bounds[3 * s + 1]!, c.bounds[3 * s + 2]!),
];

/** Total weight of slots [from, to), summed in order as scorePackage does. */
export function weightOf(c: Compiled, from: number, to: number): number {
  let w = 0;
  for (let f = from; f < to; f++) w += c.weights[f]!;
  return w;
}

/**
 * One side's sums over the row of packages of upper combination i: the constituency sum of
 * package i · L + j is low[j] + up[i] + approval[j] (in that order; the swept part alone is not
 * rounded when the halves are not integral, as the folded parts are then zero), likewise for the
 * indicators; it is vetoed when lowVeto[j] | upVeto[i] | vetoed[j] is 1.
 */
export interface SideRows {
  readonly approval: KindPlan;
  readonly security: KindPlan;
  /** Swept sums and veto flags of the current row (arrays never written stay zero). */
  readonly sums: Sums;
  /** True when a swept constituency has a veto level. */
  readonly sweptVetoes: boolean;
  /** Weights of the constituencies and indicators, summed as scorePackage sums them. */
  readonly cw: number;
  readonly sw: number;
}

/** What every sweep shares: the compiled model, its halves, each side's rows and scratch. */
export interface Sweep {
  readonly c: Compiled;
  readonly halves: Halves;
  readonly sides: readonly [SideRows, SideRows];
  readonly g: Group;
}

function sideRows(c: Compiled, h: Halves, s: number): SideRows {
  const [approval, security] = planSide(c, h, s);
  const L = h.lower;
  return {
    approval,
    security,
    sums: { approval: new Float64Array(L), security: new Float64Array(L), vetoed: new Uint8Array(L) },
    sweptVetoes: approval.slots.some((f) => c.vetoes[f]! > -Infinity),
    cw: weightOf(c, c.bounds[3 * s]!, c.bounds[3 * s + 1]!),
    sw: weightOf(c, c.bounds[3 * s + 1]!, c.bounds[3 * s + 2]!),
  };
}

export function sweepOf(c: Compiled): Sweep {
  const halves = splitHalves(c);
  const L = halves.lower;
  const none = { values: new Float64Array(L), ints: new Int32Array(L), min: 0, max: 0 };
  const g: Group = { rows: [], a: new Float64Array(4), w: new Float64Array(4), none };
  return { c, halves, sides: [sideRows(c, halves, 0), sideRows(c, halves, 1)], g };
}

/** Fill side s's swept sums and veto flags (w.sides[s].sums) for the row of upper combination i. */
export function sumRow(w: Sweep, s: number, i: number): void {
  const r = w.sides[s]!;
  const { sums } = r;
  if (r.sweptVetoes) sums.vetoed.fill(0);
  if (r.approval.slots.length > 0) {
    sums.approval.fill(0);
    addSlots(w.c, w.halves, i, r.approval.slots, sums.approval, sums, w.g);
  }
  if (r.security.slots.length > 0) {
    sums.security.fill(0);
    addSlots(w.c, w.halves, i, r.security.slots, sums.security, sums, w.g);
  }
}
