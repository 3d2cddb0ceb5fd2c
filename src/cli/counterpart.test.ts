// The counterpart on the shipped Busan scenario: it concedes in visible steps to a side that
// concedes, hardens against one that never moves (a final offer, then it stands by it or walks
// out), and a hardliner walks out sooner than a dealmaker.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Negotiator } from '../ai';
import { findPersona, personaNegotiator } from '../ai';
import type { Model, Move, Package, Side } from '../engine';
import {
  analyze,
  applyMove,
  createCache,
  currentModel,
  newGame,
  packageOf,
  playerView,
  scorePackage,
} from '../engine';
import { loadScenario } from '../scenario';

const busan = (() => {
  const r = loadScenario(readFileSync('scenarios/busan-2025.yaml', 'utf8'), 'busan-2025.yaml');
  if (!r.ok) throw new Error('busan-2025.yaml does not load');
  return r.model;
})();
/** One cache for every game of this file, as a session or a simulation keeps one. */
const cache = createCache();

/** The ZOPA's Pareto frontier, best for side 0 first. */
function frontier(model: Model): Package[] {
  const a = analyze(model);
  if (!a.ok) throw new Error(a.error.message);
  return a.analysis.frontier.map((i) => packageOf(a.analysis, i)).reverse();
}

interface Played {
  /** The computer's moves, in order. */
  readonly moves: Move[];
  /** Each of its proposals scored for the scripted side (on the payoffs of that moment). */
  readonly forThem: number[];
  /** Each of its proposals scored for itself. */
  readonly forSelf: number[];
  readonly outcome: string;
}

/** The computer (side 1) against a scripted side 0 that proposes `script(k)` in round k + 1 and never accepts. */
function play(model: Model, ai: Negotiator, script: (k: number) => Package, seed = 1): Played {
  let state = newGame(model, seed);
  const moves: Move[] = [];
  const forThem: number[] = [];
  const forSelf: number[] = [];
  let k = 0;
  while (!state.outcome) {
    const side: Side = state.turn;
    const move: Move | null =
      side === 1
        ? ai.decide(playerView(model, state, 1, cache), cache)
        : { type: 'propose', side: 0, package: script(k++) };
    if (!move) throw new Error('no move');
    if (side === 1) {
      moves.push(move);
      if (move.type === 'propose') {
        forThem.push(scorePackage(currentModel(model, state), 0, move.package).score);
        forSelf.push(scorePackage(currentModel(model, state), 1, move.package).score);
      }
    }
    const r = applyMove(model, state, move);
    if (!r.ok) throw new Error(r.rejection.code);
    state = r.state;
  }
  return { moves, forThem, forSelf, outcome: state.outcome.kind };
}

describe('reciprocity', () => {
  const line = frontier(busan);
  const rounds = busan.rules.rounds;
  /** From the frontier point best for the US halfway toward the best for China, step by step. */
  const conceding = (k: number) =>
    line[Math.round((Math.min(k, rounds - 1) / (rounds - 1)) * 0.5 * (line.length - 1))]!;
  const stonewalling = () => line[0]!;
  const pragmatist = findPersona(busan, 1, 'pragmatist')!;

  it('answers a side that concedes with visibly better offers over the rounds', () => {
    for (const seed of [1, 2, 3]) {
      const { forThem } = play(busan, personaNegotiator(pragmatist, 'normal', seed), conceding, seed);
      expect(forThem.length).toBeGreaterThanOrEqual(4);
      const steps = forThem.slice(1).map((x, i) => x - forThem[i]!);
      expect(steps.filter((d) => d > 0.5).length).toBeGreaterThanOrEqual(steps.length / 2);
      expect(forThem.at(-1)! - forThem[0]!).toBeGreaterThan(10);
    }
  });

  it('asks less of a side that concedes than of one that never moves', () => {
    for (const seed of [1, 2, 3]) {
      const own = (script: (k: number) => Package) =>
        play(busan, personaNegotiator(pragmatist, 'normal', seed), script, seed).forSelf.slice(1, rounds - 2);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean(own(conceding))).toBeLessThan(mean(own(stonewalling)));
    }
  });

  it('announces a final offer to a side that never moves, then stands by it or walks out', () => {
    for (const persona of busan.personas.filter((p) => p.side === 1)) {
      for (const seed of [1, 2, 3, 4]) {
        const { moves, outcome } = play(
          busan,
          personaNegotiator(persona, persona.difficulty, seed),
          stonewalling,
          seed,
        );
        const at = moves.findIndex((m) => m.type === 'propose' && m.final);
        expect(at, `${persona.id} seed ${seed}`).toBeGreaterThanOrEqual(0);
        const final = moves[at]!;
        for (const m of moves.slice(at + 1)) {
          if (m.type === 'propose' && final.type === 'propose') expect(m.package).toEqual(final.package);
          expect(m.type).not.toBe('accept');
        }
        expect(['walkAway', 'deadline']).toContain(outcome);
      }
    }
  });

  it('walks out on a stonewaller more often when it is a hardliner', () => {
    const walks = (id: string) =>
      Array.from({ length: 40 }, (_, seed) => {
        const p = busan.personas.find((x) => x.id === id)!;
        return play(busan, personaNegotiator(p, p.difficulty, seed), stonewalling, seed).outcome;
      }).filter((o) => o === 'walkAway').length;
    expect(walks('cn-hardliner')).toBeGreaterThan(walks('cn-dealmaker'));
  });
});
