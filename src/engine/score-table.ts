// Scoring every package at once, fast: the same arithmetic as scorePackage (clamped factor
// sums, weighted means in factor order, blend, threshold and vetoes) on flat typed arrays. The
// space is split in two halves (score-halves.ts), so a factor's raw value is one addition of an
// upper sum and a lower row, and each factor is swept over a whole row of packages at a time.
import type { BySide, Model, Side } from './model';
import { packageCount } from './model';
import { type Compiled, compile } from './score-compile';
import { type Folded, fold } from './score-fold';
import { type Halves, type LowerRow, splitHalves } from './score-halves';
import { add3Int, add4, add4Int, addIntSmall, markVetoes } from './score-kernels';

/** Score and ratification of every package (by index, see enumerate.ts), for both sides. */
export interface ScoreTable {
  readonly count: number;
  readonly scores: BySide<Float64Array>;
  /** 1 when the side ratifies the package at home. */
  readonly ratified: BySide<Uint8Array>;
  /** Highest domestic approval of any package: a threshold above it can never be met. */
  readonly maxApproval: BySide<number>;
  /** Lowest and highest score of any package (±Infinity reversed when none was scored). */
  readonly scoreRange: BySide<{ readonly min: number; readonly max: number }>;
}

/** Options for whole-space scoring. */
export interface TableOptions {
  /** Statements each side has made: packages that break them carry their audience costs. */
  readonly statements?: BySide<readonly string[]>;
  /** Score this side only (the other side's arrays are empty), e.g. for a player's own view. */
  readonly only?: Side;
}

/** Per-row accumulators of one side: weighted sums of constituencies and indicators, vetoes. */
interface Sums {
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
function weightOf(c: Compiled, from: number, to: number): number {
  let w = 0;
  for (let f = from; f < to; f++) w += c.weights[f]!;
  return w;
}

/** Score one side for every package of upper combination i; track[0…2] keep the best approval, lowest and highest score. */
function scoreRow(
  c: Compiled,
  halves: Halves,
  s: number,
  plan: SidePlan,
  i: number,
  sums: Sums,
  g: Group,
  out: { readonly score: Float64Array; readonly ratified: Uint8Array; readonly track: Float64Array },
): void {
  sumSide(c, halves, plan, i, sums, g);
  const cw = weightOf(c, c.bounds[3 * s]!, c.bounds[3 * s + 1]!);
  const sw = weightOf(c, c.bounds[3 * s + 1]!, c.bounds[3 * s + 2]!);
  const aw = c.approvalWeight[s]!;
  const threshold = c.threshold[s]!;
  const { approval: cs, security: ss, vetoed } = sums;
  const { score, ratified, track } = out;
  let best = track[0]!;
  let lo = track[1]!;
  let hi = track[2]!;
  for (let j = 0, at = i * halves.lower; j < halves.lower; j++, at++) {
    const approval = cw > 0 ? cs[j]! / cw : 0;
    const securityIndex = sw > 0 ? ss[j]! / sw : 0;
    const x = aw * approval + (1 - aw) * securityIndex;
    score[at] = x;
    ratified[at] = +(approval >= threshold) & (vetoed[j]! ^ 1);
    if (approval > best) best = approval;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  track[0] = best;
  track[1] = lo;
  track[2] = hi;
}

/** Score every package for both sides (the caller checks the count is affordable first). */
export function scoreAll(model: Model, opts: TableOptions = {}): ScoreTable {
  const c = compile(model, opts);
  const count = packageCount(model);
  const size = (s: Side) => (opts.only === undefined || opts.only === s ? count : 0);
  const outs = ([0, 1] as const).map((s) => ({
    score: new Float64Array(size(s)),
    ratified: new Uint8Array(size(s)),
    track: Float64Array.of(-Infinity, Infinity, -Infinity),
  }));
  if (count > 0) {
    const halves = splitHalves(c);
    const L = halves.lower;
    const sums: Sums = {
      approval: new Float64Array(L),
      security: new Float64Array(L),
      vetoed: new Uint8Array(L),
    };
    const none = { values: new Float64Array(L), ints: new Int32Array(L), min: 0, max: 0 };
    const g: Group = { rows: [], a: new Float64Array(4), w: new Float64Array(4), none };
    const plans = [planSide(c, halves, 0), planSide(c, halves, 1)] as const;
    for (let i = 0; i < halves.upper; i++) {
      for (const s of [0, 1] as const) {
        if (opts.only === undefined || opts.only === s)
          scoreRow(c, halves, s, plans[s], i, sums, g, outs[s]!);
      }
    }
  }
  const [o0, o1] = [outs[0]!, outs[1]!];
  return {
    count,
    scores: [o0.score, o1.score],
    ratified: [o0.ratified, o1.ratified],
    maxApproval: [o0.track[0]!, o1.track[0]!],
    scoreRange: [
      { min: o0.track[1]!, max: o0.track[2]! },
      { min: o1.track[1]!, max: o1.track[2]! },
    ],
  };
}
