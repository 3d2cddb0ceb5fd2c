import { describe, expect, it } from 'vitest';
import { createGameStore } from './store';
import { testOptions } from './test-kit';
import { selectStage, selectTable } from './vm-table';

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
    expect(stage?.offer?.summary).toMatch(new RegExp(`/${total} issues moved|every issue`));
  });
});
