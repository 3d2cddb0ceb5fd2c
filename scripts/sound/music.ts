// The music loop: a calm bed (pads, bass, a sparse seeded mallet line) and a tense layer (a driving
// ostinato, a ticking clock, a trembling high note, a heartbeat) on the same grid, so that the two
// stems stay in step and the sound board can fade the tense one in as the deadline nears.
import { addNoise, addNote, type Envelope, makeTrack, midiHz, normalise, seeded, type Track } from './synth';

/** Tempo and form: 4 chords of 2 bars each at 96 bpm, i.e. a 20 s loop. */
export const BPM = 96;
export const BEAT = 60 / BPM;
const BARS_PER_CHORD = 2;
const BEATS_PER_BAR = 4;
const CHORD_SECONDS = BEAT * BEATS_PER_BAR * BARS_PER_CHORD;

interface Chord {
  readonly bass: number;
  readonly pad: readonly number[];
  readonly tones: readonly number[];
  readonly high: number;
}
/** Dm9 – Bbmaj7 – Gm7 – A7sus4, as MIDI note numbers. */
const CHORDS: readonly Chord[] = [
  { bass: 38, pad: [53, 57, 60, 64], tones: [62, 65, 69, 72, 76], high: 81 },
  { bass: 34, pad: [50, 53, 57, 62], tones: [62, 65, 69, 70, 74], high: 82 },
  { bass: 43, pad: [50, 53, 58, 62], tones: [62, 65, 67, 70, 74], high: 79 },
  { bass: 45, pad: [50, 55, 57, 64], tones: [62, 64, 67, 69, 74], high: 81 },
];

/** Length of the loop in seconds. */
export const LOOP_SECONDS = CHORDS.length * CHORD_SECONDS;

const env = (attack: number, decay: number, release: number): Envelope => ({ attack, decay, release });
const SOFT = [
  [1, 1],
  [2, 0.3],
  [3, 0.1],
] as const;
const MALLET = [
  [1, 1],
  [4, 0.25],
  [10, 0.06],
] as const;
const saw = (n: number) => Array.from({ length: n }, (_, k) => [k + 1, 1 / (k + 1)] as const);

function calm(t: Track, rand: () => number): void {
  CHORDS.forEach((c, ci) => {
    const start = ci * CHORD_SECONDS;
    for (const n of c.pad) {
      const pad = {
        at: start,
        dur: CHORD_SECONDS + 1.2,
        amp: 0.16,
        env: env(1.2, Infinity, 1.5),
        partials: SOFT,
      };
      addNote(t, { ...pad, hz: midiHz(n) });
      addNote(t, { ...pad, hz: midiHz(n) * 1.003, amp: 0.1 });
    }
    for (let b = 0; b < BARS_PER_CHORD * 2; b++) {
      const at = start + b * 2 * BEAT;
      const bass = { at, dur: 1.2, hz: midiHz(c.bass), amp: 0.45, env: env(0.01, 0.7, 0.3) };
      addNote(t, {
        ...bass,
        partials: [
          [1, 1],
          [2, 0.35],
        ],
      });
    }
    for (let e = 0; e < BARS_PER_CHORD * BEATS_PER_BAR * 2; e++) {
      if (rand() > 0.3) continue;
      const hz = midiHz(c.tones[Math.floor(rand() * c.tones.length)]!);
      const amp = 0.22 * (0.7 + 0.3 * rand());
      addNote(t, {
        at: start + (e * BEAT) / 2,
        dur: 0.8,
        hz,
        amp,
        env: env(0.003, 0.3, 0.2),
        partials: MALLET,
      });
    }
  });
}

const OSTINATO = [0, 0, 7, 0, 0, 0, 12, 7] as const;

function tense(t: Track, rand: () => number): void {
  CHORDS.forEach((c, ci) => {
    const start = ci * CHORD_SECONDS;
    const eighths = BARS_PER_CHORD * BEATS_PER_BAR * 2;
    for (let e = 0; e < eighths; e++) {
      const at = start + (e * BEAT) / 2;
      const hz = midiHz(c.bass + 12 + OSTINATO[e % OSTINATO.length]!);
      addNote(t, {
        at,
        dur: 0.25,
        hz,
        amp: e % 2 === 0 ? 0.45 : 0.33,
        env: env(0.004, 0.09, 0.04),
        partials: saw(8),
      });
      const [from, to, amp] = e % 2 === 0 ? [8000, 5000, 0.35] : [3000, 2000, 0.22];
      addNoise(t, { at, dur: 0.03, amp, env: env(0.001, 0.008, 0.005), from, to, highpass: 2000 }, rand);
    }
    const high = { at: start, dur: CHORD_SECONDS + 0.4, amp: 0.12, env: env(0.8, Infinity, 0.8) };
    addNote(t, { ...high, hz: midiHz(c.high), partials: saw(5), tremolo: [7, 0.6] });
    for (let b = 0; b < BARS_PER_CHORD; b++) {
      const at = start + b * BEAT * BEATS_PER_BAR;
      for (const [dt, amp] of [
        [0, 0.6],
        [0.18, 0.4],
      ] as const) {
        addNote(t, { at: at + dt, dur: 0.25, hz: 55, amp, env: env(0.003, 0.1, 0.05), glide: 0.7 });
      }
    }
  });
}

/** Both stems, each exactly LOOP_SECONDS long, seamless when looped, peaks at `dbfs`. */
export function renderMusic(
  rate: number,
  seed: number,
  dbfs = -3,
): { calm: Float32Array; tense: Float32Array } {
  const a = makeTrack(LOOP_SECONDS, rate, true);
  calm(a, seeded(seed));
  const b = makeTrack(LOOP_SECONDS, rate, true);
  tense(b, seeded(seed + 1));
  return { calm: normalise(a.data, dbfs), tense: normalise(b.data, dbfs) };
}
