import { describe, expect, it } from 'vitest';
import type { Model, Move, PlayerView } from '../engine';
import { applyMove, createCache, newGame, playerView } from '../engine';
import { buildModel } from '../engine/testing';
import { estimateFor, learnFrequency } from './opponent';
import { ownSpace } from './space';

/** The cache these tests' negotiators share, as a simulator or store would own one. */
const cache = createCache();
/** The frequency model's estimate from a view (with the viewer's own space). */
const learn = (view: PlayerView) => learnFrequency(view, ownSpace(view, cache));
/** Side 0's estimate after the moves are played on a new game of `m` (seed 1). */
function learnAfter(m: Model, moves: readonly Move[]) {
  let state = newGame(m, 1);
  for (const move of moves) {
    const r = applyMove(m, state, move);
    if (!r.ok) throw new Error(r.rejection.code);
    state = r.state;
  }
  return learn(playerView(m, state, 0, cache));
}

/** Three options on either issue: structured (side 0 concedes it, from the default status quo) or open (no status quo, nobody concedes). */
const STRUCTURED = { options: 3, concededBy: 0 } as const;
const OPEN = { options: 3, statusQuo: null, concededBy: null } as const;

/** Two issues and one constituency a side with these effects (side 1: none unless given); 8 rounds. */
const twoIssues = (
  issues: readonly [typeof STRUCTURED | typeof OPEN, typeof STRUCTURED | typeof OPEN],
  own: number[][],
  theirs?: number[][],
): Model =>
  buildModel({
    issues: [...issues],
    sides: [{ constituencies: [{ effects: own }] }, { constituencies: [theirs ? { effects: theirs } : {}] }],
    rounds: 8,
  });

// Side 0's own preferences follow the public structure: it concedes issue 0 (likes the status
// quo) and side 1 concedes issues 1 and 2 (side 0 likes them far from it). Equal own weights.
const model: Model = {
  ...buildModel({
    issues: [
      { options: 3, concededBy: 0 },
      { options: 3, concededBy: 1 },
      { options: 3, concededBy: 1 },
    ],
    sides: [
      {
        constituencies: [
          {
            effects: [
              [0, -10, -20],
              [0, 10, 20],
              [0, 10, 20],
            ],
          },
        ],
      },
      { constituencies: [{}] },
    ],
    rounds: 8,
  }),
  statements: [
    {
      id: 'no-1',
      side: 1,
      text: 'Never option 1 on issue 2.',
      breaks: [{ issue: 2, options: [1] }],
      costs: [],
    },
  ],
};

function viewAfter(offers: readonly (readonly number[])[], statement?: string): PlayerView {
  let state = newGame(model, 1);
  for (const [k, pkg] of offers.entries()) {
    const moves: Move[] = [
      { type: 'propose', side: 0, package: [0, 2, 2] },
      { type: 'propose', side: 1, package: pkg, ...(k === 0 && statement ? { statement } : {}) },
    ];
    for (const m of moves) {
      const r = applyMove(model, state, m);
      if (!r.ok) throw new Error(r.rejection.code);
      state = r.state;
    }
  }
  return playerView(model, state, 0);
}

