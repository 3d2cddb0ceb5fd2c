// Bidding: time-dependent concession (Faratin et al.; the Boulware/Conceder family of GENIUS).
// The aspiration falls from the best package it can ratify toward a floor above its walk-away
// value: aspiration(t) = floor + (1 − floor)(1 − t^(1/e)), e < 1 holding out (Boulware), e > 1
// giving ground early (Conceder). Among packages worth about the aspiration to itself, it
// proposes the one its opponent model says the other side values most.
import { indexOf, nextInt, seedRng } from '../engine';
import { opponentOffers, ownOffers } from './opponent';
import { countAtLeast } from './space';
import { halfSums } from './space-order';
import type { Bid, BiddingStrategy, DecisionContext } from './types';

/** Parameters of time-dependent concession, from a persona (see personas.ts). */
export interface ConcessionParams {
  /** Concession exponent e: below 1 concedes late, above 1 early; Infinity: at the floor at once. */
  readonly concession: number;
  /** Lowest aspiration, as a share of the way from walk-away (0) to its best package (1). */
  readonly floor: number;
  /** Weight (0–1) of the opponent model when choosing among packages near the aspiration. */
  readonly empathy: number;
  /** Width of the band of near-equal packages (default BAND). */
  readonly band?: number;
}

/** Width of the band of near-equal packages, as a share of the way from walk-away to the best. */
export const BAND = 0.08;
/** At most this many packages of the band are weighed against the opponent model. */
const BAND_SAMPLE = 256;
/** A deal must beat walking away by more than this (guards against rounding). */
export const MARGIN = 1e-9;

/** Aspiration at time t (0–1), as a share of the way from walk-away to the best package. */
export function aspiration(t: number, p: ConcessionParams): number {
  const f = Math.min(1, Math.max(0, p.floor));
  return f + (1 - f) * (1 - t ** (1 / p.concession));
}

/** The best net score (after time pressure) it could still get by proposing now. */
export function netBest(ctx: DecisionContext): number | null {
  const best = ctx.space.best - ctx.proposeCost;
  return ctx.space.candidates.length > 0 && best > ctx.space.walkAway + MARGIN ? best : null;
}

function concessionTarget(ctx: DecisionContext, p: ConcessionParams): number | null {
  const best = netBest(ctx);
  if (best === null) return null;
  const wa = ctx.space.walkAway;
  return Math.max(wa + MARGIN, wa + (best - wa) * aspiration(ctx.t, p));
}

/**
 * The other side's earlier offer that is best for us, if it meets the target (net); offers it
 * already refused when we proposed them back (events may have changed its mind) are skipped.
 */
function bestPastOffer(ctx: DecisionContext, target: number): Bid | null {
  const model = ctx.space.model;
  const ours = new Set(ownOffers(ctx.view).map((p) => indexOf(model, p)));
  let found: Bid | null = null;
  for (const pkg of opponentOffers(ctx.view)) {
    if (ours.has(indexOf(model, pkg))) continue;
    const s = ctx.space.quick(pkg);
    if (s.ratified && s.score - ctx.proposeCost >= target && (!found || s.score > found.score))
      found = { package: pkg, score: s.score };
  }
  return found;
}

/**
 * The other side's estimated value of candidate k, for every candidate of the space: weight ×
 * value summed over issues. An enumerated space sums each half of the issues once for all its
 * combinations, so a candidate costs two lookups; a sampled one reads the candidate's package.
 */
function estimates(ctx: DecisionContext): (k: number) => number {
  const { space, opponent } = ctx;
  const { issues } = ctx.view;
  const n = issues.length;
  // The estimate as one flat table: weight × value at issue · stride + option (a space's own scratch).
  let stride = 1;
  for (const issue of issues) stride = Math.max(stride, issue.options.length);
  const table = space.derived('band table', () => new Float64Array(n * stride));
  for (let i = 0; i < n; i++) {
    const v = opponent.values[i] ?? [];
    const count = issues[i]!.options.length;
    for (let o = 0; o < count; o++) table[i * stride + o] = opponent.weights[i]! * (v[o] ?? 0);
  }
  const { candidates, halves: h } = space;
  if (!h) {
    return (k) => {
      const pkg = space.packageAt(candidates[k]!);
      let est = 0;
      for (let i = 0; i < n; i++) est += table[i * stride + pkg[i]!]!;
      return est;
    };
  }
  const [up, low] = space.derived('band halves', () => [
    new Float64Array(h.upper),
    new Float64Array(h.lower),
  ]);
  halfSums(h, table, stride, true, up);
  halfSums(h, table, stride, false, low);
  const L = h.lower;
  return (k) => {
    const x = candidates[k]!;
    const u = Math.floor(x / L);
    return up[u]! + low[x - u * L]!;
  };
}

/** Choose among candidates [from, to) the best blend of own score and the other side's estimate. */
function pickInBand(ctx: DecisionContext, from: number, to: number, empathy: number): Bid {
  const { space } = ctx;
  const span = Math.max(MARGIN, space.best - space.walkAway);
  const step = Math.max(1, Math.ceil((to - from) / BAND_SAMPLE));
  const estimate = estimates(ctx);
  const { walkAway, scores } = space;
  let best = from;
  let bestValue = -Infinity;
  for (let k = from; k < to; k += step) {
    const value = (1 - empathy) * ((scores[k]! - walkAway) / span) + empathy * estimate(k);
    if (value > bestValue) {
      bestValue = value;
      best = k;
    }
  }
  return { package: space.packageAt(space.candidates[best]!), score: space.scores[best]! };
}

/** Time-dependent concession with an opponent model, as the personas bargain. */
export function timeDependent(p: ConcessionParams): BiddingStrategy {
  const target = (ctx: DecisionContext) => concessionTarget(ctx, p);
  return {
    target,
    bid: (ctx) => {
      const goal = target(ctx);
      return goal === null ? null : bidNear(ctx, goal, p);
    },
  };
}

/**
 * What it proposes for a net goal: the other side's earlier offer that meets it, else the best
 * blend of own score and the other side's estimate among packages just above it.
 */
export function bidNear(ctx: DecisionContext, goal: number, p: ConcessionParams): Bid | null {
  const best = netBest(ctx);
  if (best === null) return null;
  const past = bestPastOffer(ctx, goal);
  if (past) return past;
  const gross = goal + ctx.proposeCost;
  const to = Math.max(1, countAtLeast(ctx.space, gross));
  const top = gross + (p.band ?? BAND) * (best - ctx.space.walkAway);
  const from = Math.min(to - 1, countAtLeast(ctx.space, top + MARGIN));
  return pickInBand(ctx, from, to, p.empathy);
}

/** A baseline that proposes a random package better than walking away (seeded: replayable). */
export function randomBidding(seed: number): BiddingStrategy {
  const target = (ctx: DecisionContext) => (netBest(ctx) === null ? null : ctx.space.walkAway + MARGIN);
  return {
    target,
    bid: (ctx) => {
      const goal = target(ctx);
      if (goal === null) return null;
      const n = countAtLeast(ctx.space, goal + ctx.proposeCost);
      const [k] = nextInt(seedRng(seed * 7919 + ctx.view.log.length), n);
      return { package: ctx.space.packageAt(ctx.space.candidates[k]!), score: ctx.space.scores[k]! };
    },
  };
}
