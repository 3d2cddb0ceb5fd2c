// What the computer knows of the package space: its own side's score of every package, computed
// once from its player view and shared by every decision that sees the same payoffs. Only
// packages its side ratifies and that beat its walk-away value become candidates, sorted best
// first, so each move is a binary search instead of a fresh scoring of the whole space.
import type { Factor, Model, Package, PlayerView, Side, SideScore } from '../engine';
import {
  indexOf,
  nextInt,
  packageAt,
  packageCount,
  type RngState,
  scoreAll,
  scoreForView,
  scorePackage,
  seedRng,
  viewModel,
} from '../engine';

/** Spaces up to this many packages are scored in full; larger ones are sampled. */
export const MAX_ENUMERATED = 1_000_000;
/** Packages drawn when the space is too large to score in full. */
export const SAMPLE_SIZE = 30_000;

/** The viewer's own side of the package space. */
export interface OwnSpace {
  readonly model: Model;
  readonly side: Side;
  readonly walkAway: number;
  /** Candidates (ratified, better than walking away), best first, as keys for `packageAt`. */
  readonly candidates: Int32Array;
  /** Gross score of each candidate, in the same order (descending). */
  readonly scores: Float64Array;
  /** Best gross score of any candidate (the walk-away value when there is none). */
  readonly best: number;
  /** True when the space was sampled rather than scored in full. */
  readonly sampled: boolean;
  /** The package a candidate key stands for. */
  readonly packageAt: (key: number) => Package;
  /** Options of the k-th candidate at [k·issues, (k + 1)·issues): for hot loops without allocation. */
  readonly options: Uint8Array;
  /** Own full scoring of any package (exact engine scoring, with its statements' audience costs; memoised). */
  readonly score: (pkg: Package) => SideScore;
  /** Own full scoring of no deal (the walk-away value's detail). */
  readonly noDeal: SideScore;
}

/** Spaces kept per scenario (each 1–3 MB of typed arrays): a game meets a handful; a browser must stay small. */
const CACHE_SIZE = 24;
/** Exact scorings remembered per space (offers seen, bids made). */
const MEMO_SIZE = 4096;
const SPACES = new WeakMap<object, Map<string, OwnSpace>>();
const FINGERPRINTS = new WeakMap<object, string>();

