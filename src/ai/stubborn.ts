// The stubborn baseline: a test of the personas, not a way to play. Every round it proposes one
// package, the best for itself among those the other side would ratify and prefer to walking
// away (and that it would ratify itself) on the scenario as loaded, and it accepts only that
// package; should events make it worse than walking away for itself, it walks away. Unlike
// every other negotiator it reads the full model, the other side's payoffs included: it stands
// for a student who has found the other side's limits and never moves. Stonewalling like this
// must earn less than bargaining (docs/negotiator.md; src/cli/stonewalling.test.ts checks it).
import type { Cache, Model, Move, Package, PlayerView, Side } from '../engine';
import {
  currentModel,
  DEFAULT_MAX_PACKAGES,
  other,
  packageAt,
  packageCount,
  scoreAll,
  scorePackage,
  timeCost,
  walkAwayScore,
} from '../engine';
import { MARGIN } from './bidding';
import { reason, walkAwayReason } from './reasons';
import type { Negotiator } from './types';

/**
 * Its package on the scenario as loaded (before events and statements); null when there is none.
 * With a cache it is computed once per model content and side.
 */
export function stubbornPackage(model: Model, side: Side, cache?: Cache): Package | null {
  if (!cache) return choose(model, side);
  return cache.memo(`stubborn|${cache.hashOf(model)}|${side}`, () => choose(model, side));
}

function choose(model: Model, side: Side): Package | null {
  if (packageCount(model) > DEFAULT_MAX_PACKAGES) return null;
  const table = scoreAll(model);
  const opp = other(side);
  const [mine, theirs] = [table.scores[side], table.scores[opp]];
  const waOwn = walkAwayScore(model, side);
  const waOpp = walkAwayScore(model, opp);
  let best = -1;
  for (let i = 0; i < table.count; i++) {
    if (table.ratified[opp][i] !== 1 || table.ratified[side][i] !== 1) continue;
    if (theirs[i]! <= waOpp + MARGIN || mine[i]! <= waOwn + MARGIN) continue;
    if (best < 0 || mine[i]! > mine[best]!) best = i;
  }
  return best < 0 ? null : packageAt(model, best);
}

const same = (a: Package, b: Package) => a.length === b.length && a.every((o, i) => o === b[i]);

/** The stubborn baseline for `side` of `model` (the scenario as loaded; events are read from the view). */
export function stubbornNegotiator(model: Model, side: Side): Negotiator {
  /** True when a deal on `pkg` agreed in `round` beats walking away for itself, after time pressure. */
  const worth = (view: PlayerView, now: Model, pkg: Package, round: number) => {
    const s = scorePackage(now, side, pkg, { statements: view.statementsMade[side] });
    const cost = round <= view.rules.rounds ? timeCost(now, side, round) : 0;
    return s.ratified && s.score - cost > walkAwayScore(now, side) + MARGIN;
  };
  return {
    id: 'stubborn',
    decide: (view, cache): Move | null => {
      if (view.outcome || view.turn !== view.side || view.side !== side) return null;
      const now = currentModel(model, view, cache);
      const pkg = stubbornPackage(model, side, cache);
      const standing = view.standing?.by === other(side) ? view.standing.package : null;
      if (pkg && standing && same(standing, pkg) && worth(view, now, pkg, view.round))
        return { type: 'accept', side, reason: reason('standAccept') };
      const answer = side === view.rules.firstMover ? view.round : view.round + 1;
      if (!pkg || !worth(view, now, pkg, answer))
        return { type: 'walkAway', side, reason: walkAwayReason(pkg !== null) };
      return { type: 'propose', side, package: pkg, reason: reason('stand') };
    },
  };
}