describe('opponent model', () => {
  it('starts from the public structure: the conceding side prefers the status quo', () => {
    const est = learn(viewAfter([]));
    expect(est.values[0]).toEqual([0, 0.5, 1]);
    expect(est.values[1]).toEqual([1, 0.5, 0]);
    expect(est.offers).toBe(0);
    expect(estimateFor(est, [2, 0, 0])).toBeGreaterThan(estimateFor(est, [0, 2, 2]));
  });

  it('weighs more the issues the other side keeps at its preferred end', () => {
    const est = learn(
      viewAfter([
        [2, 0, 0],
        [2, 0, 1],
        [2, 0, 2],
      ]),
    );
    expect(est.weights[1]).toBeGreaterThan(est.weights[2]!);
    expect(est.offers).toBe(3);
  });

  it('takes options the other side ruled out in public as unwelcome', () => {
    const est = learn(viewAfter([[2, 0, 0]], 'no-1'));
    expect(est.values[2]![1]).toBeLessThan(learn(viewAfter([[2, 0, 0]])).values[2]![1]!);
  });

  it('counts offered options when its own payoffs show the structure does not hold', () => {
    const scrambled: Model = {
      ...model,
      parties: [
        {
          ...model.parties[0],
          constituencies: [
            {
              ...model.parties[0].constituencies[0]!,
              effects: [
                [0, 10, 20],
                [0, -10, -20],
                [0, -10, -20],
              ],
            },
          ],
        },
        model.parties[1],
      ],
    };
    const est = learnAfter(scrambled, [
      { type: 'propose', side: 0, package: [0, 0, 0] },
      { type: 'propose', side: 1, package: [0, 2, 0] },
    ] as Move[]);
    expect(est.values[1]![2]).toBeGreaterThan(0);
  });

  it('has no prior on an issue without a status quo or conceding side, and learns a middle option from offers', () => {
    // Issue 1 has no public structure; side 1 keeps offering its middle option there.
    const open = twoIssues(
      [STRUCTURED, OPEN],
      [
        [0, -10, -20],
        [0, 10, 20],
      ],
      [
        [0, 10, 20],
        [0, 20, 5],
      ],
    );
    const before = learnAfter(open, []);
    expect(before.values[1]).toEqual([1, 1, 1]);
    const est = learnAfter(open, [
      { type: 'propose', side: 0, package: [0, 2] },
      { type: 'propose', side: 1, package: [2, 1] },
      { type: 'propose', side: 0, package: [0, 2] },
      { type: 'propose', side: 1, package: [1, 1] },
    ] as Move[]);
    const row = est.values[1]!;
    expect(row[1]).toBe(1);
    expect(row[1]!).toBeGreaterThan(row[0]!);
    expect(row[1]!).toBeGreaterThan(row[2]!);
    // The structured issue keeps its prior: side 1 (not conceding it) likes it far from the status quo.
    expect(est.values[0]![2]!).toBeGreaterThan(est.values[0]![0]!);
  });

  it('weighs an issue without structure by how steadily the other side holds one option', () => {
    const open = twoIssues(
      [OPEN, OPEN],
      [
        [0, 10, 20],
        [0, 10, 20],
      ],
    );
    const est = learnAfter(open, [
      { type: 'propose', side: 0, package: [2, 2] },
      { type: 'propose', side: 1, package: [1, 0] },
      { type: 'propose', side: 0, package: [2, 2] },
      { type: 'propose', side: 1, package: [1, 1] },
      { type: 'propose', side: 0, package: [2, 2] },
      { type: 'propose', side: 1, package: [1, 2] },
    ] as Move[]);
    // Equal own weights; issue 0 held at option 1 throughout, issue 1 moved every time.
    expect(est.weights[0]!).toBeGreaterThan(est.weights[1]!);
  });

  it('measures how far its own payoffs follow the public structure on structured issues only', () => {
    // Issue 0 is structured and its own payoffs follow the prior exactly, so offers against the
    // prior there are not counted; issue 1 (no structure, the larger range) must not dilute that.
    const mixed = twoIssues(
      [STRUCTURED, OPEN],
      [
        [0, -10, -20],
        [0, 30, 10],
      ],
    );
    const est = learnAfter(mixed, [
      { type: 'propose', side: 0, package: [0, 1] },
      { type: 'propose', side: 1, package: [0, 1] },
      { type: 'propose', side: 0, package: [0, 1] },
      { type: 'propose', side: 1, package: [0, 2] },
    ] as Move[]);
    expect(est.values[0]).toEqual([0, 0.5, 1]);
    expect(est.values[1]![0]).toBeLessThan(est.values[1]![1]!);
  });
});
