// The sound board: one Howl for the effects sprite and one per music stem. Sound is feedback and
// mood, never needed to play: when audio is unavailable or blocked every call is a quiet no-op.
import { Howl, type HowlOptions, Howler } from 'howler';
import fxMp3 from '../../assets/sound/fx.mp3';
import fxOgg from '../../assets/sound/fx.ogg';
import calmMp3 from '../../assets/sound/music-calm.mp3';
import calmOgg from '../../assets/sound/music-calm.ogg';
import tenseMp3 from '../../assets/sound/music-tense.mp3';
import tenseOgg from '../../assets/sound/music-tense.ogg';
import type { SoundCue } from '../store';
import { musicGains, spriteMap, TENSION_FADE_MS } from './mix';

/** What the board needs of a Howl (so tests can pass a fake). */
export interface HowlLike {
  play(sprite?: string): number;
  stop(): unknown;
  volume(): number;
  volume(v: number): unknown;
  fade(from: number, to: number, ms: number): unknown;
  playing(): boolean;
  state(): 'unloaded' | 'loading' | 'loaded';
  once(event: 'load', cb: () => void): unknown;
  unload(): unknown;
  /** Length in seconds (0 until loaded). */
  duration(): number;
}

/** What the board needs of the global mixer (Howler). */
export interface MixerLike {
  mute(muted: boolean): unknown;
  volume(v: number): unknown;
  /** Resume a suspended audio context (called from a user gesture). */
  resume(): void;
}

/** How the board makes sounds; defaults to Howler. */
export interface SoundDeps {
  makeHowl(options: HowlOptions): HowlLike;
  mixer: MixerLike;
}

/** The game's sound board, driven by connectAudio from the store. */
export interface SoundBoard {
  /** Play an effect (nothing while muted or before the first gesture). */
  play(cue: SoundCue): void;
  setMuted(muted: boolean): void;
  /** Master volume 0..1. */
  setVolume(volume: number): void;
  /** Music tension 0..1: the tense layer fades in as it rises. */
  setTension(tension: number): void;
  /** Call from the first user gesture: resumes audio and starts the music. */
  unlock(): void;
  /** Stop and release every sound. */
  destroy(): void;
  /** What the board is doing, for tests and diagnostics. */
  status(): SoundStatus;
}

/** A snapshot of the board: whether its sounds loaded and what plays. */
export interface SoundStatus {
  /** Load state of the effects sprite and each music stem. */
  readonly loaded: { readonly effects: boolean; readonly music: readonly boolean[] };
  /** Lengths in seconds of the effects sprite and each music stem (0 until loaded). */
  readonly seconds: { readonly effects: number; readonly music: readonly number[] };
  /** A gesture has unlocked audio. */
  readonly unlocked: boolean;
  readonly muted: boolean;
  /** An effect is sounding now. */
  readonly effectPlaying: boolean;
  /** How many music stems are playing (both, or none). */
  readonly musicPlaying: number;
}

const howlerMixer: MixerLike = {
  mute: (m) => Howler.mute(m),
  volume: (v) => Howler.volume(v),
  resume: () => {
    if (Howler.ctx && Howler.ctx.state === 'suspended') Howler.ctx.resume().catch(() => undefined);
  },
};

/** Stands in for a Howl where the browser has no audio at all, so nothing throws. */
const SILENT: HowlLike = {
  play: () => 0,
  stop: () => undefined,
  volume: (() => 0) as HowlLike['volume'],
  fade: () => undefined,
  playing: () => false,
  state: () => 'loading',
  once: () => undefined,
  unload: () => undefined,
  duration: () => 0,
};

/** Whether this environment can play audio at all (Web Audio or an audio element). */
const canPlay = () =>
  'AudioContext' in globalThis || 'webkitAudioContext' in globalThis || 'Audio' in globalThis;

const defaultDeps: SoundDeps = {
  makeHowl: (o) => (canPlay() && !Howler.noAudio ? new Howl(o) : SILENT),
  mixer: howlerMixer,
};

/** A sound board; loads the sounds at once (no network later) but plays nothing before unlock(). */
export function createSoundBoard(deps: SoundDeps = defaultDeps): SoundBoard {
  let fxFailed = false;
  // Handlers keep Howler's load and play errors out of the console: a silent game is still a game.
  const quiet = { onloaderror: () => undefined, onplayerror: () => undefined };
  const format = ['ogg', 'mp3'];
  const onloaderror = () => {
    fxFailed = true;
  };
  const fx = deps.makeHowl({ ...quiet, onloaderror, src: [fxOgg, fxMp3], format, sprite: spriteMap() });
  const music = { ...quiet, format, loop: true, volume: 0 };
  const calm = deps.makeHowl({ ...music, src: [calmOgg, calmMp3] });
  const tense = deps.makeHowl({ ...music, src: [tenseOgg, tenseMp3] });
  let unlocked = false;
  let muted = false;
  let gains = musicGains(0);

  /** Start both stems in the same tick, once both are loaded, so that they stay in step. */
  const startMusic = () => {
    if (!unlocked || muted || calm.playing() || tense.playing()) return;
    const notLoaded = [calm, tense].find((h) => h.state() !== 'loaded');
    if (notLoaded) {
      notLoaded.once('load', startMusic);
      return;
    }
    calm.volume(gains.calm);
    tense.volume(gains.tense);
    calm.play();
    tense.play();
  };
  const stopMusic = () => {
    calm.stop();
    tense.stop();
  };

  return {
    play(cue) {
      if (unlocked && !muted && !fxFailed) fx.play(cue);
    },
    setMuted(m) {
      muted = m;
      deps.mixer.mute(m);
      if (m) stopMusic();
      else startMusic();
    },
    setVolume(v) {
      deps.mixer.volume(Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0)));
    },
    setTension(t) {
      const next = musicGains(t);
      for (const [howl, to] of [
        [calm, next.calm],
        [tense, next.tense],
      ] as const) {
        if (howl.playing()) howl.fade(howl.volume(), to, TENSION_FADE_MS);
        else howl.volume(to);
      }
      gains = next;
    },
    unlock() {
      deps.mixer.resume();
      if (unlocked) return;
      unlocked = true;
      startMusic();
    },
    status() {
      const stems = [calm, tense];
      return {
        loaded: { effects: fx.state() === 'loaded', music: stems.map((h) => h.state() === 'loaded') },
        seconds: { effects: fx.duration(), music: stems.map((h) => h.duration()) },
        unlocked,
        muted,
        effectPlaying: fx.playing(),
        musicPlaying: stems.filter((h) => h.playing()).length,
      };
    },
    destroy() {
      unlocked = false;
      for (const h of [fx, calm, tense]) {
        h.stop();
        h.unload();
      }
    },
  };
}
