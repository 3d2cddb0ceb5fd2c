// Compiles a model's payoffs for whole-space scoring (score-table.ts): every factor of both sides
// as a numbered slot, option effects as one flat array, interactions and made statements as
// conditions filed under the last issue they depend on.
import type { Model, Side } from './model';
import { SIDES } from './model';
import type { TableOptions } from './score-table';

/** Interactions filed under the later of their two issues, as flat arrays (pairs of issue k: start[k] … start[k+1]). */
export interface Pairs {
  readonly start: Int32Array;
  readonly slot: Int32Array;
  readonly own: Int32Array;
  readonly other: Int32Array;
  readonly otherOption: Int32Array;
  readonly change: Float64Array;
}

/** A made statement: which (issue, option) break it and what that costs, by factor slot. */
export interface Broken {
  readonly breaks: readonly (readonly boolean[])[];
  readonly costs: readonly (readonly [slot: number, change: number])[];
}

export interface Compiled {
  readonly slots: number;
  readonly counts: Int32Array;
  readonly baselines: Float64Array;
  /** effects[effOff[issue] + option · slots + slot]. */
  readonly effects: Float64Array;
  readonly effOff: Int32Array;
  /** Interactions, decided once the later issue's option is known. */
  readonly pairs: Pairs;
  readonly statements: readonly Broken[];
  readonly weights: Float64Array;
  /** Veto level per slot (−∞ for none and for security indicators). */
  readonly vetoes: Float64Array;
  /** bounds[3·side …]: first constituency slot, first security slot, end. */
  readonly bounds: Int32Array;
  readonly approvalWeight: Float64Array;
  readonly threshold: Float64Array;
}

/** An interaction before flattening. */
interface Pair {
  readonly slot: number;
  readonly issue: number;
  readonly own: number;
  readonly other: number;
  readonly otherOption: number;
  readonly change: number;
}

function flattenPairs(list: readonly Pair[], issues: number): Pairs {
  const sorted = [...list].sort((p, q) => p.issue - q.issue);
  const start = new Int32Array(issues + 1);
  for (const p of sorted) start[p.issue + 1]!++;
  for (let k = 0; k < issues; k++) start[k + 1]! += start[k]!;
  return {
    start,
    slot: Int32Array.from(sorted.map((p) => p.slot)),
    own: Int32Array.from(sorted.map((p) => p.own)),
    other: Int32Array.from(sorted.map((p) => p.other)),
    otherOption: Int32Array.from(sorted.map((p) => p.otherOption)),
    change: Float64Array.from(sorted.map((p) => p.change)),
  };
}

function compileConditions(
  model: Model,
  side: Side,
  from: number,
  pairs: Pair[],
  statements: Broken[],
  opts: TableOptions,
) {
  const party = model.parties[side];
  const security = from + party.constituencies.length;
  [...party.constituencies, ...party.security].forEach((f, i) => {
    for (const x of f.interactions) {
      const [first, last] = x.a[0] <= x.b[0] ? [x.a, x.b] : [x.b, x.a];
      pairs.push({
        slot: from + i,
        issue: last[0],
        own: last[1],
        other: first[0],
        otherOption: first[1],
        change: x.change,
      });
    }
  });
  for (const st of model.statements) {
    if (st.side !== side || !opts.statements?.[side].includes(st.id)) continue;
    const breaks = model.issues.map((issue, i) =>
      issue.options.map((_, o) => st.breaks.some((b) => b.issue === i && b.options.includes(o))),
    );
    const costs = st.costs.map(
      (c) => [(c.kind === 'constituency' ? from : security) + c.factor, c.change] as const,
    );
    statements.push({ breaks, costs });
  }
}

export function compile(model: Model, opts: TableOptions): Compiled {
  const counts = Int32Array.from(model.issues.map((i) => i.options.length));
  const factors = SIDES.flatMap((s) => [...model.parties[s].constituencies, ...model.parties[s].security]);
  const slots = factors.length;
  const effOff = new Int32Array(counts.length);
  for (let i = 1; i < counts.length; i++) effOff[i] = effOff[i - 1]! + counts[i - 1]! * slots;
  const effects = new Float64Array(counts.reduce((n, c) => n + c * slots, 0));
  factors.forEach((f, slot) => {
    counts.forEach((n, i) => {
      for (let o = 0; o < n; o++) effects[effOff[i]! + o * slots + slot] = f.effects[i]?.[o] ?? 0;
    });
  });
  const pairs: Pair[] = [];
  const statements: Broken[] = [];
  const vetoes = new Float64Array(slots).fill(-Infinity);
  const bounds: [number, number, number][] = [];
  let from = 0;
  for (const s of SIDES) {
    const p = model.parties[s];
    compileConditions(model, s, from, pairs, statements, opts);
    p.constituencies.forEach((f, i) => {
      if (f.veto !== null) vetoes[from + i] = f.veto;
    });
    bounds.push([from, from + p.constituencies.length, from + p.constituencies.length + p.security.length]);
    from = bounds[s]![2];
  }
  const weights = Float64Array.from(factors.map((f) => f.weight));
  const baselines = Float64Array.from(factors.map((f) => f.baseline));
  return {
    slots,
    counts,
    baselines,
    effects,
    effOff,
    pairs: flattenPairs(pairs, counts.length),
    statements,
    weights,
    vetoes,
    bounds: Int32Array.from(bounds.flat()),
    approvalWeight: Float64Array.from(SIDES.map((s) => model.parties[s].approvalWeight)),
    threshold: Float64Array.from(SIDES.map((s) => model.parties[s].threshold)),
  };
}
