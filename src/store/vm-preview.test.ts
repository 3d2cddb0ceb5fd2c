// The table never misleads: what the live preview promises is what the result charges. For every
// shipped scenario (found by listing the folder, so later files are covered), random games are
// played to a random point; the preview of the offer on the table is compared with what accepting
// it now settles, and the preview of the draft (with the statement chosen) with what proposing it
// and the other side accepting it settles — constituencies, security indicators, approval, score,
// ratified and vetoes, for the human's side.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyMove,
  type GameState,
  type Model,
  type Move,
  newGame,
  type Package,
  type Side,
  textIn,
} from '../engine';
import { loadScenario } from '../scenario';
import type { StoreState } from './types';
import { selectStage, selectTable } from './vm-table';
import type { PreviewVM } from './vm-types';

const DIR = new URL('../../scenarios/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

function modelOf(file: string): Model {
  const r = loadScenario(readFileSync(new URL(file, DIR), 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.model;
}

/** A store state just rich enough for selectTable. */
function stateFor(model: Model, game: GameState, side: Side, draft: Package, statementId: string): StoreState {
  return {
    catalog: [{ id: model.id, fileName: `${model.id}.yaml`, model }],
    config: { scenarioId: model.id, side, personaId: '', difficulty: null, seed: game.seed },
    game,
    draft,
    statementId,
    thinking: false,
    settings: { lang: 'en' },
  } as unknown as StoreState;
}

/** A package from random numbers, one valid option per issue. */
const pkgOf = (model: Model, xs: readonly number[]): Package =>
  model.issues.map((issue, i) => (xs[i] ?? 0) % issue.options.length);

function play(model: Model, game: GameState, move: Move): GameState {
  const r = applyMove(model, game, move);
  if (!r.ok) throw new Error(r.rejection.message);
  return r.state;
}

/** The preview's figures against what the result charged the human's side. */
function expectCharged(p: PreviewVM, after: GameState, side: Side): void {
  const o = after.outcome;
  if (!o || (o.kind !== 'ratified' && o.kind !== 'rejectedAtHome')) throw new Error('no deal settled');
  if (o.kind === 'ratified') {
    const r = after.results![side];
    const charged = [...r.detail.constituencies, ...r.detail.security];
    expect(p.factors.map((f) => f.id)).toEqual(charged.map((f) => f.id));
    p.factors.forEach((f, i) => {
      expect(f.value).toBeCloseTo(charged[i]!.value, 9);
      expect(f.vetoes).toBe(charged[i]!.vetoes);
    });
    expect(p.approval).toBeCloseTo(r.detail.approval, 9);
    expect(p.securityIndex).toBeCloseTo(r.detail.securityIndex, 9);
    expect(p.timeCost).toBeCloseTo(r.timeCost, 9);
    expect(p.score).toBeCloseTo(r.score, 9);
    expect(p.ratified).toBe(true);
  } else {
    const mine = o.failures[side];
    expect(p.ratified).toBe(mine.length === 0);
    expect(p.failures.length).toBe(mine.length);
    const vetoed = mine.flatMap((f) => (f.kind === 'veto' ? [f.factor] : []));
    expect(p.factors.filter((f) => f.vetoes).map((f) => f.id)).toEqual(vetoed);
    // Failed at home on this side: the result is no deal, which the preview says it would score.
    if (mine.length > 0) expect(p.score).toBeCloseTo(after.results![side].score, 9);
  }
}

const arbGame = fc.record({
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
  side: fc.constantFrom<Side>(0, 1),
  moves: fc.array(
    fc.record({ pkg: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), statement: fc.nat() }),
    { maxLength: 40 },
  ),
  draft: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  statement: fc.nat(),
});

type GameSpec = typeof arbGame extends fc.Arbitrary<infer T> ? T : never;

describe.each(FILES)('the preview of %s promises what the result charges', (file) => {
  const model = modelOf(file);
  const statementFor = (side: Side, n: number): string | undefined => {
    const own = model.statements.filter((s) => s.side === side);
    return n % (own.length + 1) === 0 ? undefined : own[(n % (own.length + 1)) - 1]?.id;
  };

  /** A game played by random proposals (with random statements) to the human's turn, or null. */
  function reach(g: GameSpec): GameState | null {
    let game = newGame(model, g.seed);
    const stop = g.moves.length;
    for (let i = 0; i < stop; i++) {
      const m = g.moves[i]!;
      // Never end the game in the lead-up: stop before the last move of the last round.
      if (game.round === model.rules.rounds && game.movesThisRound === 1) break;
      if (i >= stop - 1 && game.turn === g.side) break;
      const statement = statementFor(game.turn, m.statement);
      game = play(model, game, { type: 'propose', side: game.turn, package: pkgOf(model, m.pkg), statement });
    }
    if (game.turn !== g.side) {
      if (game.round === model.rules.rounds && game.movesThisRound === 1) return null;
      const m = g.moves[0];
      game = play(model, game, { type: 'propose', side: game.turn, package: pkgOf(model, m?.pkg ?? []) });
    }
    return game.outcome ? null : game;
  }

  it('for the offer on the table, accepted now', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbGame, (g) => {
        const game = reach(g);
        if (!game?.standing || game.standing.by === g.side) return;
        const vm = selectTable(stateFor(model, game, g.side, pkgOf(model, g.draft), ''))!;
        const after = play(model, game, { type: 'accept', side: g.side });
        expectCharged(vm.standingPreview!, after, g.side);
        checked++;
      }),
      { numRuns: 100 },
    );
    expect(checked).toBeGreaterThan(30);
  }, 60_000);

  it('for the draft with its statement, proposed now and accepted at once', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbGame, (g) => {
        const game = reach(g);
        if (!game) return;
        const draft = pkgOf(model, g.draft);
        const statement = statementFor(g.side, g.statement);
        const vm = selectTable(stateFor(model, game, g.side, draft, statement ?? ''))!;
        const proposed = play(model, game, { type: 'propose', side: g.side, package: draft, statement });
        // Events that fire at the start of the next round are unknown to the preview.
        if (proposed.outcome || proposed.fired.length !== game.fired.length) return;
        const after = play(model, proposed, { type: 'accept', side: proposed.turn });
        expectCharged(vm.preview, after, g.side);
        checked++;
      }),
      { numRuns: 100 },
    );
    expect(checked).toBeGreaterThan(30);
  }, 60_000);
});

