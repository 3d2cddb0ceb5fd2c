import { describe, expect, it } from 'vitest';
import { loadCatalog } from './catalog';
import { decideLink } from './link';
import { configFromLink, linkOf } from './setup';
import { fixtureScenarios } from './test-kit';
import type { GameConfig } from './types';

const catalog = loadCatalog(fixtureScenarios(), 'mini').entries;
const saved: GameConfig = {
  scenarioId: 'mini',
  side: 0,
  personaId: 'cn-pragmatist',
  difficulty: null,
  seed: 9,
};
const decide = (link: Parameters<typeof decideLink>[2], inProgress: GameConfig | null = saved) =>
  decideLink(catalog, inProgress && { config: inProgress, finished: false }, link, 77);

describe('what a link does to a finished game', () => {
  const finished = (link: Parameters<typeof decideLink>[2]) =>
    decideLink(catalog, { config: saved, finished: true }, link, 77);

  it('shows its ending again for the same link with its seed (a reload)', () => {
    expect(finished({ scenario: 'mini', side: 'us', seed: '9' })).toEqual({ kind: 'resume' });
  });

  it('starts a new game for a seedless link or another game, asking nothing', () => {
    expect(finished({ scenario: 'mini', side: 'us' })).toEqual({
      kind: 'start',
      config: { ...saved, seed: 77 },
    });
    expect(finished({ scenario: 'mini', seed: '10' })).toMatchObject({ kind: 'start', config: { seed: 10 } });
  });
});

describe('what a link does to the game in progress', () => {
  it('without a link (or an empty one) restores the save', () => {
    expect(decide(null)).toEqual({ kind: 'restore' });
    expect(decide({ scenario: '', side: null })).toEqual({ kind: 'restore' });
  });

  it('starts the linked game when none is in progress, filling in a missing seed', () => {
    expect(decide({ scenario: 'mini', side: 'cn' }, null)).toEqual({
      kind: 'start',
      config: { scenarioId: 'mini', side: 1, personaId: 'us-pragmatist', difficulty: null, seed: 77 },
    });
  });

  it('resumes when the link names the game in progress (what it leaves out matches anything)', () => {
    expect(decide({ scenario: 'mini', side: 'us', persona: 'cn-pragmatist', seed: '9' })).toEqual({
      kind: 'resume',
    });
    expect(decide({ scenario: 'mini', side: '0', seed: '9' })).toEqual({ kind: 'resume' });
    // A seedless link for the same scenario: a reload of it resumes, never a new seed.
    expect(decide({ scenario: 'mini' })).toEqual({ kind: 'resume' });
    expect(decide({ seed: '9' })).toEqual({ kind: 'resume' });
  });

  it('asks when the link names another game (scenario, side, persona, difficulty or seed)', () => {
    for (const link of [
      { scenario: 'mini', seed: '10' },
      { side: 'cn' },
      { persona: 'cn-hardliner' },
      { difficulty: 'hard' },
    ]) {
      const d = decide(link);
      expect(d.kind, JSON.stringify(link)).toBe('ask');
    }
    expect(decide({ scenario: 'mini', seed: '10' })).toMatchObject({ kind: 'ask', config: { seed: 10 } });
  });

  it('names every wrong parameter and what is allowed, and opens nothing from it', () => {
    expect(decide({ scenario: 'nope', side: 'xx', seed: '-1' })).toEqual({
      kind: 'error',
      problems: [
        { param: 'scenario', value: 'nope', allowed: ['mini'] },
        { param: 'side', value: 'xx', allowed: ['us', 'cn'] },
        { param: 'seed', value: '-1', allowed: [] },
      ],
    });
    expect(decide({ persona: 'us-hardliner' }, null)).toEqual({
      kind: 'error',
      problems: [{ param: 'persona', value: 'us-hardliner', allowed: ['cn-hardliner', 'cn-pragmatist'] }],
    });
    expect(decide({ difficulty: 'brutal' })).toMatchObject({
      kind: 'error',
      problems: [{ param: 'difficulty', allowed: ['easy', 'normal', 'hard'] }],
    });
    for (const seed of ['x', '1.5', '2147483647', '99999999999', ' 3'])
      expect(decide({ seed }, null), seed).toMatchObject({ kind: 'error', problems: [{ param: 'seed' }] });
    expect(decide({ seed: '2147483646' }, null)).toMatchObject({ kind: 'start' });
  });

  it('writes a link that opens the same game again', () => {
    const config: GameConfig = {
      ...saved,
      side: 1,
      personaId: 'us-hardliner',
      difficulty: 'easy',
      seed: 123,
    };
    const link = linkOf(catalog, config);
    expect(link).toEqual({
      scenario: 'mini',
      side: 'cn',
      persona: 'us-hardliner',
      difficulty: 'easy',
      seed: '123',
    });
    expect(configFromLink(catalog, link, 1).config).toEqual(config);
  });
});
