import { describe, expect, it } from 'vitest';
import type { Move, Side } from '../engine';
import {
  applyMove,
  createCache,
  newGame,
  other,
  playerView,
  scoreAll,
  scorePackage,
  walkAwayScore,
} from '../engine';
import { randomModel } from '../engine/testing';
import { negotiatorFor } from './personas';
import { stubbornPackage } from './stubborn';
import { withPersonas } from './testing';

const model = withPersonas(randomModel(21, { issues: [4, 5], options: [2, 4], factors: [2, 3], range: 40 }));

describe('the stubborn baseline', () => {
  it('takes the best package for itself that the other side would ratify and prefer to walking away', () => {
    for (const side of [0, 1] as const) {
      const pkg = stubbornPackage(model, side)!;
      expect(pkg).not.toBeNull();
      const opp = other(side);
      const theirs = scorePackage(model, opp, pkg);
      expect(theirs.ratified).toBe(true);
      expect(theirs.score).toBeGreaterThan(walkAwayScore(model, opp));
      expect(scorePackage(model, side, pkg).ratified).toBe(true);
      const t = scoreAll(model);
      const mine = scorePackage(model, side, pkg).score;
      for (let i = 0; i < t.count; i++) {
        const fits =
          t.ratified[opp][i] === 1 &&
          t.ratified[side][i] === 1 &&
          t.scores[opp][i]! > walkAwayScore(model, opp);
        if (fits) expect(t.scores[side][i]!).toBeLessThanOrEqual(mine + 1e-9);
      }
    }
  });

  it('proposes that package every round and accepts nothing else', () => {
    for (const side of [0, 1] as Side[]) {
      const r = negotiatorFor(model, side, 'stubborn');
      const o = negotiatorFor(model, other(side), 'pragmatist', { seed: 3 });
      if (!r.ok || !o.ok) throw new Error('no negotiator');
      const pkg = stubbornPackage(model, side)!;
      const cache = createCache();
      let state = newGame(model, 3);
      const mine: Move[] = [];
      while (!state.outcome) {
        const s = state.turn;
        const move = (s === side ? r : o).negotiator.decide(playerView(model, state, s, cache), cache)!;
        if (s === side) mine.push(move);
        const next = applyMove(model, state, move);
        if (!next.ok) throw new Error(next.rejection.code);
        state = next.state;
      }
      for (const m of mine) {
        if (m.type === 'propose') expect(m.package).toEqual(pkg);
        const o = state.outcome;
        if (m.type === 'accept') expect('package' in o ? o.package : null).toEqual(pkg);
      }
    }
  });
});
