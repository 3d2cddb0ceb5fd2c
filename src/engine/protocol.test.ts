import { describe, expect, it } from 'vitest';
import type { GameEvent, Model, Statement } from './model';
import { applyMove, currentModel, legalMoveTypes, newGame } from './protocol';
import type { GameState, Move, MoveResult } from './protocol-types';
import { scorePackage, walkAwayScore } from './score';
import { buildModel } from './testing';

// Two issues, two options each. Side 0 likes option 1 on issue 0; side 1 likes option 1 on issue 1.
const base = buildModel({
  issues: [{ options: 2 }, { options: 2 }],
  sides: [
    {
      constituencies: [
        {
          baseline: 40,
          effects: [
            [0, 30],
            [0, -10],
          ],
        },
      ],
      threshold: 30,
      costPerRound: 2,
    },
    {
      constituencies: [
        {
          baseline: 40,
          effects: [
            [0, -10],
            [0, 30],
          ],
          veto: 25,
        },
      ],
      threshold: 35,
    },
  ],
  rounds: 3,
});

const ok = (r: MoveResult): GameState => {
  if (!r.ok) throw new Error(`rejected: ${r.rejection.code}`);
  return r.state;
};
const play = (model: Model, moves: Move[], seed = 1): GameState =>
  moves.reduce((s, m) => ok(applyMove(model, s, m)), newGame(model, seed));
const code = (r: MoveResult) => (r.ok ? 'ok' : r.rejection.code);

describe('turns and rounds', () => {
  it('starts in round 1 with the first mover to move and nothing on the table', () => {
    const s = newGame(base, 7);
    expect([s.round, s.turn, s.standing, s.outcome]).toEqual([1, 0, null, null]);
    expect(legalMoveTypes(s, 0)).toEqual(['propose', 'walkAway']);
    expect(legalMoveTypes(s, 1)).toEqual([]);
  });

  it('alternates sides and starts a new round after both moved', () => {
    const s = play(base, [
      { type: 'propose', side: 0, package: [1, 0] },
      { type: 'propose', side: 1, package: [0, 1] },
    ]);
    expect([s.round, s.turn, s.movesThisRound]).toEqual([2, 0, 0]);
    expect(s.standing).toEqual({ by: 1, package: [0, 1], round: 1, statement: null });
  });

  it('ends at the deadline with both sides on their walk-away values', () => {
    const moves: Move[] = [];
    for (let r = 0; r < 3; r++)
      moves.push(
        { type: 'propose', side: 0, package: [1, 0] },
        { type: 'propose', side: 1, package: [0, 1] },
      );
    const s = play(base, moves);
    expect(s.outcome).toEqual({ kind: 'deadline', round: 3 });
    expect(s.results?.map((r) => r.score)).toEqual([walkAwayScore(base, 0), walkAwayScore(base, 1)]);
  });

  it('ends on a walk-away, naming who walked', () => {
    const s = play(base, [
      { type: 'propose', side: 0, package: [1, 0] },
      { type: 'walkAway', side: 1 },
    ]);
    expect(s.outcome).toEqual({ kind: 'walkAway', by: 1, round: 1 });
    expect(s.results?.[0].score).toBe(walkAwayScore(base, 0));
  });
});

