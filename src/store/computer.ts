// The computer's turn: it sees only its PlayerView and answers with a move and its reason.
// An illegal or missing answer (a bug in a negotiator) never stalls the game: it falls back to
// repeating its last offer (or the status quo), which is always legal. The negotiators come in
// as a module the store is handed (main.ts loads it after the first screen: it is not needed there).
import type { Negotiator, negotiatorFor, personaNegotiator } from '../ai';
import type { Cache, Difficulty, GameState, Model, Move, Side } from '../engine';
import { checkMove, playerView, statusQuo } from '../engine';
import { memoLast } from './memo';

/**
 * The negotiator for a persona id ('' or unknown: the side's first persona, else a plain linear
 * one), made for one game: the game's seed draws its floor and its choices to walk out.
 */
const negotiator = memoLast(
  (
    ai: ComputerModule,
    model: Model,
    side: Side,
    personaId: string,
    difficulty: Difficulty | null,
    seed: number,
  ): Negotiator => {
    const opts = difficulty ? { difficulty, seed } : { seed };
    const named = personaId ? ai.negotiatorFor(model, side, personaId, opts) : null;
    if (named?.ok) return named.negotiator;
    const first = model.personas.find((p) => p.side === side);
    if (first) return ai.personaNegotiator(first, difficulty ?? first.difficulty, seed);
    const linear = ai.negotiatorFor(model, side, 'linear', opts);
    if (linear.ok) return linear.negotiator;
    return { id: 'fallback', decide: () => null };
  },
);

/** What the store needs of the AI layer (src/ai's index provides it). */
export interface ComputerModule {
  readonly negotiatorFor: typeof negotiatorFor;
  readonly personaNegotiator: typeof personaNegotiator;
}

/** The computer's move for the current state (legal by construction); `cache` is the session's. */
export function computerMove(
  ai: ComputerModule,
  model: Model,
  state: GameState,
  side: Side,
  personaId: string,
  difficulty: Difficulty | null,
  cache: Cache,
): Move {
  const move = negotiator(ai, model, side, personaId, difficulty, state.seed).decide(
    playerView(model, state, side, cache),
    cache,
  );
  if (move && checkMove(model, state, move) === null) return move;
  const pkg = state.standing?.by === side ? state.standing.package : statusQuo(model);
  return { type: 'propose', side, package: pkg };
}
