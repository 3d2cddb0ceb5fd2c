// What the computer knows of the package space: its own side's score of every package, computed
// once from its player view and kept in the cache its caller owns, keyed by the value of what
// it depends on (own payoffs, issues, statements made), so every decision on equal payoffs (any
// game, any view, one rebuilt from JSON too) shares it. Only packages its side ratifies and that
// beat its walk-away value become candidates, sorted best first, so each move is a binary search
// instead of a fresh scoring of the whole space.
import type {
  Cache,
  Factor,
  Issue,
  Model,
  Package,
  PartyModel,
  PlayerView,
  PublicStatement,
  Side,
  SideScore,
  Statement,
} from '../engine';
import {
  breaksStatement,
  indexOf,
  nextInt,
  packageAt,
  packageCount,
  type QuickScore,
  quickScore,
  type RngState,
  scoreCandidates,
  scorePackage,
  seedRng,
  viewModel,
} from '../engine';
import { type IndexHalves, indexHalves, sortedCandidates } from './space-order';

/** Spaces up to this many packages are scored in full; larger ones are sampled. */
export const MAX_ENUMERATED = 1_000_000;
/** Packages drawn when the space is too large to score in full. */
export const SAMPLE_SIZE = 30_000;

/** The viewer's own side of the package space. */
export interface OwnSpace {
  /** What the space was built from, by value: equal keys, equal spaces. */
  readonly key: string;
  readonly model: Model;
  readonly side: Side;
  readonly walkAway: number;
  /** Candidates (ratified, better than walking away), best first, as keys for `packageAt`. */
  readonly candidates: Int32Array;
  /** Gross score of each candidate, in the same order (descending). */
  readonly scores: Float64Array;
  /** Every BLOCK-th score (scores[0], scores[BLOCK], …), where countAtLeast searches first. */
  readonly coarse: Float64Array;
  /** Best gross score of any candidate (the walk-away value when there is none). */
  readonly best: number;
  /** True when the space was sampled rather than scored in full. */
  readonly sampled: boolean;
  /** The package a candidate key stands for. */
  readonly packageAt: (key: number) => Package;
  /** How candidate keys split into two halves of issues (they are package indices); null when sampled. */
  readonly halves: IndexHalves | null;
  /** Own full scoring of any package (exact engine scoring, with its statements' audience costs; memoised). */
  readonly score: (pkg: Package) => SideScore;
  /** Own score and verdict of any package, as `score(pkg)` finds them, without the detail (memoised). */
  readonly quick: (pkg: Package) => QuickScore;
  /** `quick(pkg).score`. */
  readonly value: (pkg: Package) => number;
  /** Own full scoring of no deal (the walk-away value's detail). */
  readonly noDeal: SideScore;
  /**
   * A value derived from what the space is keyed by (own payoffs, issues, statements), built
   * once and kept with the space: its priorities, the statement it could make, …
   */
  readonly derived: <T>(key: string, build: () => T) => T;
}

/**
 * Exact scorings kept per space (offers seen, bids made): the latest MEMO_SIZE and up to as many
 * before them. A game reads a dozen packages again and again; games after it need others.
 */
const MEMO_SIZE = 128;
/** Quick scores kept per space; the memo starts over when full. */
const VALUES_SIZE = 4096;
/** Derived values kept per space; the memo starts over when full. */
const DERIVED_SIZE = 256;
/** Approximate size of one exact scoring (factor scores with their causes). */
const SCORING_BYTES = 2048;

/** What scoring reads of a factor: ids and numbers, not its texts. */
const factorPayoffs = (f: Factor) => [
  f.id,
  f.weight,
  f.baseline,
  f.veto,
  f.effects,
  f.interactions.map((x) => [x.a, x.b, x.change]),
];

/** What scoring reads of a party (texts such as briefings and names cannot change a space). */
export const payoffsOf = (p: PartyModel): unknown => [
  p.constituencies.map(factorPayoffs),
  p.security.map(factorPayoffs),
  p.approvalWeight,
  p.threshold,
  p.noDeal.constituencies,
  p.noDeal.security,
  ...(p.noDeal.score === undefined ? [] : [p.noDeal.score]),
];

