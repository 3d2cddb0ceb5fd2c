import { describe, expect, it } from 'vitest';
import type { GameState, Model, Move, Package, Reason, Side, SideScore } from '../engine';
import {
  applyMove,
  createCache,
  currentModel,
  newGame,
  other,
  playerView,
  REASON_CODES,
  scorePackage,
  TONES,
  walkAwayScore,
} from '../engine';
import { randomModel } from '../engine/testing';
import { negotiatorFor } from './personas';
import { withPersonas } from './testing';

/** The cache these tests' negotiators share, as a simulator or store would own one. */
const cache = createCache();

/** Plays a game between two negotiators; every state before a move, with the move. */
function play(
  model: Model,
  names: readonly [string, string],
  seed: number,
): { before: GameState; move: Move }[] {
  const sides = [negotiatorFor(model, 0, names[0], { seed }), negotiatorFor(model, 1, names[1], { seed })];
  let state = newGame(model, seed);
  const out: { before: GameState; move: Move }[] = [];
  while (!state.outcome) {
    const r = sides[state.turn]!;
    if (!r.ok) throw new Error(r.message);
    const move = r.negotiator.decide(playerView(model, state, state.turn, cache), cache)!;
    out.push({ before: state, move });
    const next = applyMove(model, state, move);
    if (!next.ok) throw new Error(next.rejection.code);
    state = next.state;
  }
  return out;
}

const MODELS = Array.from({ length: 30 }, (_, seed) =>
  withPersonas(randomModel(seed, { issues: [3, 5], options: [2, 4], factors: [2, 3], range: 40 })),
);
const PAIRS = [
  ['pragmatist', 'hardliner'],
  ['dealmaker', 'pragmatist'],
  ['hardliner', 'random'],
] as const;

describe('reasons are data', () => {
  it('carry a known code and only ids of what the mover may name, numbers and its tone', () => {
    let checked = 0;
    for (const [seed, model] of MODELS.entries()) {
      for (const pair of PAIRS) {
        for (const { move } of play(model, pair, seed)) {
          const r = move.reason!;
          expect(REASON_CODES).toContain(r.code);
          const own = model.parties[move.side];
          const ids = new Set<string | number>([
            ...model.issues.flatMap((i) => [i.id, ...i.options.map((o) => o.id)]),
            ...[...own.constituencies, ...own.security].map((f) => f.id),
            ...model.statements.map((s) => s.id),
            ...TONES,
          ]);
          for (const v of Object.values(r.params)) if (typeof v === 'string') expect(ids).toContain(v);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  }, 60_000);
});

/** A factor's value in a scoring, by id. */
const value = (s: SideScore, id: unknown) =>
  [...s.constituencies, ...s.security].find((f) => f.id === id)!.value;

/** Checks one reason against the engine's own scoring of the packages it speaks of. */
function checkTruth(model: Model, before: GameState, move: Move): void {
  const side = move.side;
  const now = currentModel(model, before);
  const score = (pkg: Package) => scorePackage(now, side, pkg, { statements: before.statements[side] });
  const offers = (s: Side) =>
    before.log.flatMap((e) =>
      e.kind === 'move' && e.move.side === s && e.move.type === 'propose' ? [e.move.package] : [],
    );
  const [theirs, mine] = [offers(other(side)), offers(side)];
  const at = (id: unknown) => model.issues.findIndex((i) => i.id === id);
  const opt = (issue: unknown, id: unknown) => model.issues[at(issue)]!.options.findIndex((o) => o.id === id);
  const swap = (base: Package, to: Package, i: number) =>
    score(base.map((o, j) => (j === i ? to[i]! : o))).score - score(base).score;
  const r: Reason = move.reason!;
  const p = r.params;
  const ours = move.type === 'propose' ? move.package : null;
  const standing = before.standing?.package ?? null;
  const tag = `${r.code} ${JSON.stringify(p)}`;
  switch (r.code) {
    case 'need':
    case 'linkNeeded':
    case 'linkRefused':
      expect(value(score(ours!), p.factor), tag).toBeGreaterThan(value(score(standing!), p.factor));
      if (r.code === 'need') expect(ours![at(p.issue)], tag).toBe(opt(p.issue, p.ours));
      break;
    case 'veto':
      expect(
        score(standing!).failures.some((f) => f.kind === 'veto' && f.factor === p.factor),
        tag,
      ).toBe(true);
      break;
    case 'noSupport':
      expect(score(standing!).ratified, tag).toBe(false);
      break;
    case 'noSupportNeed':
      expect(score(standing!).ratified, tag).toBe(false);
      expect(value(score(ours!), p.factor), tag).toBeGreaterThan(value(score(standing!), p.factor));
      break;
    case 'worseThanNoDeal':
      expect(score(standing!).score, tag).toBeLessThanOrEqual(walkAwayScore(now, side) + 1e-9);
      break;
    case 'reciprocate':
      expect(swap(theirs.at(-2)!, theirs.at(-1)!, at(p.theirIssue)), tag).toBeGreaterThan(0);
      expect(swap(mine.at(-1)!, ours!, at(p.ourIssue)), tag).toBeLessThan(0);
      break;
    case 'nowWithin': {
      const i = at(p.issue);
      expect(ours![i], tag).toBe(opt(p.issue, p.option));
      expect(theirs.some((t) => t[i] === ours![i]) && !mine.some((m) => m[i] === ours![i]), tag).toBe(true);
      if (p.viaIssue !== undefined) expect(swap(mine.at(-1)!, ours!, at(p.viaIssue)), tag).toBeGreaterThan(0);
      break;
    }
    case 'harden':
    case 'hardenStatement':
      expect(score(ours!).score, tag).toBeGreaterThanOrEqual(score(mine.at(-1)!).score - 1e-6);
      if (r.code === 'hardenStatement') expect(before.standing?.statement, tag).toBe(p.statement);
      else expect(score(theirs.at(-1)!).score, tag).toBeLessThanOrEqual(score(theirs.at(-2)!).score + 1e-6);
      break;
    case 'movedToward': {
      const i = at(p.issue);
      expect([ours![i] === standing![i], ours![i] !== mine.at(-1)![i]], tag).toEqual([true, true]);
      break;
    }
    case 'open':
    case 'accept': {
      const base =
        r.code === 'open'
          ? score(model.issues.map((i) => i.statusQuo))
          : scorePackage(now, side, [], { noDeal: true });
      expect(value(score(ours ?? standing!), p.factor), tag).toBeGreaterThan(value(base, p.factor));
      break;
    }
    case 'acceptMoved':
      expect(swap(theirs.at(-2)!, theirs.at(-1)!, at(p.issue)), tag).toBeGreaterThan(0);
      break;
    case 'walkOut':
      expect(
        before.log.some(
          (e) => e.kind === 'move' && e.move.side === side && e.move.type === 'propose' && e.move.final,
        ),
        tag,
      ).toBe(true);
      break;
  }
}

describe('reasons are true', () => {
  it('name what the engine’s own scoring shows, in the packages they speak of', () => {
    const seen = new Set<string>();
    for (const [seed, model] of MODELS.entries()) {
      for (const pair of PAIRS) {
        for (const { before, move } of play(model, pair, seed)) {
          checkTruth(model, before, move);
          seen.add(move.reason!.code);
        }
      }
    }
    // The checks above ran on the reasons that matter most.
    for (const code of ['need', 'veto', 'reciprocate', 'nowWithin', 'harden', 'open', 'accept'])
      expect(seen, code).toContain(code);
  }, 60_000);
});
