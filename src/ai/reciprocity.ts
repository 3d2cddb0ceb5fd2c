// Reciprocity: how the computer reads the other side's moves, so that moving pays and
// stonewalling does not (relative tit-for-tat after Axelrod and Baarslag et al.; IAGO's costly
// stubbornness). The other side's concession is the rise, in its own score, of their offers since
// their first; a persona gives part of its ground by time alone and the rest only in answer. A
// persona's temper (how much it matches, when it closes, when it announces a final offer and
// how readily it walks out) follows from its difficulty; its exact floor is drawn per game.
import type { Difficulty, Package, PlayerView, Side } from '../engine';
import { nextFloat, other, seedRng } from '../engine';
import type { DecisionContext } from './types';

/** How a persona answers the other side, beyond its concession exponent, floor and empathy. */
export interface Temper {
  /** Share (0–1) of its concession it makes only in answer to the other side's; the rest comes with time. */
  readonly matching: number;
  /** Its floor is drawn per game within the persona's floor ± this (the other side cannot know it exactly). */
  readonly floorSpread: number;
  /** From this time (0–1) on it accepts an offer within `closeGap` of its aspiration. */
  readonly closeFrom: number;
  /** How far below its aspiration (share of best − walk-away) it still closes a deal. */
  readonly closeGap: number;
  /** From this time on it announces a final offer to a side that stonewalls. */
  readonly finalFrom: number;
  /** Chance per turn, after its final offer, of walking out on a side that has not moved at all. */
  readonly walkOut: number;
}

/** Tempers by difficulty: a hardliner matches more, gives less for nothing and walks sooner; a dealmaker closes earlier. */
export const TEMPERS: Readonly<Record<Difficulty, Temper>> = {
  easy: { matching: 0.2, floorSpread: 0.05, closeFrom: 0.3, closeGap: 0.08, finalFrom: 1, walkOut: 0.15 },
  normal: { matching: 0.35, floorSpread: 0.1, closeFrom: 0.5, closeGap: 0.04, finalFrom: 0.75, walkOut: 0.3 },
  hard: { matching: 0.5, floorSpread: 0.1, closeFrom: 0.7, closeGap: 0.01, finalFrom: 0.5, walkOut: 0.5 },
};

/** The other side stonewalls when it has matched less than this share of what time alone took from us. */
export const STONEWALLING = 0.75;

/** Its floor for one game: the persona's floor moved by up to ± spread, from the game's seed. */
export function drawFloor(floor: number, spread: number, seed: number, side: Side): number {
  const [u] = nextFloat(seedRng(Math.imul(seed | 0, 0x9e3779b1) ^ (0x5bd1 + side)));
  return Math.min(1, Math.max(0, floor + spread * (2 * u - 1)));
}

/** A uniform draw for one turn of one game (the seed, the side and how far the game has gone fix it). */
export function turnDraw(seed: number, view: PlayerView): number {
  return nextFloat(seedRng(Math.imul(seed | 0, 0x2c1b3c6d) ^ (view.log.length * 2 + view.side)))[0];
}

/** Offers of the other side as scored by us (gross), oldest first. */
function theirScores(ctx: DecisionContext): number[] {
  const opp = other(ctx.view.side);
  const out: number[] = [];
  for (const e of ctx.view.log)
    if (e.kind === 'move' && e.move.side === opp && e.move.type === 'propose')
      out.push(ctx.space.value(e.move.package));
  return out;
}

/**
 * A first offer further below our walk-away than this share of best − walk-away counts as if it
 * were there: opening with an absurd demand and then "conceding" toward mere refusal earns little.
 */
export const ANCHOR = 0.5;

/** What we read from the other side's offers so far. */
export interface Reading {
  /**
   * Their concession: the rise of their latest offer over their first, as a share of our best −
   * walk-away (0–1); a first offer far below our walk-away counts from ANCHOR below it.
   */
  readonly conceded: number;
  /** How much their latest offer rose over the one before (same scale; 0 with fewer than two). */
  readonly lastStep: number;
}

/** How far the other side has come toward us, in our own score. */
export const readOther = (ctx: DecisionContext): Reading => ctx.once(reading, () => reading(ctx));

function reading(ctx: DecisionContext): Reading {
  const scores = theirScores(ctx);
  const span = Math.max(1e-9, ctx.space.best - ctx.space.walkAway);
  const first = scores[0];
  const last = scores.at(-1);
  if (first === undefined || last === undefined) return { conceded: 0, lastStep: 0 };
  const from = Math.max(first, ctx.space.walkAway - ANCHOR * span);
  const prev = scores.at(-2) ?? last;
  return {
    conceded: Math.min(1, Math.max(0, (last - from) / span)),
    lastStep: (last - prev) / span,
  };
}

/** Stubbornness 0–1: how much of our own time-driven concession the other side has failed to match. */
export function stubbornness(conceded: number, unilateral: number): number {
  return unilateral <= 1e-9 ? 0 : 1 - Math.min(1, conceded / unilateral);
}

/** announcedFinal of the context's view, found once per decision. */
export const finalOffer = (ctx: DecisionContext): Package | null =>
  ctx.once(announcedFinal, () => announcedFinal(ctx.view));

/** The package of the final offer it announced earlier in this game, if any (latest first). */
export function announcedFinal(view: PlayerView): Package | null {
  for (let k = view.log.length - 1; k >= 0; k--) {
    const e = view.log[k]!;
    if (e.kind === 'move' && e.move.side === view.side && e.move.type === 'propose' && e.move.final)
      return e.move.package;
  }
  return null;
}

/** True when a proposal now is the last one of ours the other side can still answer. */
export function lastAnswerable(view: PlayerView): boolean {
  const answerRound = view.side === view.rules.firstMover ? view.round : view.round + 1;
  return answerRound === view.rules.rounds;
}
