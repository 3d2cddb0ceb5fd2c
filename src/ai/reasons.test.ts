import { describe, expect, it } from 'vitest';
import type { Model, Side } from '../engine';
import { applyMove, createCache, newGame, other, playerView, textIn } from '../engine';
import { randomModel } from '../engine/testing';
import { negotiatorFor } from './personas';
import { withPersonas } from './testing';

/** The cache these tests' negotiators share, as a simulator or store would own one. */
const cache = createCache();

/** Every public or own name the side's reasons may quote, longest first. */
function quotable(model: Model, side: Side): string[] {
  const own = model.parties[side];
  return [
    ...[...own.constituencies, ...own.security].map((f) => textIn(f.name)),
    ...model.issues.flatMap((i) => [textIn(i.name), ...i.options.map((o) => textIn(o.label))]),
    ...model.statements.map((s) => textIn(s.text)),
  ].sort((a, b) => b.length - a.length);
}

describe('reasons', () => {
  it('are plain sentences with no numbers beyond public labels and no other side’s names', () => {
    let checked = 0;
    for (let seed = 0; seed < 40; seed++) {
      const model = withPersonas(
        randomModel(seed, { issues: [3, 5], options: [2, 4], factors: [2, 3], range: 40 }),
      );
      for (const [a, b] of [
        ['pragmatist', 'hardliner'],
        ['dealmaker', 'linear'],
        ['hardliner', 'random'],
      ] as const) {
        const sides = [negotiatorFor(model, 0, a, { seed }), negotiatorFor(model, 1, b, { seed })];
        let state = newGame(model, seed);
        while (!state.outcome) {
          const side = state.turn;
          const r = sides[side]!;
          if (!r.ok) throw new Error(r.message);
          const move = r.negotiator.decide(playerView(model, state, side, cache), cache)!;
          const reason = move.reason ?? '';
          expect(reason).toMatch(/^[A-Za-z].*\.$/);
          let rest = reason;
          for (const q of quotable(model, side)) rest = rest.split(q).join(' ');
          expect(rest).not.toMatch(/\d/);
          for (const f of [
            ...model.parties[other(side)].constituencies,
            ...model.parties[other(side)].security,
          ]) {
            expect(reason).not.toContain(f.id);
          }
          const next = applyMove(model, state, move);
          if (!next.ok) throw new Error(next.rejection.code);
          state = next.state;
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  }, 60_000);
});
