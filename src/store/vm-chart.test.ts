// The debrief's numbers checked against the engine's own scoring of each package (never against
// the analysis the view model is built from), by brute force over the test scenario's packages.
import { describe, expect, it } from 'vitest';
import type { Model, Package, Side } from '../engine';
import {
  analyze,
  currentModel,
  packageAt,
  packageCount,
  scorePackage,
  statusQuo,
  textIn,
  walkAwayScore,
} from '../engine';
import { fmtSigned } from '../i18n';
import { createGameStore } from './store';
import { testOptions } from './test-kit';
import { dealOf, selectDebrief } from './vm-end';

type Store = ReturnType<typeof createGameStore>;

const started = (): Store => {
  const store = createGameStore(testOptions());
  store.getState().beginBriefing();
  store.getState().beginTable();
  return store;
};

/** Propose one package until the game ends. */
function proposing(pkg: Package): Store {
  const store = started();
  for (let i = 0; i < 10 && !store.getState().game?.outcome; i++) {
    for (const [k, o] of pkg.entries()) store.getState().setOption(k, o);
    store.getState().propose();
  }
  return store;
}

/** The test scenario's Nash package, proposed until the computer takes it (in round 5). */
function ratifiedGame(): Store {
  const model = started().getState().catalog[0]!.model;
  const r = analyze(model);
  if (!r.ok) throw new Error('no analysis');
  const store = proposing(packageAt(model, r.analysis.nash!));
  expect(store.getState().game?.outcome?.kind).toBe('ratified');
  return store;
}

/** The final ground of the game and a scorer of packages on it (statements made included). */
function ground(store: Store) {
  const s = store.getState();
  const model = currentModel(s.catalog[0]!.model, s.game!);
  const score = (side: Side, pkg: Package) =>
    scorePackage(model, side, pkg, { statements: s.game!.statements[side] }).score;
  return { model, score, human: s.config!.side, comp: (1 - s.config!.side) as Side };
}

describe('debrief chart in score points', () => {
  it('plots every package at both sides’ scores, the human on x', () => {
    const store = ratifiedGame();
    const { model, score, human, comp } = ground(store);
    const chart = selectDebrief(store.getState())!.chart!;
    expect(chart.xLabel).toBe('United States score (0–100)');
    expect(chart.all.xs.length).toBe(packageCount(model));
    for (let i = 0; i < packageCount(model); i++) {
      const pkg = packageAt(model, i);
      expect(chart.all.xs[i]).toBeCloseTo(score(human, pkg), 9);
      expect(chart.all.ys[i]).toBeCloseTo(score(comp, pkg), 9);
    }
    expect(chart.walkAway.x).toBeCloseTo(walkAwayScore(model, human), 9);
  });

  it('puts the deal where the result says, before its time cost', () => {
    const store = ratifiedGame();
    const game = store.getState().game!;
    const { human, comp } = ground(store);
    const chart = selectDebrief(store.getState())!.chart!;
    const r = game.results!;
    expect(r[human].timeCost).toBeGreaterThan(0);
    expect(chart.yours!.x).toBeCloseTo(r[human].score + r[human].timeCost, 9);
    expect(chart.yours!.y).toBeCloseTo(r[comp].score + r[comp].timeCost, 9);
  });

  it('draws each side’s proposals in order as a path', () => {
    const store = ratifiedGame();
    const { score, human, comp } = ground(store);
    const chart = selectDebrief(store.getState())!.chart!;
    const proposals = store
      .getState()
      .game!.log.flatMap((e) => (e.kind === 'move' && e.move.type === 'propose' ? [e.move] : []));
    const path = (side: Side) =>
      proposals.filter((m) => m.side === side).map((m) => [score(human, m.package), score(comp, m.package)]);
    const round = (pts: readonly { x: number; y: number }[]) => pts.map((p) => [p.x, p.y]);
    expect(chart.offers.mine.length).toBeGreaterThan(1);
    expect(round(chart.offers.mine)).toEqual(path(human));
    expect(round(chart.offers.theirs)).toEqual(path(comp));
  });

  it('explains the frontier, zone, Nash and Kalai in one sentence each', () => {
    const chart = selectDebrief(ratifiedGame().getState())!.chart!;
    const terms = chart.explain.map((e) => e.term);
    for (const k of ['frontier', 'zopa', 'nash', 'kalai'] as const) expect(terms).toContain(chart.legend[k]);
    for (const e of chart.explain) expect(e.text.match(/[.!?]/g)).toHaveLength(1);
  });
});

