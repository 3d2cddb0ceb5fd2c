import { describe, expect, it } from 'vitest';
import { SOUND_CUES } from '../store';
import { type AudioInputs, audioChanges, MUSIC_LEVEL, masterVolume, musicGains, spriteMap } from './mix';

const base: AudioInputs = { cue: null, tension: 0, muted: false, volume: 0.8 };

describe('audio mix', () => {
  it('every cue has its own non-empty, non-overlapping slice of the sprite', () => {
    const ranges = SOUND_CUES.map((c) => spriteMap()[c]).sort((a, b) => a[0] - b[0]);
    expect(ranges).toHaveLength(SOUND_CUES.length);
    ranges.forEach(([start, dur], i) => {
      expect(dur).toBeGreaterThan(0);
      if (i > 0) expect(start).toBeGreaterThanOrEqual(ranges[i - 1]![0] + ranges[i - 1]![1]);
    });
  });

  it('calm music has no tense layer; at the deadline the tense layer is full', () => {
    expect(musicGains(0)).toEqual({ calm: MUSIC_LEVEL, tense: 0 });
    expect(musicGains(1).tense).toBeCloseTo(MUSIC_LEVEL, 6);
    expect(musicGains(1).calm).toBeLessThan(MUSIC_LEVEL);
  });

  it('the tense layer never falls as tension rises, and bad input counts as calm', () => {
    const xs = Array.from({ length: 21 }, (_, i) => musicGains(i / 20).tense);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]!);
    expect(musicGains(Number.NaN)).toEqual(musicGains(0));
    expect(musicGains(7)).toEqual(musicGains(1));
  });

  it('master volume is clamped to 0..1', () => {
    expect(masterVolume({ volume: 1.7 })).toBe(1);
    expect(masterVolume({ volume: -1 })).toBe(0);
    expect(masterVolume({ volume: 0.25 })).toBe(0.25);
  });

  it('the first state applies settings and tension but plays no cue', () => {
    const kinds = audioChanges(null, { ...base, cue: { name: 'click', seq: 4 } }).map((c) => c.kind);
    expect(kinds.sort()).toEqual(['muted', 'tension', 'volume']);
  });

  it('a new cue seq plays the cue, even when the name repeats', () => {
    const a = { ...base, cue: { name: 'news', seq: 1 } } as const;
    const b = { ...base, cue: { name: 'news', seq: 2 } } as const;
    expect(audioChanges(a, b)).toEqual([{ kind: 'cue', name: 'news' }]);
    expect(audioChanges(b, b)).toEqual([]);
  });

  it('mute, volume and tension changes are reported once each', () => {
    const next = { ...base, muted: true, volume: 0.3, tension: 0.5 };
    expect(audioChanges(base, next)).toEqual([
      { kind: 'muted', value: true },
      { kind: 'volume', value: 0.3 },
      { kind: 'tension', value: 0.5 },
    ]);
  });
});
