// How each delegation on the stage reacts to what just happened. The store decides it from the
// moves and the scores it already has; the stage only draws the reaction it is given.
import type { GameState, Model, Package, Side } from '../engine';
import { applyEvents, other, scorePackage, walkAwayScore } from '../engine';
import type { Reaction, StageVM } from './vm-types';

/** Score points above walking away from which an offer earns a nod (below it, no reaction). */
const NOD_MARGIN = 3;

/** A side's reaction to an offer, from its own scoring: nod, frown, or neutral in between. */
function verdict(model: Model, side: Side, pkg: Package): Reaction {
  const s = scorePackage(model, side, pkg);
  const walkAway = walkAwayScore(model, side);
  if (!s.ratified || s.score < walkAway) return 'frown';
  return s.score >= walkAway + NOD_MARGIN ? 'nod' : 'neutral';
}

/** The proposals of one side, oldest first. */
function proposals(game: GameState, side: Side): Package[] {
  return game.log.flatMap((e) =>
    e.kind === 'move' && e.move.type === 'propose' && e.move.side === side ? [e.move.package] : [],
  );
}

/** The ending's reactions: both nod at a ratified deal; a walk-out stands up the side that left. */
function ending(game: GameState, human: Side): Pick<StageVM['reactions'], 'human' | 'computer'> | null {
  const o = game.outcome;
  if (!o) return null;
  if (o.kind === 'ratified') return { human: 'nod', computer: 'nod' };
  if (o.kind === 'walkAway')
    return o.by === human ? { human: 'leave', computer: 'frown' } : { human: 'frown', computer: 'leave' };
  return { human: 'frown', computer: 'frown' };
}

/**
 * Both delegations' reactions: the computer confers while deciding, leans back when it makes a
 * final offer or hardens (its offer got worse for the human), else nods or frowns at the human's
 * latest offer by its own scoring; the human's delegation nods or frowns at the offer on the table.
 */
export function reactionsOf(
  base: Model,
  game: GameState,
  human: Side,
  thinking: boolean,
): StageVM['reactions'] {
  const seq = game.log.filter((e) => e.kind === 'move').length;
  const end = ending(game, human);
  if (end) return { ...end, seq };
  const model = applyEvents(base, game.fired);
  const computer = other(human);
  const standing = game.standing;
  const humanReaction =
    standing && standing.by === computer ? verdict(model, human, standing.package) : 'neutral';
  const last = [...game.log].reverse().find((e) => e.kind === 'move' && e.move.side === computer);
  const theirs = proposals(game, computer);
  const [before, latest] = [theirs.at(-2), theirs.at(-1)];
  const hardened =
    before !== undefined &&
    latest !== undefined &&
    scorePackage(model, human, latest).score < scorePackage(model, human, before).score;
  const offered = proposals(game, human).at(-1);
  let computerReaction: Reaction = 'neutral';
  if (thinking) computerReaction = 'confer';
  else if (last?.kind === 'move' && last.move.type === 'propose' && (last.move.final === true || hardened))
    computerReaction = 'leanBack';
  else if (offered) computerReaction = verdict(model, computer, offered);
  return { human: humanReaction, computer: computerReaction, seq };
}