describe('illegal moves are rejected, never thrown, and change nothing', () => {
  const s0 = newGame(base, 1);
  const s1 = ok(applyMove(base, s0, { type: 'propose', side: 0, package: [1, 1] }));
  it.each([
    ['notYourTurn', s0, { type: 'propose', side: 1, package: [0, 0] }],
    ['noStandingOffer', s0, { type: 'accept', side: 0 }],
    ['badPackage', s0, { type: 'propose', side: 0, package: [0] }],
    ['badPackage', s0, { type: 'propose', side: 0, package: [0, 2] }],
    ['badPackage', s0, { type: 'propose', side: 0, package: [0, 0.5] }],
    ['unknownStatement', s0, { type: 'propose', side: 0, package: [0, 0], statement: 'nope' }],
    ['badMove', s0, { type: 'pass', side: 0 } as unknown as Move],
    ['badSide', s0, { type: 'walkAway', side: 2 } as unknown as Move],
    ['badReason', s0, { type: 'walkAway', side: 0, reason: 'English text' } as unknown as Move],
    ['badReason', s0, { type: 'walkAway', side: 0, reason: { code: 'nope', params: {} } } as unknown as Move],
    [
      'badReason',
      s0,
      { type: 'accept', side: 0, reason: { code: 'hold', params: { x: [1] } } } as unknown as Move,
    ],
    ['badMove', s0, { type: 'propose', side: 0, package: [0, 0], final: 'yes' } as unknown as Move],
    ['notYourTurn', s1, { type: 'accept', side: 0 }],
  ] as const)('%s', (expected, state, move) => {
    const before = JSON.stringify(state);
    expect(code(applyMove(base, state, move))).toBe(expected);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('refuses any move once the game is over', () => {
    const over = ok(applyMove(base, s0, { type: 'walkAway', side: 0 }));
    expect(code(applyMove(base, over, { type: 'walkAway', side: 1 }))).toBe('gameOver');
  });
});

describe('deals and ratification', () => {
  it('a ratified deal scores the package for each side, less time pressure', () => {
    const s = play(base, [
      { type: 'propose', side: 0, package: [1, 0] },
      { type: 'propose', side: 1, package: [1, 1] },
      { type: 'accept', side: 0 },
    ]);
    expect(s.outcome).toEqual({ kind: 'ratified', package: [1, 1], round: 2 });
    expect(s.results?.[0].timeCost).toBe(2);
    expect(s.results?.[0].score).toBe(scorePackage(base, 0, [1, 1]).score - 2);
    expect(s.results?.[1].score).toBe(scorePackage(base, 1, [1, 1]).score);
  });

  it('a deal below the threshold fails at home and says so', () => {
    // [1, 0] leaves side 1 at 30, below its threshold of 35 (side 0 gets 70).
    const t = play(base, [
      { type: 'propose', side: 0, package: [1, 0] },
      { type: 'accept', side: 1 },
    ]);
    expect(t.outcome?.kind).toBe('rejectedAtHome');
    if (t.outcome?.kind !== 'rejectedAtHome') return;
    expect(t.outcome.failures[0]).toEqual([]);
    expect(t.outcome.failures[1].map((f) => f.kind)).toContain('threshold');
    expect(t.results?.[1].score).toBe(walkAwayScore(base, 1));
  });

  it('names the constituency whose veto sinks the deal', () => {
    const m = buildModel({
      issues: [{ options: 2 }],
      sides: [
        { constituencies: [{ effects: [[0, 10]] }] },
        { constituencies: [{ id: 'farmers', baseline: 30, effects: [[0, -10]], veto: 25 }] },
      ],
    });
    const s = play(m, [
      { type: 'propose', side: 0, package: [1] },
      { type: 'accept', side: 1 },
    ]);
    expect(s.outcome?.kind === 'rejectedAtHome' && s.outcome.failures[1]).toEqual([
      { kind: 'veto', factor: 'farmers', value: 20, veto: 25 },
    ]);
  });
});

describe('statements and audience costs', () => {
  const st: Statement = {
    id: 'no-1',
    side: 0,
    text: 'We will never accept option 1 on issue 1.',
    breaks: [{ issue: 1, options: [1] }],
    costs: [{ kind: 'constituency', factor: 0, change: -5 }],
  };
  const m: Model = { ...base, statements: [st] };

  it('costs the side that made it when it accepts a deal that breaks it', () => {
    const s = play(m, [
      { type: 'propose', side: 0, package: [1, 0], statement: 'no-1' },
      { type: 'propose', side: 1, package: [1, 1] },
      { type: 'accept', side: 0 },
    ]);
    expect(s.statements[0]).toEqual(['no-1']);
    expect(s.results?.[0].brokenStatements).toEqual(['no-1']);
    expect(s.results?.[0].score).toBe(scorePackage(m, 0, [1, 1]).score - 5 - 2);
  });

  it('costs nothing when the deal keeps it', () => {
    const s = play(m, [
      { type: 'propose', side: 0, package: [0, 0], statement: 'no-1' },
      { type: 'accept', side: 1 },
    ]);
    expect(s.outcome?.kind).toBe('ratified');
    expect(s.results?.[0].brokenStatements).toEqual([]);
    expect(s.results?.[0].score).toBe(scorePackage(m, 0, [0, 0]).score);
  });

  it("refuses a statement of the other side's", () => {
    const s = ok(applyMove(m, newGame(m, 1), { type: 'propose', side: 0, package: [0, 0] }));
    expect(code(applyMove(m, s, { type: 'propose', side: 1, package: [0, 0], statement: 'no-1' }))).toBe(
      'notYourStatement',
    );
  });
});

describe('events', () => {
  const ev = (id: string, extra: Partial<GameEvent>): GameEvent => ({
    id,
    name: id,
    news: `${id} happened`,
    round: null,
    probability: null,
    fromRound: 2,
    changes: [{ side: 1, kind: 'constituency', factor: 0, baseline: 10 }],
    ...extra,
  });
  const m: Model = {
    ...base,
    events: [
      ev('first', { round: 1 }),
      ev('second', { round: 2 }),
      ev('sure', { probability: 1, fromRound: 3 }),
      ev('never', { probability: 0 }),
    ],
  };
  const pass = (side: 0 | 1): Move => ({ type: 'propose', side, package: [0, 0] });

  it('fires scripted events at the start of their round, drawn ones from fromRound, each once', () => {
    expect(newGame(m, 3).fired).toEqual(['first']);
    const s2 = play(m, [pass(0), pass(1)], 3);
    expect(s2.fired).toEqual(['first', 'second']);
    const s3 = play(m, [pass(0), pass(1), pass(0), pass(1)], 3);
    expect(s3.fired).toEqual(['first', 'second', 'sure']);
    expect(s3.log.filter((e) => e.kind === 'event').map((e) => e.round)).toEqual([1, 2, 3]);
  });

  it('changes the payoffs the deal is scored on', () => {
    const s = play(m, [pass(0), pass(1), { type: 'accept', side: 0 }], 3);
    expect(currentModel(m, s).parties[1].constituencies[0]?.baseline).toBe(60);
    expect(s.results?.[1].score).toBe(scorePackage(currentModel(m, s), 1, [0, 0]).score);
    expect(s.results?.[1].score).toBe(scorePackage(base, 1, [0, 0]).score + 20);
  });

  it('draws probabilistic events from the seed kept in the state', () => {
    const coin: Model = { ...base, events: [ev('coin', { probability: 0.5, fromRound: 2 })] };
    const firedAt = (seed: number) => play(coin, [pass(0), pass(1)], seed).fired.length;
    const runs = Array.from({ length: 40 }, (_, seed) => firedAt(seed));
    expect(runs).toEqual(Array.from({ length: 40 }, (_, seed) => firedAt(seed)));
    expect(new Set(runs).size).toBe(2);
  });
});
