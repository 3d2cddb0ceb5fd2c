// Personas (scenario data) and baselines as negotiators. A persona's concession exponent, floor
// and empathy set its bidding, its difficulty its temper (how it answers the other side, see
// reciprocity.ts); a teacher's difficulty level shifts them from the persona's own level.
// Baselines use the same parts with fixed settings, so a tournament compares like with like;
// the stubborn one (stubborn.ts) reads the full model and serves only to test the personas.
import type { Difficulty, Model, Persona, Side, Tone } from '../engine';
import { DIFFICULTIES } from '../engine';
import { acAny, acBest, acNext, acRandom, acReciprocal } from './acceptance';
import { randomBidding, timeDependent } from './bidding';
import { reciprocalBidding } from './bidding-reciprocal';
import { createNegotiator } from './negotiator';
import { blindModel, frequencyModel } from './opponent';
import { drawFloor, TEMPERS } from './reciprocity';
import { stubbornNegotiator } from './stubborn';
import type { NegotiatorFactory } from './simulate';
import type { Negotiator } from './types';

export const BASELINES = ['random', 'linear', 'always-concede', 'never-concede', 'stubborn'] as const;
/** Simple strategies to measure the personas against. */
export type Baseline = (typeof BASELINES)[number];

/** Per difficulty step harder: the concession exponent is multiplied by this (below 1: holds out longer)… */
const HARDER_CONCESSION = 0.6;
/** …and the floor moves this share of the way toward its best package (easier: toward walk-away). */
const HARDER_FLOOR = 0.3;

/** A persona's voice, from its own difficulty: a hard-liner is curt, a pragmatist plain, a dealmaker warm. */
const TONE_BY_DIFFICULTY: Readonly<Record<Difficulty, Tone>> = {
  hard: 'curt',
  normal: 'plain',
  easy: 'warm',
};

/** The persona as it plays at another difficulty level (easier: concedes sooner and further). */
export function atDifficulty(persona: Persona, level: Difficulty): Persona {
  const steps = DIFFICULTIES.indexOf(level) - DIFFICULTIES.indexOf(persona.difficulty);
  let { concession, floor } = persona;
  for (let k = 0; k < Math.abs(steps); k++) {
    if (steps > 0) {
      concession *= HARDER_CONCESSION;
      floor += (1 - floor) * HARDER_FLOOR;
    } else {
      concession /= HARDER_CONCESSION;
      floor *= 1 - HARDER_FLOOR;
    }
  }
  return { ...persona, difficulty: level, concession, floor };
}

/**
 * A negotiator that bargains as the persona does (at its own difficulty unless one is given).
 * `seed` is the game's: it draws the floor for this game within the persona's range and its
 * choices to walk out (without one: the persona's own floor, and the draws of seed 0).
 */
export function personaNegotiator(
  persona: Persona,
  level: Difficulty = persona.difficulty,
  seed?: number,
): Negotiator {
  const p = atDifficulty(persona, level);
  const temper = TEMPERS[p.difficulty];
  const floor = seed === undefined ? p.floor : drawFloor(p.floor, temper.floorSpread, seed, p.side);
  const bidding = reciprocalBidding({ concession: p.concession, floor, empathy: p.empathy, temper });
  return createNegotiator({
    id: `${p.id}@${level}`,
    bidding,
    acceptance: acReciprocal(bidding, temper, seed ?? 0),
    opponent: frequencyModel,
    statements: true,
    tone: TONE_BY_DIFFICULTY[persona.difficulty],
  });
}

/** A baseline negotiator other than the stubborn one (stubbornNegotiator); `seed` drives the random one. */
export function baselineNegotiator(name: Exclude<Baseline, 'stubborn'>, seed = 0): Negotiator {
  const blind = { opponent: blindModel, statements: false, tone: 'plain' } as const;
  switch (name) {
    case 'random':
      return createNegotiator({
        id: name,
        bidding: randomBidding(seed),
        acceptance: acRandom(seed),
        ...blind,
      });
    case 'linear':
      return createNegotiator({
        id: name,
        bidding: timeDependent({ concession: 1, floor: 0, empathy: 0 }),
        acceptance: acNext,
        ...blind,
      });
    case 'always-concede':
      return createNegotiator({
        id: name,
        bidding: timeDependent({ concession: Infinity, floor: 0, empathy: 0 }),
        acceptance: acAny,
        ...blind,
      });
    case 'never-concede':
      return createNegotiator({
        id: name,
        bidding: timeDependent({ concession: 1, floor: 1, empathy: 0 }),
        acceptance: acBest,
        ...blind,
      });
  }
}

/** A side's persona by id, or by a short name that is one dash-separated part of its id ('pragmatist' → 'us-pragmatist'). */
export function findPersona(model: Model, side: Side, name: string): Persona | null {
  const mine = model.personas.filter((p) => p.side === side);
  return mine.find((p) => p.id === name) ?? mine.find((p) => p.id.split(/[-_]/).includes(name)) ?? null;
}

/** A negotiator by persona id or name, or baseline name; with an error message when there is none. */
export function negotiatorFor(
  model: Model,
  side: Side,
  name: string,
  opts: { readonly seed?: number; readonly difficulty?: Difficulty } = {},
): { ok: true; negotiator: Negotiator } | { ok: false; message: string } {
  if (name === 'stubborn') return { ok: true, negotiator: stubbornNegotiator(model, side) };
  if ((BASELINES as readonly string[]).includes(name))
    return { ok: true, negotiator: baselineNegotiator(name as Exclude<Baseline, 'stubborn'>, opts.seed) };
  const persona = findPersona(model, side, name);
  if (persona) return { ok: true, negotiator: personaNegotiator(persona, opts.difficulty, opts.seed) };
  const known = [...model.personas.filter((p) => p.side === side).map((p) => p.id), ...BASELINES];
  return {
    ok: false,
    message: `No persona "${name}" for ${model.parties[side].id}; choose one of: ${known.join(', ')}.`,
  };
}

/**
 * Seeded negotiators of one side by persona or baseline name, one per game (for `simulate`); or
 * why the name is unknown. The name is checked once, not per game.
 */
export function negotiatorFactory(
  model: Model,
  side: Side,
  name: string,
  difficulty?: Difficulty,
): { ok: true; factory: NegotiatorFactory } | { ok: false; message: string } {
  const probe = negotiatorFor(model, side, name, { seed: 0, difficulty });
  if (!probe.ok) return probe;
  return {
    ok: true,
    factory: (seed) => {
      const r = negotiatorFor(model, side, name, { seed, difficulty });
      return r.ok ? r.negotiator : probe.negotiator;
    },
  };
}
