import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { settleQueue, settling } from './settle';

const counter = () => {
  const queue = settleQueue();
  const store = createStore<{ n: number; bump(): void }>()(
    settling(queue, (set) => ({ n: 0, bump: () => set((s) => ({ n: s.n + 1 })) })),
  );
  return { queue, store };
};

describe('settle', () => {
  it('runs a job at once when no update is being told', () => {
    const { queue } = counter();
    const done: string[] = [];
    queue.after(() => done.push('job'));
    expect(done).toEqual(['job']);
  });

  it('holds a job until every listener has heard the update, then lets it update again', () => {
    const { queue, store } = counter();
    const heard: string[] = [];
    store.subscribe((s) => {
      heard.push(`first ${s.n}`);
      if (s.n === 1) queue.after(() => store.getState().bump());
    });
    store.subscribe((s) => heard.push(`second ${s.n}`));
    store.getState().bump();
    expect(heard).toEqual(['first 1', 'second 1', 'first 2', 'second 2']);
  });

  it('runs jobs in the order they were queued, also those queued by a job', () => {
    const { queue, store } = counter();
    const done: string[] = [];
    store.subscribe(() => {
      queue.after(() => {
        done.push('a');
        queue.after(() => done.push('c'));
      });
      queue.after(() => done.push('b'));
    });
    store.getState().bump();
    expect(done).toEqual(['a', 'b', 'c']);
  });
});
