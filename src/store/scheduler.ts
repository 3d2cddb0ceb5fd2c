// The computer's scheduler, a subscriber: when it is the computer's turn at the table, it shows
// the computer thinking for a pause (none with reduced motion) and then lets it answer. Leaving
// the table or a new game cancels a pending answer.
import type { GameState } from '../engine';
import type { Clock } from './clock';
import { modeOf } from './seat';
import type { Settle } from './settle';
import type { Store, StoreState } from './types';

/** How the computer's answers are timed. */
export interface SchedulerOptions {
  /** Pause before the computer answers, in ms (0: at once). */
  readonly delayMs: number;
  readonly clock: Clock;
  readonly settle: Settle;
}

/** The game the computer must answer in, or null when it is not the computer's turn at the table. */
export function computerDue(s: StoreState): GameState | null {
  const { screen, config, game } = s;
  return s.computerReady &&
    screen === 'table' &&
    config &&
    modeOf(config) === 'computer' &&
    game &&
    !game.outcome &&
    game.turn !== config.side
    ? game
    : null;
}

/** Answer for the computer from now on; returns the unsubscribe (which cancels a pending answer). */
export function startComputer(store: Store, { delayMs, clock, settle }: SchedulerOptions): () => void {
  let waitingIn: GameState | null = null;
  let cancel: () => void = () => {};
  const stopWaiting = () => {
    cancel();
    cancel = () => {};
    waitingIn = null;
  };
  const answer = (game: GameState) => {
    if (waitingIn !== game) return;
    waitingIn = null;
    store.getState().computerMoves();
  };
  const react = (game: GameState | null) => {
    if (game === waitingIn) return;
    stopWaiting();
    if (!game) return;
    waitingIn = game;
    const delay = store.getState().settings.reducedMotion ? 0 : delayMs;
    if (delay <= 0) {
      settle.after(() => answer(game));
      return;
    }
    settle.after(() => {
      if (waitingIn === game) store.getState().computerThinks();
    });
    cancel = clock.later(delay, () => answer(game));
  };
  const unsubscribe = store.subscribe(computerDue, react);
  react(computerDue(store.getState()));
  return () => {
    unsubscribe();
    stopWaiting();
  };
}
