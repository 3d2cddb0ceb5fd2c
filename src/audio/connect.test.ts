import { describe, expect, it } from 'vitest';
import { createGameStore } from '../store';
import type { SoundBoard } from './board';
import { connectAudio } from './connect';

function recorder() {
  const calls: string[] = [];
  const board: SoundBoard = {
    play: (c) => calls.push(`play ${c}`),
    setMuted: (m) => calls.push(`muted ${m}`),
    setVolume: (v) => calls.push(`volume ${v}`),
    setTension: (t) => calls.push(`tension ${t}`),
    unlock: () => calls.push('unlock'),
    destroy: () => calls.push('destroy'),
    status: () => ({
      loaded: { effects: false, music: [] },
      seconds: { effects: 0, music: [] },
      unlocked: false,
      muted: false,
      effectPlaying: false,
      musicPlaying: 0,
    }),
  };
  return { board, calls };
}

describe('connectAudio', () => {
  it('applies the settings at once, then plays each new cue and follows changes', () => {
    const store = createGameStore({ scenarios: [] });
    const { board, calls } = recorder();
    connectAudio(store, board, new EventTarget());
    expect(calls.sort()).toEqual(['muted false', 'tension 0', `volume ${store.getState().settings.volume}`]);
    calls.length = 0;
    store.getState().playCue('propose');
    store.getState().playCue('propose');
    store.getState().toggleMute();
    expect(calls).toEqual(['play propose', 'play propose', 'muted true']);
  });

  it('unlocks on the first key or pointer press only', () => {
    const { board, calls } = recorder();
    const target = new EventTarget();
    connectAudio(createGameStore({ scenarios: [] }), board, target);
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('pointerdown'));
    expect(calls.filter((c) => c === 'unlock')).toHaveLength(1);
  });

  it('the returned function unsubscribes, removes the gesture listener and destroys the board', () => {
    const store = createGameStore({ scenarios: [] });
    const { board, calls } = recorder();
    const target = new EventTarget();
    const stop = connectAudio(store, board, target);
    stop();
    calls.length = 0;
    store.getState().playCue('click');
    target.dispatchEvent(new Event('pointerdown'));
    expect(calls).toEqual([]);
  });
});
