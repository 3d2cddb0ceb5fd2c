import { describe, expect, it } from 'vitest';
import type { Model, Persona, Side } from './model';
import { other } from './model';
import { applyMove, currentModel, newGame } from './protocol';
import type { GameState, Move } from './protocol-types';
import { scorePackage, walkAwayScore } from './score';
import { buildModel } from './testing';
import { playerView, scoreForView } from './view';

const persona = (id: string, side: Side): Persona => ({
  id,
  side,
  name: `${id} name`,
  description: `${id} secret plan`,
  difficulty: 'hard',
  concession: 0.37,
  floor: 0.61,
  empathy: 0.29,
});

// Odd baselines so each side's walk-away value is a distinctive number to search for.
const model: Model = {
  ...buildModel({
    issues: [{ options: 3 }, { options: 2 }],
    sides: [
      {
        id: 'usa',
        constituencies: [
          {
            id: 'soy-growers',
            baseline: 41.37,
            effects: [
              [0, 12, 24],
              [0, -8],
            ],
          },
        ],
        security: [{ id: 'chip-lead', baseline: 63.11, effects: [[0, -3, -9]] }],
        approvalWeight: 0.7,
        noDeal: { constituencies: [-4.3] },
      },
      {
        id: 'prc',
        constituencies: [
          {
            id: 'magnet-makers',
            baseline: 57.93,
            effects: [
              [0, -6, -14],
              [0, 17],
            ],
            veto: 11.5,
          },
        ],
        security: [{ id: 'rare-earth-leverage', baseline: 71.29, effects: [[], [0, -5]] }],
        approvalWeight: 0.55,
        noDeal: { constituencies: [-3.7] },
      },
    ],
  }),
  personas: [persona('usa-hawk', 0), persona('prc-hawk', 1)],
  statements: [
    {
      id: 'usa-line',
      side: 0,
      text: 'usa public words',
      breaks: [{ issue: 1, options: [1] }],
      costs: [{ kind: 'constituency', factor: 0, change: -13.77 }],
    },
    {
      id: 'prc-line',
      side: 1,
      text: 'prc public words',
      breaks: [{ issue: 0, options: [2] }],
      costs: [{ kind: 'constituency', factor: 0, change: -19.33 }],
    },
  ],
  events: [
    {
      id: 'magnet-shortage',
      name: 'Magnet shortage',
      news: 'Plants idle',
      round: 2,
      probability: null,
      fromRound: 1,
      changes: [
        { side: 0, kind: 'constituency', factor: 0, baseline: -2.21 },
        { side: 1, kind: 'security', factor: 0, baseline: 4.47 },
      ],
    },
  ],
};

const secretsOf = (m: Model, side: Side): string[] => {
  const p = m.parties[side];
  return [
    ...[...p.constituencies, ...p.security].map((f) => f.id),
    String(walkAwayScore(m, side)),
    String(p.constituencies[0]?.baseline),
    ...m.personas.flatMap((x) => [x.id, String(x.description)]),
    ...m.statements.filter((s) => s.side === side).flatMap((s) => s.costs.map((c) => String(c.change))),
  ];
};

function states(): GameState[] {
  const moves: Move[] = [
    { type: 'propose', side: 0, package: [2, 0], statement: 'usa-line' },
    { type: 'propose', side: 1, package: [0, 1], statement: 'prc-line' },
    { type: 'propose', side: 0, package: [1, 0] },
    { type: 'accept', side: 1 },
  ];
  const out = [newGame(model, 5)];
  for (const m of moves) {
    const r = applyMove(model, out[out.length - 1]!, m);
    if (!r.ok) throw new Error(r.rejection.code);
    out.push(r.state);
  }
  return out;
}

describe.each([0, 1] as const)('playerView for side %i', (side) => {
  it.each(states().map((s, i) => [i, s] as const))(
    'never shows the other side’s secrets (state %i)',
    (_, state) => {
      const text = JSON.stringify(playerView(model, state, side));
      const now = currentModel(model, state);
      for (const secret of [...secretsOf(model, other(side)), ...secretsOf(now, other(side))])
        expect(text).not.toContain(secret);
      expect(text).not.toContain('secret plan');
    },
  );

  it('shows its own payoff model as events changed it, and its walk-away value', () => {
    const state = states()[3]!;
    const view = playerView(model, state, side);
    const now = currentModel(model, state);
    expect(state.fired).toEqual(['magnet-shortage']);
    expect(view.own).toEqual(now.parties[side]);
    expect(view.ownWalkAway).toBe(walkAwayScore(now, side));
    expect(view.events).toEqual([
      { id: 'magnet-shortage', name: 'Magnet shortage', news: 'Plants idle', round: 2 },
    ]);
    expect(view.opponent.id).toBe(model.parties[other(side)].id);
  });

  it('shows costs only on its own statements', () => {
    const view = playerView(model, newGame(model, 1), side);
    expect(view.statementOptions.map((s) => s.costs !== undefined)).toEqual([side === 0, side === 1]);
  });

  it('scores its own side from the view exactly as the engine does', () => {
    const state = states()[3]!;
    const view = playerView(model, state, side);
    for (const pkg of [
      [0, 0],
      [2, 1],
      [1, 1],
    ]) {
      const full = scorePackage(currentModel(model, state), side, pkg, {
        statements: state.statements[side],
      });
      expect(scoreForView(view, pkg)).toEqual(full);
    }
  });
});

describe('playerView of a deal that fails at home', () => {
  // Side 1's farmers veto the package: their level (20) and veto (25) are side 1's numbers.
  const m = buildModel({
    issues: [{ options: 2 }],
    sides: [
      { constituencies: [{ effects: [[0, 10]] }] },
      { constituencies: [{ id: 'farmers', baseline: 30, effects: [[0, -10]], veto: 25 }] },
    ],
  });
  const start = newGame(m, 1);
  const proposed = applyMove(m, start, { type: 'propose', side: 0, package: [1] });
  if (!proposed.ok) throw new Error(proposed.rejection.code);
  const ended = applyMove(m, proposed.state, { type: 'accept', side: 1 });
  if (!ended.ok) throw new Error(ended.rejection.code);

  it('tells the other side that it failed, never why', () => {
    const view = playerView(m, ended.state, 0);
    expect(view.outcome?.kind).toBe('rejectedAtHome');
    expect(view.outcome?.kind === 'rejectedAtHome' && view.outcome.failures).toEqual([[], []]);
    expect(JSON.stringify(view.outcome)).not.toContain('farmers');
  });

  it('tells the failing side its own reasons', () => {
    const view = playerView(m, ended.state, 1);
    expect(view.outcome?.kind === 'rejectedAtHome' && view.outcome.failures[1]).toEqual([
      { kind: 'veto', factor: 'farmers', value: 20, veto: 25 },
    ]);
  });
});
