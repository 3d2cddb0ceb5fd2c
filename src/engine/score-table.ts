// Scoring every package at once, fast: the same arithmetic as scorePackage (clamped factor
// sums, weighted means, blend, threshold and vetoes) on flat typed arrays. The package space is
// walked like an odometer, keeping per-issue prefix sums of every factor, so a step to the next
// package adds one issue's effects. Interactions and broken statements are folded into the
// prefix sums at the last issue they depend on.
import type { BySide, Model } from './model';
import { packageCount } from './model';
import { type Compiled, compile } from './score-compile';

/** Score and ratification of every package (by index, see enumerate.ts), for both sides. */
export interface ScoreTable {
  readonly count: number;
  readonly scores: BySide<Float64Array>;
  /** 1 when the side ratifies the package at home. */
  readonly ratified: BySide<Uint8Array>;
  /** Highest domestic approval of any package: a threshold above it can never be met. */
  readonly maxApproval: BySide<number>;
}

/** Options for whole-space scoring. */
export interface TableOptions {
  /** Statements each side has made: packages that break them carry their audience costs. */
  readonly statements?: BySide<readonly string[]>;
}

/**
 * Walks the package space by its prefix (every issue but the last): prefix sums per issue level,
 * interactions and statement costs folded in, then one block of raw factor values for all
 * options of the last issue at once.
 */
class Odometer {
  readonly digits: Int32Array;
  /** partial[k · slots + f]: factor f with issues 0 … k−1 applied. */
  readonly partial: Float64Array;
  /** block[o · slots + f]: factor f of the package (prefix, option o of the last issue). */
  readonly block: Float64Array;
  readonly last: number;
  private readonly broken: Uint8Array;
  constructor(private readonly c: Compiled) {
    const n = c.counts.length;
    this.last = n - 1;
    this.digits = new Int32Array(n);
    this.partial = new Float64Array((n + 1) * c.slots);
    this.partial.set(c.baselines);
    this.block = new Float64Array(Math.max(1, n > 0 ? c.counts[n - 1]! : 1) * c.slots);
    this.broken = new Uint8Array((n + 1) * c.statements.length);
    this.refresh(0);
  }

  /** Width of a block: the last issue's option count (1 when there are no issues). */
  get width(): number {
    return this.last >= 0 ? this.c.counts[this.last]! : 1;
  }

  /** Recompute prefix levels after digit `from` changed, then the block. */
  refresh(from: number): void {
    const { c, digits, partial, broken } = this;
    const F = c.slots;
    const S = c.statements.length;
    const pr = c.pairs;
    for (let k = from; k < this.last; k++) {
      const d = digits[k]!;
      const src = k * F;
      const dst = src + F;
      const eff = c.effOff[k]! + d * F;
      for (let f = 0; f < F; f++) partial[dst + f] = partial[src + f]! + c.effects[eff + f]!;
      for (let p = pr.start[k]!; p < pr.start[k + 1]!; p++) {
        if (pr.own[p] === d && digits[pr.other[p]!] === pr.otherOption[p])
          partial[dst + pr.slot[p]!]! += pr.change[p]!;
      }
      for (let s = 0; s < S; s++) {
        const st = c.statements[s]!;
        const was = broken[k * S + s] === 1;
        const now = was || st.breaks[k]![d] === true;
        broken[(k + 1) * S + s] = now ? 1 : 0;
        if (now && !was) for (const [slot, change] of st.costs) partial[dst + slot]! += change;
      }
    }
    this.fillBlock();
  }

  private fillBlock(): void {
    const { c, digits, partial, block, last } = this;
    const F = c.slots;
    const src = Math.max(0, last) * F;
    if (last < 0) {
      block.set(partial.subarray(0, F));
      return;
    }
    const width = c.counts[last]!;
    const effects = c.effects;
    for (let o = 0; o < width; o++) {
      const eff = c.effOff[last]! + o * F;
      const dst = o * F;
      for (let f = 0; f < F; f++) block[dst + f] = partial[src + f]! + effects[eff + f]!;
    }
    const pr = c.pairs;
    for (let p = pr.start[last]!; p < pr.start[last + 1]!; p++) {
      const o = pr.own[p]!;
      const other = pr.other[p]!;
      const holds = other === last ? pr.otherOption[p] === o : digits[other] === pr.otherOption[p];
      if (holds) block[o * F + pr.slot[p]!]! += pr.change[p]!;
    }
    const S = c.statements.length;
    for (let s = 0; s < S; s++) {
      if (this.broken[last * S + s] === 1) continue;
      const st = c.statements[s]!;
      for (let o = 0; o < width; o++)
        if (st.breaks[last]![o]) for (const [slot, change] of st.costs) block[o * F + slot]! += change;
    }
  }

