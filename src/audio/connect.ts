// Wires the sound board to the store: plays each new cue, follows tension and the sound settings,
// and unlocks audio on the first pointer or key press (browsers start audio only after a gesture).
import type { GameStore } from '../store';
import { createSoundBoard, type SoundBoard } from './board';
import { type AudioChange, type AudioInputs, audioChanges, audioInputs } from './mix';

/** Events that count as a user gesture for starting audio. */
const GESTURES = ['pointerdown', 'keydown'] as const;
/** Listen in the capture phase, so a control that stops propagation still unlocks audio. */
const CAPTURE = { capture: true } as const;

function apply(board: SoundBoard, change: AudioChange): void {
  if (change.kind === 'cue') board.play(change.name);
  else if (change.kind === 'tension') board.setTension(change.value);
  else if (change.kind === 'muted') board.setMuted(change.value);
  else board.setVolume(change.value);
}

/** Drive a sound board from the store; returns a function that stops it and releases everything. */
export function connectAudio(
  store: GameStore,
  board: SoundBoard = createSoundBoard(),
  gestures: EventTarget | undefined = typeof window === 'undefined' ? undefined : window,
): () => void {
  let prev: AudioInputs = audioInputs(store.getState());
  for (const change of audioChanges(null, prev)) apply(board, change);
  const unsubscribe = store.subscribe((state) => {
    const next = audioInputs(state);
    for (const change of audioChanges(prev, next)) apply(board, change);
    prev = next;
  });
  const unlock = () => {
    board.unlock();
    for (const g of GESTURES) gestures?.removeEventListener(g, unlock, CAPTURE);
  };
  for (const g of GESTURES) gestures?.addEventListener(g, unlock, CAPTURE);
  return () => {
    unsubscribe();
    for (const g of GESTURES) gestures?.removeEventListener(g, unlock, CAPTURE);
    board.destroy();
  };
}