/** What the package space reads of the issues: option counts, status quo (or none), who concedes. */
export const structureOf = (issues: readonly Issue[]): unknown =>
  issues.map((i) =>
    i.noStatusQuo
      ? [i.options.length, i.statusQuo, i.concededBy, 'none']
      : [i.options.length, i.statusQuo, i.concededBy],
  );

/** What decisions read of the statements: who makes each, what breaks it, what it costs (own only). */
const statementPayoffs = (list: readonly PublicStatement[]): unknown =>
  list.map((st) => [st.id, st.side, st.breaks, st.costs ?? null]);

/**
 * Everything the space depends on, by value: side, issues, own payoffs (as events changed
 * them), the statements (their content) and which it made, and its walk-away value.
 */
function spaceKey(view: PlayerView, cache: Cache): string {
  const issues = cache.hashOf(view.issues, structureOf);
  const own = cache.hashOf(view.own, payoffsOf);
  const statements = cache.hashOf(view.statementOptions, statementPayoffs);
  const made = view.statementsMade[view.side].join('\u0000');
  return `${view.side}|${issues}|${own}|${statements}|${made}|${view.ownWalkAway}`;
}

/** Exact scoring of single packages for this own-payoff state (the latest remembered), and derived values. */
function exactScoring(model: Model, side: Side, made: readonly string[]) {
  const scoring = { statements: made };
  const full = (pkg: Package): SideScore => scorePackage(model, side, pkg, scoring);
  let memo = new Map<number, SideScore>();
  let older = new Map<number, SideScore>();
  const score = (pkg: Package): SideScore => {
    const i = indexOf(model, pkg);
    if (i < 0) return full(pkg);
    let s = memo.get(i);
    if (!s) {
      s = older.get(i) ?? full(pkg);
      if (memo.size >= MEMO_SIZE) [older, memo] = [memo, new Map()];
      memo.set(i, s);
    }
    return s;
  };
  let quicks = new Map<number, QuickScore>();
  const quick = (pkg: Package): QuickScore => {
    const i = indexOf(model, pkg);
    let q = i < 0 ? undefined : quicks.get(i);
    if (q === undefined) {
      q = memo.get(i) ?? quickScore(model, side, pkg, made);
      if (quicks.size >= VALUES_SIZE) quicks = new Map();
      if (i >= 0) quicks.set(i, q);
    }
    return q;
  };
  const value = (pkg: Package): number => quick(pkg).score;
  const kept = new Map<string, unknown>();
  const derived = <T>(key: string, build: () => T): T => {
    if (kept.has(key)) return kept.get(key) as T;
    const value = build();
    if (kept.size >= DERIVED_SIZE) kept.clear();
    kept.set(key, value);
    return value;
  };
  return { noDeal: scorePackage(model, side, [], { noDeal: true }), score, quick, value, derived };
}

/** What both kinds of space are built from. */
interface Basis {
  readonly key: string;
  readonly model: Model;
  readonly side: Side;
  readonly made: readonly string[];
  readonly walkAway: number;
}

/** A space from its sorted candidates: the fields both kinds share. */
function spaceOf(
  b: Basis,
  candidates: Int32Array,
  sorted: Float64Array,
  sampledFrom: readonly Package[] | null,
): OwnSpace {
  const { model, side, made, walkAway: wa } = b;
  return {
    key: b.key,
    model,
    side,
    walkAway: wa,
    candidates,
    scores: sorted,
    coarse: everyBlock(sorted),
    best: sorted.length > 0 ? sorted[0]! : wa,
    sampled: sampledFrom !== null,
    packageAt: sampledFrom ? (k) => sampledFrom[k]! : (i) => packageAt(model, i),
    halves: sampledFrom ? null : indexHalves(model.issues.map((i) => i.options.length)),
    ...exactScoring(model, side, made),
  };
}

