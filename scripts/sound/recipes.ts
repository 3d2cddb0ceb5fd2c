// The game's sounds as recipes for the synthesiser: six short effects (one sprite) and a music
// loop in two stems, a calm bed and a tense layer that the sound board fades in near the deadline.
import { addNoise, addNote, type Envelope, makeTrack, midiHz, normalise, seeded, type Track } from './synth';

type Partials = readonly (readonly [number, number])[];
const MALLET: Partials = [
  [1, 1],
  [4, 0.25],
  [10, 0.06],
];
const BELL: Partials = [
  [1, 1],
  [2.76, 0.5],
  [5.4, 0.25],
  [8.93, 0.12],
];
const WARM: Partials = [
  [1, 1],
  [2, 0.4],
  [3, 0.2],
  [4, 0.1],
];
const HOLLOW: Partials = [
  [1, 1],
  [3, 0.3],
  [5, 0.1],
];
const saw = (n: number): Partials => Array.from({ length: n }, (_, k) => [k + 1, 1 / (k + 1)] as const);
const env = (attack: number, decay: number, release: number): Envelope => ({ attack, decay, release });

/** The effects, in sprite order; names match the store's SOUND_CUES. */
export const EFFECT_NAMES = ['click', 'propose', 'counter', 'news', 'signed', 'collapse'] as const;
export type EffectName = (typeof EFFECT_NAMES)[number];

interface EffectRecipe {
  readonly seconds: number;
  /** Peak level after normalising, in dBFS. */
  readonly dbfs: number;
  readonly render: (t: Track, rand: () => number) => void;
}

const EFFECTS: Record<EffectName, EffectRecipe> = {
  click: {
    seconds: 0.06,
    dbfs: -6,
    render: (t, rand) => {
      addNote(t, { at: 0, dur: 0.05, hz: 2400, amp: 0.6, env: env(0.001, 0.012, 0.005) });
      addNoise(
        t,
        { at: 0, dur: 0.02, amp: 0.8, env: env(0.001, 0.004, 0.003), from: 6000, to: 3000, highpass: 1500 },
        rand,
      );
    },
  },
  propose: {
    seconds: 0.75,
    dbfs: -3,
    render: (t, rand) => {
      addNoise(t, { at: 0, dur: 0.35, amp: 0.5, env: env(0.2, Infinity, 0.15), from: 600, to: 5000 }, rand);
      addNote(t, {
        at: 0.15,
        dur: 0.5,
        hz: midiHz(69),
        amp: 0.8,
        env: env(0.003, 0.15, 0.05),
        partials: MALLET,
      });
      addNote(t, {
        at: 0.27,
        dur: 0.45,
        hz: midiHz(76),
        amp: 0.9,
        env: env(0.003, 0.15, 0.05),
        partials: MALLET,
      });
    },
  },
  counter: {
    seconds: 0.7,
    dbfs: -3,
    render: (t, rand) => {
      addNoise(t, { at: 0, dur: 0.05, amp: 0.8, env: env(0.001, 0.015, 0.01), from: 2000, to: 800 }, rand);
      addNote(t, {
        at: 0.05,
        dur: 0.4,
        hz: midiHz(74),
        amp: 0.8,
        env: env(0.004, 0.2, 0.05),
        partials: HOLLOW,
      });
      addNote(t, {
        at: 0.2,
        dur: 0.48,
        hz: midiHz(69),
        amp: 0.8,
        env: env(0.004, 0.2, 0.08),
        partials: HOLLOW,
      });
    },
  },
  news: {
    seconds: 1.4,
    dbfs: -3,
    render: (t, rand) => {
      for (const at of [0, 0.06, 0.12, 0.18]) {
        addNoise(
          t,
          { at, dur: 0.02, amp: 0.4, env: env(0.001, 0.005, 0.004), from: 7000, to: 4000, highpass: 2000 },
          rand,
        );
      }
      [79, 84, 88].forEach((n, i) => {
        addNote(t, {
          at: 0.25 + 0.12 * i,
          dur: 0.9,
          hz: midiHz(n),
          amp: 0.6,
          env: env(0.002, 0.35, 0.2),
          partials: BELL,
        });
      });
    },
  },
  signed: {
    seconds: 2.1,
    dbfs: -3,
    render: (t) => {
      addNote(t, { at: 0, dur: 0.25, hz: 110, amp: 0.9, env: env(0.002, 0.08, 0.05), glide: 0.5 });
      [60, 64, 67, 72, 76].forEach((n, i) => {
        const at = 0.08 + 0.07 * i;
        addNote(t, { at, dur: 1.9 - at, hz: midiHz(n), amp: 0.5, env: env(0.005, 0.6, 0.3), partials: WARM });
      });
      addNote(t, {
        at: 0.45,
        dur: 1.2,
        hz: midiHz(84),
        amp: 0.35,
        env: env(0.002, 0.4, 0.3),
        partials: BELL,
      });
    },
  },
  collapse: {
    seconds: 2.0,
    dbfs: -3,
    render: (t, rand) => {
      addNote(t, { at: 0, dur: 0.6, hz: 80, amp: 1, env: env(0.003, 0.2, 0.1), glide: 0.5 });
      addNoise(t, { at: 0, dur: 1.2, amp: 0.6, env: env(0.01, 0.4, 0.3), from: 400, to: 120 }, rand);
      [70, 65, 61, 58].forEach((n, i) => {
        const note = {
          at: 0.1 + 0.25 * i,
          dur: 0.9,
          amp: 0.45,
          env: env(0.01, 0.3, 0.2),
          partials: saw(6),
          glide: 0.97,
        };
        addNote(t, { ...note, hz: midiHz(n) });
        addNote(t, { ...note, hz: midiHz(n) * 1.006, amp: 0.3 });
      });
    },
  },
};

/** Silence between sprite entries, so that no effect bleeds into the next. */
export const SPRITE_GAP = 0.15;

/** One effect rendered on its own and normalised to its peak level. */
export function renderEffect(name: EffectName, rate: number, seed: number): Float32Array {
  const recipe = EFFECTS[name];
  const track = makeTrack(recipe.seconds, rate);
  recipe.render(track, seeded(seed));
  return normalise(track.data, recipe.dbfs);
}

/** All effects laid end to end, with each one's [start ms, duration ms] for Howler's sprite. */
export function renderSprite(
  rate: number,
  seed: number,
): { data: Float32Array; sprite: Record<EffectName, [number, number]> } {
  const parts = EFFECT_NAMES.map((name, i) => renderEffect(name, rate, seed + i));
  const gap = Math.round(SPRITE_GAP * rate);
  const data = new Float32Array(parts.reduce((s, p) => s + p.length + gap, 0));
  const sprite = {} as Record<EffectName, [number, number]>;
  let at = 0;
  parts.forEach((p, i) => {
    data.set(p, at);
    sprite[EFFECT_NAMES[i]!] = [Math.round((at / rate) * 1000), Math.round((p.length / rate) * 1000)];
    at += p.length + gap;
  });
  return { data, sprite };
}
