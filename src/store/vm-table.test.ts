import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEvents, type GameEvent, type Model, textIn } from '../engine';
import { translator } from '../i18n';
import { loadScenario } from '../scenario';
import { createGameStore } from './store';
import { testOptions } from './test-kit';
import { factorChanges, selectStage, selectTable } from './vm-table';

const afterOneOffer = () => {
  const store = createGameStore(testOptions());
  store.getState().beginBriefing();
  store.getState().beginTable();
  store.getState().setOption(0, 0);
  store.getState().propose();
  return store;
};

describe('table view models', () => {
  it('splits a proposal in the transcript into terms and remarks, together its detail', () => {
    const vm = selectTable(afterOneOffer().getState());
    const proposal = vm?.log.find((l) => l.kind === 'propose');
    expect(proposal?.terms.length).toBeGreaterThan(0);
    expect(proposal && [...proposal.terms, ...proposal.remarks]).toEqual(proposal?.detail);
  });

  it('sums up the offer on the stage in one line naming the issue count', () => {
    const s = afterOneOffer().getState();
    const stage = selectStage(s);
    const total = selectTable(s)?.issues.length ?? 0;
    expect(stage?.offer?.summary).toMatch(new RegExp(`^\\d+ of ${total} changed$|every issue`));
  });
});

describe('news', () => {
  const mini = loadScenario(
    readFileSync(new URL('./fixtures/mini.yaml', import.meta.url), 'utf8'),
    'mini.yaml',
  );
  if (!mini.ok) throw new Error('mini.yaml does not load');
  const model = mini.model;
  const farmers = model.parties[0].constituencies.findIndex((f) => f.id === 'farmers');
  const soybeans = model.issues.findIndex((i) => i.id === 'soybeans');
  const event: GameEvent = {
    id: 'storm',
    name: 'Storm',
    news: 'A storm.',
    round: 2,
    probability: null,
    fromRound: 1,
    changes: [
      {
        side: 0,
        kind: 'constituency',
        factor: farmers,
        weight: 5,
        baseline: -10,
        effects: [{ issue: soybeans, option: 1, change: 7 }],
      },
      { side: 1, kind: 'constituency', factor: 0, baseline: -10 },
    ],
  };
  const withStorm: Model = { ...model, events: [...model.events, event] };
  const t = translator('en');

  it('names every own figure an event moved, before and after, and nothing of the other side', () => {
    const f = model.parties[0].constituencies[farmers]!;
    const option = model.issues[soybeans]!.options[1]!;
    const [line, ...rest] = factorChanges(withStorm, applyEvents(withStorm, ['storm']), 0, t, 'en');
    expect(rest).toEqual([]);
    const effect = f.effects[soybeans]![1]!;
    expect(line).toBe(
      `${textIn(f.name)} ${f.baseline} → ${f.baseline - 10}, clout ${f.weight} → ${f.weight + 5}, ` +
        `${textIn(option.label)} +${effect} → +${effect + 7}`,
    );
  });

  it('is silent on a side the event left alone', () => {
    const noUs: Model = { ...withStorm, events: [{ ...event, changes: [event.changes[1]!] }] };
    expect(factorChanges(noUs, applyEvents(noUs, ['storm']), 0, t, 'en')).toEqual([]);
  });
});
