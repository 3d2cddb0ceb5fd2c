import type { HowlOptions } from 'howler';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSoundBoard, type HowlLike, type SoundDeps } from './board';
import { musicGains } from './mix';

/** A stand-in Howl that records what the board asks of it. */
class FakeHowl implements HowlLike {
  plays: (string | undefined)[] = [];
  vol: number;
  isPlaying = false;
  loaded = true;
  fades: [number, number][] = [];
  onLoad: (() => void)[] = [];
  constructor(readonly options: HowlOptions) {
    this.vol = options.volume ?? 1;
  }
  play(sprite?: string) {
    this.plays.push(sprite);
    this.isPlaying = true;
    return this.plays.length;
  }
  stop() {
    this.isPlaying = false;
  }
  volume(): number;
  volume(v: number): unknown;
  volume(v?: number): unknown {
    if (v === undefined) return this.vol;
    this.vol = v;
    return this;
  }
  fade(from: number, to: number) {
    this.fades.push([from, to]);
    this.vol = to;
  }
  playing() {
    return this.isPlaying;
  }
  state() {
    return this.loaded ? ('loaded' as const) : ('loading' as const);
  }
  once(_event: 'load', cb: () => void) {
    this.onLoad.push(cb);
  }
  unload() {}
  duration() {
    return this.loaded ? 20 : 0;
  }
  finishLoading() {
    this.loaded = true;
    for (const cb of this.onLoad.splice(0)) cb();
  }
}

function fakes() {
  const howls: FakeHowl[] = [];
  const mixer = { mute: vi.fn(), volume: vi.fn(), resume: vi.fn() };
  const deps: SoundDeps = {
    makeHowl: (o) => {
      const h = new FakeHowl(o);
      howls.push(h);
      return h;
    },
    mixer,
  };
  const [fx, calm, tense] = [0, 1, 2];
  return { deps, mixer, howls, fx, calm, tense };
}

afterEach(() => vi.restoreAllMocks());

describe('sound board', () => {
  it('loads an OGG-first effects sprite and two looping music stems without html5 audio', () => {
    const f = fakes();
    createSoundBoard(f.deps);
    expect(f.howls).toHaveLength(3);
    for (const h of f.howls) {
      expect(h.options.format).toEqual(['ogg', 'mp3']);
      expect(h.options.html5).toBeFalsy();
    }
    expect(Object.keys(f.howls[f.fx]!.options.sprite ?? {})).toContain('collapse');
    expect(f.howls[f.calm]!.options.loop).toBe(true);
    expect(f.howls[f.tense]!.options.loop).toBe(true);
  });

  it('plays nothing before the first gesture, then effects and both stems', () => {
    const f = fakes();
    const board = createSoundBoard(f.deps);
    board.play('click');
    expect(f.howls.every((h) => h.plays.length === 0)).toBe(true);
    board.unlock();
    board.play('signed');
    expect(f.howls[f.fx]!.plays).toEqual(['signed']);
    expect(f.howls[f.calm]!.playing() && f.howls[f.tense]!.playing()).toBe(true);
    expect(f.mixer.resume).toHaveBeenCalled();
  });

  it('starts the stems together only when both have loaded', () => {
    const f = fakes();
    const board = createSoundBoard(f.deps);
    f.howls[f.tense]!.loaded = false;
    board.unlock();
    expect(f.howls[f.calm]!.plays).toHaveLength(0);
    f.howls[f.tense]!.finishLoading();
    expect(f.howls[f.calm]!.plays).toHaveLength(1);
    expect(f.howls[f.tense]!.plays).toHaveLength(1);
  });

  it('muting stops the music and silences effects; unmuting restarts the music', () => {
    const f = fakes();
    const board = createSoundBoard(f.deps);
    board.unlock();
    board.setMuted(true);
    board.play('news');
    expect(f.mixer.mute).toHaveBeenLastCalledWith(true);
    expect(f.howls[f.fx]!.plays).toHaveLength(0);
    expect(f.howls[f.calm]!.playing()).toBe(false);
    board.setMuted(false);
    expect(f.howls[f.calm]!.playing()).toBe(true);
  });

  it('reports what it loaded and what plays', () => {
    const f = fakes();
    const board = createSoundBoard(f.deps);
    f.howls[f.tense]!.loaded = false;
    expect(board.status()).toEqual({
      loaded: { effects: true, music: [true, false] },
      seconds: { effects: 20, music: [20, 0] },
      unlocked: false,
      muted: false,
      effectPlaying: false,
      musicPlaying: 0,
    });
    f.howls[f.tense]!.finishLoading();
    board.unlock();
    board.play('signed');
    expect(board.status()).toMatchObject({ unlocked: true, effectPlaying: true, musicPlaying: 2 });
    board.setMuted(true);
    expect(board.status()).toMatchObject({ muted: true, musicPlaying: 0 });
  });

  it('tension fades the tense layer in while playing and presets it while silent', () => {
    const f = fakes();
    const board = createSoundBoard(f.deps);
    board.setTension(1);
    expect(f.howls[f.tense]!.vol).toBeCloseTo(musicGains(1).tense, 6);
    expect(f.howls[f.tense]!.fades).toHaveLength(0);
    board.unlock();
    board.setTension(0);
    expect(f.howls[f.tense]!.fades.at(-1)).toEqual([musicGains(1).tense, 0]);
  });

  it('volume goes to the mixer clamped to 0..1', () => {
    const f = fakes();
    const board = createSoundBoard(f.deps);
    board.setVolume(3);
    board.setVolume(Number.NaN);
    expect(f.mixer.volume.mock.calls).toEqual([[1], [0]]);
  });

  it('with no audio device (node) the real Howler board is silent and logs no error', () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const board = createSoundBoard();
    board.unlock();
    board.setTension(0.7);
    board.play('counter');
    board.setMuted(true);
    board.destroy();
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
