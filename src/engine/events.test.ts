// applyEvents: what events change in the model, and what that does to scores.
import { describe, expect, it } from 'vitest';
import { applyEvents } from './events';
import type { GameEvent } from './model';
import { scorePackage } from './score';
import { buildModel } from './testing';

const ev = (id: string, changes: GameEvent['changes']): GameEvent => ({
  id,
  name: id,
  news: id,
  round: 1,
  probability: null,
  fromRound: 1,
  changes,
});

const model = buildModel({
  issues: [{ options: 2 }, { options: 3 }],
  sides: [
    {
      constituencies: [
        { id: 'farm', weight: 2, baseline: 40, effects: [[0, 20]] },
        { id: 'auto', weight: 2, baseline: 60 },
      ],
      security: [{ id: 'tech', weight: 1, baseline: 50, effects: [[], [0, 0, -10]] }],
      approvalWeight: 0.5,
    },
    { constituencies: [{ id: 'exporters', baseline: 50 }] },
  ],
  events: [
    ev('glut', [
      {
        side: 0,
        kind: 'constituency',
        factor: 0,
        baseline: -10,
        effects: [{ issue: 0, option: 1, change: 15 }],
      },
    ]),
    ev('shortage', [{ side: 0, kind: 'constituency', factor: 1, weight: 2, baseline: 50 }]),
    ev('leak', [{ side: 0, kind: 'security', factor: 0, effects: [{ issue: 1, option: 2, change: -5 }] }]),
    ev('calm', [{ side: 0, kind: 'constituency', factor: 0, weight: -5 }]),
    ev('abroad', [{ side: 1, kind: 'constituency', factor: 0, baseline: 7 }]),
  ],
});

describe('applyEvents', () => {
  it('returns the same model when nothing fired', () => {
    expect(applyEvents(model, [])).toBe(model);
  });

  it('adds baseline and effect changes to a constituency', () => {
    const m = applyEvents(model, ['glut']);
    expect(m.parties[0].constituencies[0]!.baseline).toBe(30);
    expect(m.parties[0].constituencies[0]!.effects[0]).toEqual([0, 35]);
    // farm 30 + 35 = 65, auto 60 → approval 62.5
    expect(scorePackage(m, 0, [1, 0]).approval).toBe(62.5);
  });

  it('adds clout, and clamps support after a baseline pushed past 100', () => {
    const m = applyEvents(model, ['shortage']);
    expect(m.parties[0].constituencies[1]!.weight).toBe(4);
    expect(m.parties[0].constituencies[1]!.baseline).toBe(110);
    // farm 40 (w 2), auto 100 (w 4) → 80
    expect(scorePackage(m, 0, [0, 0]).approval).toBe(80);
  });

  it('changes security indicators and so the security index', () => {
    const m = applyEvents(model, ['leak']);
    expect(scorePackage(m, 0, [0, 2]).securityIndex).toBe(35);
    expect(scorePackage(model, 0, [0, 2]).securityIndex).toBe(40);
  });

  it('never lets clout fall below 0', () => {
    expect(applyEvents(model, ['calm']).parties[0].constituencies[0]!.weight).toBe(0);
  });

  it('accumulates several events, ignores unknown ids and leaves the other side alone', () => {
    const m = applyEvents(model, ['glut', 'nope', 'abroad', 'glut']);
    expect(m.parties[0].constituencies[0]!.baseline).toBe(20);
    expect(m.parties[0].constituencies[1]).toBe(model.parties[0].constituencies[1]);
    expect(m.parties[1].constituencies[0]!.baseline).toBe(57);
    expect(applyEvents(model, ['glut']).parties[1]).toBe(model.parties[1]);
  });

  it('does not change the model it was given', () => {
    applyEvents(model, ['glut', 'shortage']);
    expect(model.parties[0].constituencies[0]!.baseline).toBe(40);
    expect(model.parties[0].constituencies[1]!.weight).toBe(2);
  });
});