function enumerated(b: Basis): OwnSpace {
  const { model, side, made, walkAway: wa } = b;
  const found = scoreCandidates(model, side, wa, { statements: side === 0 ? [made, []] : [[], made] });
  const [candidates, sorted] = sortedCandidates(found.index, found.score);
  return spaceOf(b, candidates, sorted, null);
}

/**
 * The same space as ownSpace builds for a view whose package space is enumerated, made the
 * straightforward way: every package scored by scorePackage, the candidates sorted by
 * comparisons, no memo. Tests play with it to check that
 * the fast construction changes no move (exact where payoffs are integers: scoring the whole
 * space sums them in another order).
 */
export function plainSpace(view: PlayerView): OwnSpace {
  const model = viewModel(view);
  const { side, ownWalkAway: wa } = view;
  const made = view.statementsMade[side];
  const kept: { index: number; score: number }[] = [];
  for (let i = 0; i < packageCount(model); i++) {
    const s = scorePackage(model, side, packageAt(model, i), { statements: made });
    if (s.ratified && s.score > wa) kept.push({ index: i, score: s.score });
  }
  const q = (x: number) => Math.round((100 - x) * 2 ** 24);
  kept.sort((a, b) => q(a.score) - q(b.score) || a.index - b.index);
  const candidates = Int32Array.from(kept, (c) => c.index);
  const scores = Float64Array.from(kept, (c) => c.score);
  const derived = new Map<string, unknown>();
  return {
    key: `plain|${side}`,
    model,
    side,
    walkAway: wa,
    candidates,
    scores,
    coarse: everyBlock(scores),
    best: scores.length > 0 ? scores[0]! : wa,
    sampled: false,
    packageAt: (i) => packageAt(model, i),
    halves: indexHalves(model.issues.map((i) => i.options.length)),
    score: (pkg) => scorePackage(model, side, pkg, { statements: made }),
    quick: (pkg) => scorePackage(model, side, pkg, { statements: made }),
    value: (pkg) => scorePackage(model, side, pkg, { statements: made }).score,
    noDeal: scorePackage(model, side, [], { noDeal: true }),
    derived: <T>(key: string, build: () => T): T => {
      if (!derived.has(key)) derived.set(key, build());
      return derived.get(key) as T;
    },
  };
}

function sampled(b: Basis): OwnSpace {
  const { model, side, made, walkAway: wa } = b;
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
  const scored = pkgs.map((p) => quickScore(model, side, p, made));
  const scores = Float64Array.from(scored.map((s) => s.score));
  const keep = scored.flatMap((s, k) => (s.ratified && s.score > wa ? [k] : []));
  const [candidates, sorted] = sortedCandidates(
    Int32Array.from(keep),
    Float64Array.from(keep, (k) => scores[k]!),
  );
  return spaceOf(b, candidates, sorted, pkgs);
}

/** Approximate bytes of a space: its typed arrays (a sampled one also keeps its packages). */
function spaceBytes(s: OwnSpace): number {
  const arrays = s.candidates.byteLength + s.scores.byteLength;
  const memo = 2 * MEMO_SIZE * SCORING_BYTES + VALUES_SIZE * 40;
  return 4096 + memo + arrays + (s.sampled ? SAMPLE_SIZE * (64 + 8 * s.model.issues.length) : 0);
}

/**
 * The space a negotiator used last and what it was found from. A view on the same issues,
 * statement list, statements made, walk-away value and own payoffs (the same object, or one
 * with the same payoffs: events rebuild both parties) gets the same space without its key being
 * made and looked up again; any other view is looked up by value as usual.
 */
export interface LastSpace {
  view: Pick<PlayerView, 'side' | 'issues' | 'own' | 'statementOptions' | 'ownWalkAway'> | null;
  made: readonly string[] | null;
  space: OwnSpace | null;
}

/** An empty LastSpace, for a negotiator to keep. */
export const noSpaceYet = (): LastSpace => ({ view: null, made: null, space: null });

/**
 * The viewer's own space, from the cache when any view with the same own payoffs, issues and
 * statements made has built it (in this game or another), else built and kept there; with
 * `last`, the space of the previous view when this one stands on the same ground.
 */
