import { describe, expect, it } from 'vitest';
import { LOOP_SECONDS, renderMusic } from './music';
import { EFFECT_NAMES, renderEffect, renderSprite } from './recipes';
import { addNote, envelopeAt, makeTrack, normalise, peak, seeded, wavBytes } from './synth';

const MINUS_3_DB = 10 ** (-3 / 20);

/** Largest step between neighbouring samples, including the step from the last back to the first. */
function steps(data: Float32Array): { inside: number; seam: number } {
  let inside = 0;
  for (let i = 1; i < data.length; i++) inside = Math.max(inside, Math.abs(data[i]! - data[i - 1]!));
  return { inside, seam: Math.abs(data[0]! - data[data.length - 1]!) };
}

describe('synth', () => {
  it('the seeded generator repeats for a seed and differs between seeds', () => {
    const a = seeded(7);
    const b = seeded(7);
    const c = seeded(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('an envelope starts and ends at silence', () => {
    const env = { attack: 0.01, decay: 0.2, release: 0.05 };
    expect(envelopeAt(env, 0, 1)).toBe(0);
    expect(envelopeAt(env, 0.01, 1)).toBeCloseTo(1, 5);
    expect(envelopeAt(env, 0.9999, 1)).toBeLessThan(0.01);
    expect(envelopeAt(env, 1, 1)).toBe(0);
  });

  it('a note past the end of a looping track wraps to its start, and is dropped otherwise', () => {
    const note = {
      at: 0.9,
      dur: 0.2,
      hz: 100,
      amp: 1,
      env: { attack: 0.01, decay: Infinity, release: 0.01 },
    };
    const loop = makeTrack(1, 1000, true);
    addNote(loop, note);
    const once = makeTrack(1, 1000);
    addNote(once, note);
    expect(peak(loop.data.subarray(0, 100))).toBeGreaterThan(0.5);
    expect(peak(once.data.subarray(0, 100))).toBe(0);
  });

  it('normalise puts the peak at the asked level', () => {
    expect(peak(normalise(Float32Array.from([0.1, -0.4, 0.2]), -3))).toBeCloseTo(MINUS_3_DB, 5);
  });

  it('a WAV file has a RIFF header and two bytes a sample', () => {
    const bytes = wavBytes(Float32Array.from([0, 0.5, -0.5]), 8000);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('RIFF');
    expect(bytes.length).toBe(44 + 6);
  });
});

describe('sounds', () => {
  it('the sprite holds every effect in order, without overlap, at most -3 dBFS', () => {
    const { data, sprite } = renderSprite(8000, 1);
    let end = 0;
    for (const name of EFFECT_NAMES) {
      const [start, dur] = sprite[name];
      expect(start).toBeGreaterThan(end - 1);
      end = start + dur;
    }
    expect(end).toBeLessThanOrEqual((data.length / 8000) * 1000);
    expect(peak(data)).toBeCloseTo(MINUS_3_DB, 4);
  });

  it('every effect starts and ends near silence, so none clicks', () => {
    for (const name of EFFECT_NAMES) {
      const d = renderEffect(name, 8000, 3);
      expect(Math.abs(d[0]!), name).toBeLessThan(0.05);
      expect(Math.abs(d[d.length - 1]!), name).toBeLessThan(0.05);
    }
  });

  it('the music stems have the loop length, peak at -3 dBFS and loop without a jump', () => {
    const rate = 8000;
    const { calm, tense } = renderMusic(rate, 5);
    for (const stem of [calm, tense]) {
      expect(stem.length).toBe(Math.round(LOOP_SECONDS * rate));
      expect(peak(stem)).toBeCloseTo(MINUS_3_DB, 4);
      const s = steps(stem);
      expect(s.seam).toBeLessThanOrEqual(s.inside);
    }
  });

  it('rendering is deterministic for a seed', () => {
    expect(renderSprite(4000, 9).data).toEqual(renderSprite(4000, 9).data);
    expect(renderMusic(4000, 9).calm).not.toEqual(renderMusic(4000, 10).calm);
    // Four full renders: over 5 s on a loaded two-core machine.
  }, 30_000);
});