describe('your deal against the real one', () => {
  it('gives the difference of your result from the historical package’s scores', () => {
    const store = ratifiedGame();
    const { score, human, comp } = ground(store);
    const game = store.getState().game!;
    const real = store.getState().catalog[0]!.model.historical!.package;
    const you = fmtSigned(game.results![human].score - score(human, real));
    const them = fmtSigned(game.results![comp].score - score(comp, real));
    expect(selectDebrief(store.getState())!.versusReal).toContain(`${you} for you, ${them} for them`);
  });
});

describe('better deals for both', () => {
  /** Brute force: packages both ratify that are at least as good for both and better for one. */
  function improvements(store: Store, deal: Package): string[] {
    const { model, score } = ground(store);
    const ratified = (side: Side, pkg: Package) =>
      scorePackage(model, side, pkg, { statements: store.getState().game!.statements[side] }).ratified;
    const base = [score(0, deal), score(1, deal)];
    const out: string[] = [];
    for (let i = 0; i < packageCount(model); i++) {
      const pkg = packageAt(model, i);
      const s = [score(0, pkg), score(1, pkg)];
      const ok = ratified(0, pkg) && ratified(1, pkg) && s.every((x, k) => x >= base[k]!);
      if (ok && s.some((x, k) => x > base[k]!)) out.push(pkg.join());
    }
    return out;
  }

  /** The package a better deal shows, read back from its option labels. */
  const packageOf = (model: Model, terms: readonly { option: string }[]): Package =>
    terms.map((term, k) => model.issues[k]!.options.findIndex((o) => textIn(o.label, 'en') === term.option));

  it('after a ratified deal: whole packages brute force finds better, changes marked, gains in points', () => {
    const store = proposing([1, 2, 1, 0]);
    expect(store.getState().game!.outcome?.kind).toBe('ratified');
    const { model, score, human, comp } = ground(store);
    const deal = dealOf(store.getState().game!)!;
    const expected = improvements(store, deal);
    const d = selectDebrief(store.getState())!;
    expect(expected.length).toBeGreaterThan(0);
    expect(d.better).toHaveLength(Math.min(5, expected.length));
    for (const b of d.better) {
      expect(b.terms).toHaveLength(model.issues.length);
      const pkg = packageOf(model, b.terms);
      expect(expected).toContain(pkg.join());
      pkg.forEach((o, k) => {
        expect(b.terms[k]!.changed).toBe(o !== deal[k]);
        expect(b.terms[k]!.was !== null).toBe(o !== deal[k]);
      });
      expect(b.heading).toContain(`(${fmtSigned(score(human, pkg) - score(human, deal))})`);
      expect(b.heading).toContain(`(${fmtSigned(score(comp, pkg) - score(comp, deal))})`);
    }
  });

  it('after walking away: deals in the zone, gains over no deal, changes from the status quo', () => {
    const store = started();
    store.getState().walkAway();
    const { model, score, human, comp } = ground(store);
    const d = selectDebrief(store.getState())!;
    const sq = statusQuo(model);
    expect(d.better.length).toBeGreaterThan(0);
    expect(d.betterIntro).toBe('You ended with no deal; each package below beats that for both sides.');
    for (const b of d.better) {
      const pkg = packageOf(model, b.terms);
      for (const [k, o] of pkg.entries()) expect(b.terms[k]!.changed).toBe(o !== sq[k]);
      expect(b.heading).toContain(`(${fmtSigned(score(human, pkg) - walkAwayScore(model, human))})`);
      expect(b.heading).toContain(`(${fmtSigned(score(comp, pkg) - walkAwayScore(model, comp))})`);
    }
  });
});