/** A short hash of everything in the own payoff model that scoring reads, so equal payoffs share a space. */
function fingerprint(view: PlayerView): string {
  const own = view.own;
  let fp = FINGERPRINTS.get(own);
  if (fp === undefined) {
    const f64 = new Float64Array(1);
    const u32 = new Uint32Array(f64.buffer);
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    const add = (x: number) => {
      f64[0] = x;
      h1 = Math.imul(h1 ^ u32[0]!, 0x01000193) ^ Math.imul(h2, 31);
      h2 = Math.imul(h2 ^ u32[1]!, 0x5bd1e995) ^ (h1 >>> 15);
    };
    const factor = (f: Factor) => {
      [f.weight, f.baseline, f.veto ?? -1, ...f.effects.flat()].forEach(add);
      for (const x of f.interactions) [...x.a, ...x.b, x.change].forEach(add);
    };
    own.constituencies.forEach(factor);
    add(-1);
    own.security.forEach(factor);
    [own.approvalWeight, own.threshold, ...own.noDeal.constituencies, ...own.noDeal.security].forEach(add);
    fp = `${view.side}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
    FINGERPRINTS.set(own, fp);
  }
  return `${fp}|${view.statementsMade[view.side].join('\u0000')}`;
}

/** Candidate package indices sorted by score, best first (ties: lower index), via one typed-array sort. */
function sortedCandidates(
  scores: Float64Array,
  keep: (i: number) => boolean,
  n: number,
): [Int32Array, Float64Array] {
  const keys = new Float64Array(n);
  let m = 0;
  // key = (quantised descending score) · 2^20 + index: exact in a double for scores 0–100 and n < 2^20.
  for (let i = 0; i < n; i++) if (keep(i)) keys[m++] = Math.round((100 - scores[i]!) * 2 ** 24) * 2 ** 20 + i;
  const sorted = keys.subarray(0, m).sort();
  const candidates = new Int32Array(m);
  const out = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const i = sorted[k]! % 2 ** 20;
    candidates[k] = i;
    out[k] = scores[i]!;
  }
  return [candidates, out];
}

/** Memoised exact scoring of single packages for this own-payoff state. */
function exactScoring(view: PlayerView, model: Model): Pick<OwnSpace, 'score' | 'noDeal'> {
  const memo = new Map<number, SideScore>();
  const noDeal = scorePackage(model, view.side, [], { noDeal: true });
  return {
    noDeal,
    score: (pkg) => {
      const i = indexOf(model, pkg);
      let s = i < 0 ? undefined : memo.get(i);
      if (!s) {
        s = scoreForView(view, pkg);
        if (memo.size >= MEMO_SIZE) memo.clear();
        if (i >= 0) memo.set(i, s);
      }
      return s;
    },
  };
}

/** The options of every candidate (sampled packages), flat, in candidate order. */
function optionsOf(candidates: Int32Array, issues: number, pkg: (key: number) => Package): Uint8Array {
  const out = new Uint8Array(candidates.length * issues);
  for (let k = 0; k < candidates.length; k++) out.set(pkg(candidates[k]!), k * issues);
  return out;
}

/** The options of every candidate (package indices, mixed radix as in enumerate.ts), flat. */
function digitsOf(candidates: Int32Array, model: Model): Uint8Array {
  const counts = model.issues.map((i) => i.options.length);
  const n = counts.length;
  const out = new Uint8Array(candidates.length * n);
  for (let k = 0; k < candidates.length; k++) {
    let rest = candidates[k]!;
    for (let i = n - 1; i >= 0; i--) {
      const c = counts[i]!;
      const d = rest % c;
      out[k * n + i] = d;
      rest = (rest - d) / c;
    }
  }
  return out;
}

function enumerated(view: PlayerView, model: Model): OwnSpace {
  const side = view.side;
  const made = view.statementsMade[side];
  const table = scoreAll(model, { statements: side === 0 ? [made, []] : [[], made] });
  const scores = table.scores[side];
  const ratified = table.ratified[side];
  const wa = view.ownWalkAway;
  const [candidates, sorted] = sortedCandidates(
    scores,
    (i) => ratified[i] === 1 && scores[i]! > wa,
    table.count,
  );
  return {
    model,
    side,
    walkAway: wa,
    candidates,
    scores: sorted,
    best: sorted.length > 0 ? sorted[0]! : wa,
    sampled: false,
    packageAt: (i) => packageAt(model, i),
    options: digitsOf(candidates, model),
    ...exactScoring(view, model),
  };
}

function sampled(view: PlayerView, model: Model): OwnSpace {
  let rng: RngState = seedRng(packageCount(model) | 0);
  const seen = new Map<string, Package>();
  for (let k = 0; k < SAMPLE_SIZE; k++) {
    const pkg = model.issues.map((issue) => {
      const [o, next] = nextInt(rng, issue.options.length);
      rng = next;
      return o;
    });
    seen.set(pkg.join(','), pkg);
  }
  const pkgs = [...seen.values()];
  const scored = pkgs.map((p) => scoreForView(view, p));
  const scores = Float64Array.from(scored.map((s) => s.score));
  const wa = view.ownWalkAway;
  const [candidates, sorted] = sortedCandidates(
    scores,
    (k) => scored[k]!.ratified && scores[k]! > wa,
    pkgs.length,
  );
  return {
    model,
    side: view.side,
    walkAway: wa,
    candidates,
    scores: sorted,
    best: sorted.length > 0 ? sorted[0]! : wa,
    sampled: true,
    packageAt: (k) => pkgs[k]!,
    options: optionsOf(candidates, model.issues.length, (k) => pkgs[k]!),
    ...exactScoring(view, model),
  };
}

/**
 * The viewer's own space, shared by every view (of any game on the same scenario) whose own
 * payoffs and statements made are the same; the most recently used few are kept.
 */
export function ownSpace(view: PlayerView): OwnSpace {
  // statementOptions is one array per scenario model and side (see engine/view.ts).
  let cache = SPACES.get(view.statementOptions);
  if (!cache) {
    cache = new Map();
    SPACES.set(view.statementOptions, cache);
  }
  const key = fingerprint(view);
  let space = cache.get(key);
  if (space) {
    cache.delete(key);
  } else {
    const model = viewModel(view);
    space = packageCount(model) <= MAX_ENUMERATED ? enumerated(view, model) : sampled(view, model);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, space);
  return space;
}
/** How many candidates (a prefix of the list) score at least `gross`. */
export function countAtLeast(space: OwnSpace, gross: number): number {
  let lo = 0;
  let hi = space.scores.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (space.scores[mid]! >= gross) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
