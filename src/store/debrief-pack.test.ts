// The debrief pack (what happened next, questions, readings) shows once a game has ended, for
// every shipped scenario that has one, in the file's words with its sources named by title.
import { describe, expect, it } from 'vitest';
import { textIn } from '../engine';
import { gameModel } from './catalog';
import { createGameStore } from './store';
import { shippedScenarios, testOptions } from './test-kit';
import { selectDebrief } from './vm-end';

describe('the debrief pack', { timeout: 60_000 }, () => {
  const store = createGameStore(
    testOptions({ scenarios: shippedScenarios(), defaultScenarioId: 'busan-2025' }),
  );
  const s = () => store.getState();
  const withPack = s().catalog.filter((e) => e.model.debrief !== null);

  it('is there for the shipped scenarios', () => {
    expect(withPack.map((e) => e.id)).toContain('busan-2025');
  });

  it.each(withPack.map((e) => [e.id]))('%s: shows only after the end, all of it, sources by title', (id) => {
    s().updateSetup({ scenarioId: id, side: 0 });
    s().beginBriefing();
    s().beginTable();
    expect(selectDebrief(s())).toBeNull();
    s().walkAway();
    const model = gameModel(s())!;
    const d = model.debrief!;
    const pack = selectDebrief(s())?.pack;
    expect(pack?.next.map((e) => e.text)).toEqual(d.whatHappenedNext.map((e) => textIn(e.text)));
    expect(pack?.next.map((e) => e.date)).toEqual(d.whatHappenedNext.map((e) => e.date));
    expect(pack?.questions).toEqual(d.questions.map((q) => textIn(q)));
    expect(pack?.readings).toHaveLength(d.readings.length);
    const titles = [...d.sources, ...model.sources].map((x) => x.title);
    d.whatHappenedNext.forEach((e, k) => {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const id of e.sources)
        expect(titles).toContain([...d.sources, ...model.sources].find((x) => x.id === id)?.title);
      expect(pack?.next[k]?.sources).not.toMatch(/\{|\}/);
    });
    for (const text of [...pack!.next.map((e) => e.text), ...pack!.questions])
      expect(text).not.toMatch(/\{fact/);
  });
});