export function ownSpace(view: PlayerView, cache: Cache, last?: LastSpace): OwnSpace {
  const made = view.statementsMade[view.side];
  const before = last?.view;
  if (
    last?.space &&
    before &&
    last.made === made &&
    before.issues === view.issues &&
    before.statementOptions === view.statementOptions &&
    before.ownWalkAway === view.ownWalkAway &&
    before.side === view.side &&
    (before.own === view.own || cache.hashOf(before.own, payoffsOf) === cache.hashOf(view.own, payoffsOf))
  ) {
    last.view = view;
    return last.space;
  }
  const space = lookUp(view, cache);
  if (last) [last.view, last.made, last.space] = [view, made, space];
  return space;
}

/** The cache key under which a view's space is kept (a test may put a space of its own there). */
export const spaceCacheKey = (view: PlayerView, cache: Cache): string => `space|${spaceKey(view, cache)}`;

function lookUp(view: PlayerView, cache: Cache): OwnSpace {
  const key = spaceKey(view, cache);
  return cache.memo(
    `space|${key}`,
    () => {
      const model = viewModel(view);
      const made = view.statementsMade[view.side];
      const b: Basis = { key, model, side: view.side, made, walkAway: view.ownWalkAway };
      return packageCount(model) <= MAX_ENUMERATED ? enumerated(b) : sampled(b);
    },
    spaceBytes,
  );
}

/** How many candidates (a prefix of the list) score at least `gross`. */
export function countAtLeast(space: OwnSpace, gross: number): number {
  const { scores, coarse } = space;
  // First among every BLOCK-th score (a small array), then within one block: a few cache misses, not one per step.
  let lo = 0;
  let hi = coarse.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (coarse[mid]! >= gross) lo = mid + 1;
    else hi = mid;
  }
  // coarse[lo − 1] (score lo − 1 blocks in) qualifies, coarse[lo] does not.
  hi = Math.min(scores.length, lo * BLOCK);
  lo = Math.max(0, (lo - 1) * BLOCK + 1);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scores[mid]! >= gross) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Scores per block of countAtLeast's first search. */
const BLOCK = 64;

/** Every BLOCK-th score. */
function everyBlock(scores: Float64Array): Float64Array {
  const out = new Float64Array(Math.ceil(scores.length / BLOCK));
  for (let j = 0; j < out.length; j++) out[j] = scores[j * BLOCK]!;
  return out;
}

/** Statements are only considered when the packages it would settle for are at most this many. */
const MAX_CHECKED = 5000;

/** How far the candidates have been checked against the own statements, and where each is first broken. */
interface StatementScan {
  /** Own statements (with costs), in the order the view lists them (as engine statements, for breaksStatement). */
  readonly statements: readonly Statement[];
  /** Index of the first candidate that breaks each statement; -1 while none of the checked ones does. */
  readonly firstBreak: Int32Array;
  checked: number;
}

/**
 * Its first own statement that none of its first n candidates breaks (n at most MAX_CHECKED),
 * if any. The candidates are checked once per space, as far as any question has needed.
 */
export function statementKept(view: PlayerView, space: OwnSpace, n: number): string | null {
  if (n <= 0 || n > MAX_CHECKED) return null;
  const scan = space.derived<StatementScan>('statementScan', () => {
    const statements = view.statementOptions
      .filter((st) => st.side === view.side && st.costs !== undefined)
      .map((st) => ({ ...st, costs: [] }));
    return { statements, firstBreak: new Int32Array(statements.length).fill(-1), checked: 0 };
  });
  const { statements, firstBreak } = scan;
  for (let k = scan.checked; k < n && firstBreak.includes(-1); k++) {
    const pkg = space.packageAt(space.candidates[k]!);
    statements.forEach((st, s) => {
      if (firstBreak[s] === -1 && breaksStatement(st, pkg)) firstBreak[s] = k;
    });
  }
  scan.checked = Math.max(scan.checked, n);
  const s = statements.findIndex((_, s) => firstBreak[s] === -1 || firstBreak[s]! >= n);
  return s < 0 ? null : statements[s]!.id;
}