describe.each(FILES)('no traps at the table of %s', (file) => {
  const model = modelOf(file);
  it('asks before a last-move proposal that throws away a ratifiable offer, and before a failing accept', () => {
    let lastMoveWarned = 0;
    let acceptWarned = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0x7fffffff }),
        fc.array(fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), { minLength: 60, maxLength: 60 }),
        fc.nat(),
        (seed, pkgs, cut) => {
          // Play proposals up to a random point (often the human's last move: side 1 moves second).
          let game = newGame(model, seed);
          const side: Side = model.rules.firstMover === 0 ? 1 : 0;
          const moves = 2 * model.rules.rounds - 1 - (cut % 3);
          for (let i = 0; i < moves && !game.outcome; i++)
            game = play(model, game, { type: 'propose', side: game.turn, package: pkgOf(model, pkgs[i]!) });
          if (game.outcome || game.turn !== side) return;
          const vm = selectTable(stateFor(model, game, side, pkgOf(model, pkgs[59]!), ''))!;
          const sp = vm.standingPreview!;
          const last = game.round === model.rules.rounds && game.movesThisRound === 1;
          // The question is asked exactly when the trap is there.
          expect(vm.proposeWarning !== null).toBe(last && sp.ratified && sp.score > sp.walkAway);
          expect(vm.acceptWarning !== null).toBe(!sp.ratified);
          if (vm.proposeWarning) {
            lastMoveWarned++;
            // What it promises: proposing ends the talks with no deal at the walk-away score.
            const after = play(model, game, { type: 'propose', side, package: pkgOf(model, pkgs[59]!) });
            expect(after.outcome?.kind).toBe('deadline');
            expect(vm.proposeWarning).toContain(`(your score ${Math.round(after.results![side].score)})`);
          }
          if (vm.acceptWarning) {
            acceptWarned++;
            const after = play(model, game, { type: 'accept', side });
            expect(after.outcome?.kind).toBe('rejectedAtHome');
            for (const f of sp.failures) expect(vm.acceptWarning).toContain(f);
          }
        },
      ),
      { numRuns: 120 },
    );
    expect(acceptWarned).toBeGreaterThan(0);
    if (file.startsWith('busan')) expect(lastMoveWarned).toBeGreaterThan(0);
  }, 60_000);
});

describe.each(FILES)('news at the table of %s', (file) => {
  const model = modelOf(file);
  it("says what each event changed on the viewer's side only, and leaves the stage after its round", () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), fc.constantFrom<Side>(0, 1), fc.nat(12), (seed, side, n) => {
        let game = newGame(model, seed);
        for (let i = 0; i < n && !game.outcome; i++) {
          if (game.round === model.rules.rounds && game.movesThisRound === 1) break;
          game = play(model, game, { type: 'propose', side: game.turn, package: model.issues.map((x) => x.statusQuo) });
        }
        const state = stateFor(model, game, side, model.issues.map((x) => x.statusQuo), '');
        const vm = selectTable(state)!;
        const mine = [...model.parties[side].constituencies, ...model.parties[side].security].map((f) => textIn(f.name, 'en'));
        game.fired.forEach((id, i) => {
          const e = model.events.find((x) => x.id === id)!;
          const line = vm.news[i]!;
          for (const c of e.changes.filter((c) => c.baseline)) {
            const f = model.parties[c.side][c.kind === 'constituency' ? 'constituencies' : 'security'][c.factor]!;
            const name = textIn(f.name, 'en');
            if (c.side === side) {
              expect(line).toContain(`${name} `);
              seen++;
            }
            else if (!mine.includes(name) && name !== '') expect(line).not.toContain(`${name} `);
          }
        });
        const stage = selectStage(state)!;
        const last = game.log.filter((l) => l.kind === 'event').at(-1);
        expect(stage.news !== null).toBe(last !== undefined && last.round === game.round);
      }),
      { numRuns: 60 },
    );
    if (file.startsWith('busan')) expect(seen).toBeGreaterThan(0);
  }, 60_000);
});
