import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameEvent, Model, Side, Statement } from '../engine';
import {
  applyMove,
  createCache,
  currentModel,
  newGame,
  other,
  playerView,
  scorePackage,
  timeCost,
  walkAwayScore,
} from '../engine';
import { baselineEvent, issueZeroStatement, randomModel } from '../engine/testing';
import { BASELINES, negotiatorFor } from './personas';
import { withPersonas } from './testing';

/** The cache these tests' negotiators share, as a simulator or store would own one. */
const cache = createCache();

const NAMES = ['hardliner', 'pragmatist', 'dealmaker', ...BASELINES] as const;

/** A random scenario with events, statements, time pressure and either first mover. */
function scenario(seed: number): Model {
  const m = randomModel(seed, { issues: [2, 5], options: [2, 4], factors: [1, 3], range: 40 });
  const events: GameEvent[] = [
    baselineEvent('scripted', { round: 2 }, [
      [0, -8],
      [1, 5],
    ]),
    baselineEvent('drawn', { probability: 0.5, fromRound: 2 }, [[1, -9]]),
  ];
  const statement = (side: Side, option: number): Statement =>
    issueZeroStatement(`st${side}-${option}`, side, option, -7);
  const cost = (side: Side) => ((seed >> (side + 1)) & 1) * 0.5;
  return withPersonas({
    ...m,
    parties: [
      { ...m.parties[0], costPerRound: cost(0) },
      { ...m.parties[1], costPerRound: cost(1) },
    ],
    events,
    statements: [statement(0, 0), statement(0, 1), statement(1, 0), statement(1, 1)],
    rules: { rounds: 2 + (seed % 6), firstMover: (seed & 1) as Side },
  });
}

/** Checks one move against the invariants; returns a failure message or null. */
function violation(
  model: Model,
  before: ReturnType<typeof newGame>,
  after: ReturnType<typeof newGame>,
  side: Side,
): string | null {
  const last = after.log.filter((e) => e.kind === 'move').at(-1);
  if (last?.kind !== 'move') return 'no move logged';
  const move = last.move;
  if (move.type === 'walkAway') return null;
  const now = currentModel(model, before);
  const pkg = move.type === 'propose' ? move.package : before.standing?.package;
  if (!pkg) return 'accepted nothing';
  const first = side === model.rules.firstMover;
  const round = move.type === 'accept' ? before.round : first ? before.round : before.round + 1;
  const s = scorePackage(now, side, pkg, { statements: after.statements[side] });
  if (!s.ratified) return `${move.type} of a package its side would not ratify`;
  const net = s.score - (round <= model.rules.rounds ? timeCost(now, side, round) : 0);
  if (net <= walkAwayScore(now, side))
    return `${move.type} of a package worth ${net} ≤ walk-away ${walkAwayScore(now, side)}`;
  return null;
}

describe('invariants over random scenarios and seeds', () => {
  it('only legal moves, never below walk-away or unratifiable, always ends by the deadline', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(...NAMES),
        fc.constantFrom(...NAMES),
        (modelSeed, seed, a, b) => {
          const model = scenario(modelSeed);
          const make = (side: Side, name: string) => {
            const r = negotiatorFor(model, side, name, { seed });
            if (!r.ok) throw new Error(r.message);
            return r.negotiator;
          };
          const sides = [make(0, a), make(1, b)] as const;
          let state = newGame(model, seed);
          let moves = 0;
          while (!state.outcome) {
            const side = state.turn;
            const move = sides[side].decide(playerView(model, state, side, cache), cache);
            expect(move).not.toBeNull();
            expect(sides[other(side)].decide(playerView(model, state, other(side), cache), cache)).toBeNull();
            const r = applyMove(model, state, move!);
            if (!r.ok) throw new Error(`illegal move: ${r.rejection.code}`);
            expect(violation(model, state, r.state, side)).toBeNull();
            state = r.state;
            moves++;
          }
          expect(moves).toBeLessThanOrEqual(2 * model.rules.rounds);
          expect(state.outcome.round).toBeLessThanOrEqual(model.rules.rounds);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
