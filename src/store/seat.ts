// Whose screen shows: against the computer and over the network, the config's side; with two
// players on one device, the side holding the device now (it changes at each hand-over).
import type { GameState, Model, Package, Side } from '../engine';
import { statusQuo } from '../engine';
import type { GameConfig, PlayMode, StoreState } from './types';

/** The side whose briefing, preview and scores the screen shows. */
export const viewerSide = (s: Pick<StoreState, 'config' | 'seat'>): Side => s.seat ?? s.config?.side ?? 0;

/** Who plays the other side of a game (a config without a mode is against the computer). */
export const modeOf = (config: GameConfig | null | undefined): PlayMode => config?.mode ?? 'computer';

/** A side's draft when it takes the device (or reopens a game): its last proposal, else the status quo. */
export function draftOf(model: Model, game: GameState, side: Side): Package {
  for (let i = game.log.length - 1; i >= 0; i--) {
    const e = game.log[i];
    if (e?.kind === 'move' && e.move.type === 'propose' && e.move.side === side) return [...e.move.package];
  }
  return statusQuo(model);
}

/** Is a classmate across the table (one device or two), not the computer? */
export const personAcross = (s: Pick<StoreState, 'config' | 'net'>): boolean =>
  modeOf(s.config) !== 'computer' && s.net?.partner?.status !== 'computer';

/** Has this side moved yet? (Its briefing shows at its first turn.) */
export const hasMoved = (game: GameState, side: Side): boolean =>
  game.log.some((e) => e.kind === 'move' && e.move.side === side);
