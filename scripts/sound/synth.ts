// Small additive synthesiser for the game's generated sounds: notes and noise bursts mixed into
// mono float buffers, with optional wrap-around so that a music loop is seamless by construction.

/** A mono buffer being rendered; `wrap` makes writes past the end continue at the start (loops). */
export interface Track {
  readonly rate: number;
  readonly data: Float32Array;
  readonly wrap: boolean;
}

/** A fresh silent track of `seconds` at `rate` Hz. */
export function makeTrack(seconds: number, rate: number, wrap = false): Track {
  return { rate, data: new Float32Array(Math.round(seconds * rate)), wrap };
}

/** A seeded generator (mulberry32): the same seed always gives the same sounds. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Frequency in Hz of a MIDI note number (69 = A4 = 440 Hz). */
export function midiHz(note: number): number {
  return 440 * 2 ** ((note - 69) / 12);
}

/** Shape of a note's loudness over time. */
export interface Envelope {
  /** Seconds from silence to full level (at least a few ms, so nothing clicks). */
  readonly attack: number;
  /** Exponential decay time constant in seconds after the attack; Infinity holds the level. */
  readonly decay: number;
  /** Seconds of linear fade at the note's end. */
  readonly release: number;
}

/** Level of an envelope `t` seconds into a note lasting `dur` seconds. */
export function envelopeAt(env: Envelope, t: number, dur: number): number {
  if (t < 0 || t >= dur) return 0;
  const a = Math.max(env.attack, 0.002);
  const rise = t < a ? t / a : 1;
  const fall = t < a || !Number.isFinite(env.decay) ? 1 : Math.exp(-(t - a) / env.decay);
  const rel = Math.max(env.release, 0.003);
  const tail = t > dur - rel ? (dur - t) / rel : 1;
  return rise * fall * tail;
}

function addSample(track: Track, index: number, value: number): void {
  const n = track.data.length;
  if (track.wrap) track.data[((index % n) + n) % n]! += value;
  else if (index >= 0 && index < n) track.data[index]! += value;
}

/** A pitched note; partials are [frequency ratio, relative amplitude] pairs. */
export interface Note {
  readonly at: number;
  readonly dur: number;
  readonly hz: number;
  readonly amp: number;
  readonly env: Envelope;
  readonly partials?: readonly (readonly [number, number])[];
  /** Pitch glide: the frequency is multiplied by this factor over the note's length. */
  readonly glide?: number;
  /** Tremolo [rate Hz, depth 0..1]. */
  readonly tremolo?: readonly [number, number];
}

const SINE: readonly (readonly [number, number])[] = [[1, 1]];

/** Mix a note into the track. */
export function addNote(track: Track, note: Note): void {
  const { rate } = track;
  const start = Math.round(note.at * rate);
  const count = Math.round(note.dur * rate);
  const partials = (note.partials ?? SINE).filter(([ratio]) => note.hz * ratio < rate * 0.45);
  const norm = partials.reduce((s, [, a]) => s + Math.abs(a), 0) || 1;
  const phases = partials.map(() => 0);
  const glide = Math.log(note.glide ?? 1);
  for (let i = 0; i < count; i++) {
    const t = i / rate;
    const hz = note.hz * Math.exp((glide * i) / count);
    let v = 0;
    for (let p = 0; p < partials.length; p++) {
      const [ratio, a] = partials[p]!;
      phases[p]! += (2 * Math.PI * hz * ratio) / rate;
      v += a * Math.sin(phases[p]!);
    }
    const trem = note.tremolo
      ? 1 - note.tremolo[1] * (0.5 + 0.5 * Math.sin(2 * Math.PI * note.tremolo[0] * t))
      : 1;
    addSample(track, start + i, (note.amp * envelopeAt(note.env, t, note.dur) * trem * v) / norm);
  }
}

/** A filtered noise burst; the low-pass cutoff moves from `from` to `to` Hz (a whoosh or a tick). */
export interface Noise {
  readonly at: number;
  readonly dur: number;
  readonly amp: number;
  readonly env: Envelope;
  readonly from: number;
  readonly to: number;
  /** Subtract a low-passed copy (cutoff Hz) to keep only the bright part. */
  readonly highpass?: number;
}

/** Mix a noise burst into the track, drawing its randomness from `rand`. */
export function addNoise(track: Track, noise: Noise, rand: () => number): void {
  const { rate } = track;
  const start = Math.round(noise.at * rate);
  const count = Math.round(noise.dur * rate);
  let lp = 0;
  let hp = 0;
  const kh = noise.highpass ? 1 - Math.exp((-2 * Math.PI * noise.highpass) / rate) : 0;
  for (let i = 0; i < count; i++) {
    const t = i / rate;
    const cutoff = noise.from * (noise.to / noise.from) ** (i / count);
    const k = 1 - Math.exp((-2 * Math.PI * cutoff) / rate);
    lp += k * (rand() * 2 - 1 - lp);
    hp += kh * (lp - hp);
    const v = noise.highpass ? lp - hp : lp;
    addSample(track, start + i, noise.amp * envelopeAt(noise.env, t, noise.dur) * v);
  }
}

/** Largest absolute sample value. */
export function peak(data: Float32Array): number {
  let m = 0;
  for (const v of data) m = Math.max(m, Math.abs(v));
  return m;
}

/** Scale so that the peak sits at `dbfs` (e.g. -3); a silent buffer is left alone. */
export function normalise(data: Float32Array, dbfs: number): Float32Array {
  const p = peak(data);
  const gain = p > 0 ? 10 ** (dbfs / 20) / p : 1;
  return data.map((v) => v * gain);
}

/** A 16-bit PCM mono WAV file, for listening to or measuring the rendered sounds. */
export function wavBytes(data: Float32Array, rate: number): Uint8Array {
  const out = new DataView(new ArrayBuffer(44 + data.length * 2));
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) out.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, 'RIFF');
  out.setUint32(4, 36 + data.length * 2, true);
  text(8, 'WAVEfmt ');
  out.setUint32(16, 16, true);
  out.setUint16(20, 1, true);
  out.setUint16(22, 1, true);
  out.setUint32(24, rate, true);
  out.setUint32(28, rate * 2, true);
  out.setUint16(32, 2, true);
  out.setUint16(34, 16, true);
  text(36, 'data');
  out.setUint32(40, data.length * 2, true);
  for (let i = 0; i < data.length; i++) {
    out.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, data[i]!)) * 32767), true);
  }
  return new Uint8Array(out.buffer);
}
