// Pure parts of the sound board: which slice of the sprite a cue plays, how loud each music stem is
// at a given tension, and what changed between two store states. No Howler here, so node tests it.
import spriteFile from '../../assets/sound/sprite.json';
import { SOUND_CUES, type Settings, type SoundCue, type StoreState } from '../store';

/** [start ms, duration ms] of a sound inside the effects sprite, as Howler wants it. */
export type SpriteRange = [number, number];

/** Where each cue sits in assets/sound/fx.*; written by scripts/make-sounds.ts. */
export function spriteMap(): Record<SoundCue, SpriteRange> {
  const s = spriteFile.sprite;
  return Object.fromEntries(SOUND_CUES.map((cue) => [cue, [s[cue][0]!, s[cue][1]!]])) as Record<
    SoundCue,
    SpriteRange
  >;
}

/** Length of the music loop in seconds (both stems). */
export const MUSIC_SECONDS: number = spriteFile.musicSeconds;

/** Music sits well under the effects: it is mood, never information. */
export const MUSIC_LEVEL = 0.3;

/** Seconds over which the music follows a change of tension. */
export const TENSION_FADE_MS = 1500;

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const smoothstep = (a: number, b: number, x: number) => {
  const t = clamp01((x - a) / (b - a));
  return t * t * (3 - 2 * t);
};

/** Gains of the calm bed and the tense layer for tension 0..1: the tense layer rises near the deadline. */
export function musicGains(tension: number): { calm: number; tense: number } {
  const t = clamp01(tension);
  return {
    calm: MUSIC_LEVEL * (1 - 0.3 * smoothstep(0.6, 1, t)),
    tense: MUSIC_LEVEL * smoothstep(0.2, 0.9, t),
  };
}

/** The master volume to set: the player's volume, clamped to 0..1. */
export function masterVolume(settings: Pick<Settings, 'volume'>): number {
  return clamp01(settings.volume);
}

/** What the sound board reads from the store. */
export type AudioInputs = Pick<StoreState, 'cue' | 'tension'> & { muted: boolean; volume: number };

/** One thing the sound board must do after a store change. */
export type AudioChange =
  | { kind: 'cue'; name: SoundCue }
  | { kind: 'tension'; value: number }
  | { kind: 'muted'; value: boolean }
  | { kind: 'volume'; value: number };

/** The audio-relevant part of a store state. */
export function audioInputs(s: Pick<StoreState, 'cue' | 'tension' | 'settings'>): AudioInputs {
  return { cue: s.cue, tension: s.tension, muted: s.settings.muted, volume: s.settings.volume };
}

/** Changes between two states; with no previous state, the settings to apply (never a cue). */
export function audioChanges(prev: AudioInputs | null, next: AudioInputs): AudioChange[] {
  const out: AudioChange[] = [];
  if (!prev || prev.muted !== next.muted) out.push({ kind: 'muted', value: next.muted });
  if (!prev || prev.volume !== next.volume) out.push({ kind: 'volume', value: masterVolume(next) });
  if (!prev || prev.tension !== next.tension) out.push({ kind: 'tension', value: clamp01(next.tension) });
  if (prev && next.cue && next.cue.seq !== prev.cue?.seq) out.push({ kind: 'cue', name: next.cue.name });
  return out;
}