  /** Move to the next prefix; false after the last one. */
  next(): boolean {
    const { digits, c } = this;
    for (let k = this.last - 1; k >= 0; k--) {
      const d = digits[k]! + 1;
      if (d < c.counts[k]!) {
        digits[k] = d;
        this.refresh(k);
        return true;
      }
      digits[k] = 0;
    }
    return false;
  }
}

/** Where scoreBlock writes: per side score and ratified arrays, and the best approval so far. */
interface Out {
  readonly score0: Float64Array;
  readonly score1: Float64Array;
  readonly ratified0: Uint8Array;
  readonly ratified1: Uint8Array;
  readonly maxApproval: Float64Array;
}

/** Score one side of the package whose raw factor values start at block[top]; returns its approval. */
function scoreSide(
  c: Compiled,
  s: number,
  block: Float64Array,
  top: number,
  score: Float64Array,
  ratified: Uint8Array,
  index: number,
): number {
  const { weights, vetoes, bounds } = c;
  const from = bounds[3 * s]!;
  const sec = bounds[3 * s + 1]!;
  const to = bounds[3 * s + 2]!;
  let cs = 0;
  let cw = 0;
  let veto = false;
  for (let f = from; f < sec; f++) {
    const v = Math.min(100, Math.max(0, block[top + f]!));
    const w = weights[f]!;
    cw += w;
    cs += w * v;
    if (v < vetoes[f]!) veto = true;
  }
  let ss = 0;
  let sw = 0;
  for (let f = sec; f < to; f++) {
    const w = weights[f]!;
    sw += w;
    ss += w * Math.min(100, Math.max(0, block[top + f]!));
  }
  const approval = cw > 0 ? cs / cw : 0;
  const securityIndex = sw > 0 ? ss / sw : 0;
  const aw = c.approvalWeight[s]!;
  score[index] = aw * approval + (1 - aw) * securityIndex;
  ratified[index] = !veto && approval >= c.threshold[s]! ? 1 : 0;
  return approval;
}

/** Score the packages of one block (indices first … first + width − 1). */
function scoreBlock(c: Compiled, block: Float64Array, width: number, first: number, out: Out): void {
  const F = c.slots;
  let max0 = out.maxApproval[0]!;
  let max1 = out.maxApproval[1]!;
  for (let o = 0; o < width; o++) {
    const a0 = scoreSide(c, 0, block, o * F, out.score0, out.ratified0, first + o);
    const a1 = scoreSide(c, 1, block, o * F, out.score1, out.ratified1, first + o);
    if (a0 > max0) max0 = a0;
    if (a1 > max1) max1 = a1;
  }
  out.maxApproval[0] = max0;
  out.maxApproval[1] = max1;
}

/** Score every package for both sides (the caller checks the count is affordable first). */
export function scoreAll(model: Model, opts: TableOptions = {}): ScoreTable {
  const c = compile(model, opts);
  const count = packageCount(model);
  const out: Out = {
    score0: new Float64Array(count),
    score1: new Float64Array(count),
    ratified0: new Uint8Array(count),
    ratified1: new Uint8Array(count),
    maxApproval: new Float64Array([-Infinity, -Infinity]),
  };
  const odo = new Odometer(c);
  const width = odo.width;
  let first = 0;
  do {
    scoreBlock(c, odo.block, width, first, out);
    first += width;
  } while (odo.next());
  return {
    count,
    scores: [out.score0, out.score1],
    ratified: [out.ratified0, out.ratified1],
    maxApproval: [out.maxApproval[0]!, out.maxApproval[1]!],
  };
}
