// Every number a player reads in every shipped scenario (each file in scenarios/, so scenarios added
// later are covered too) comes from the model, or is a real-world figure the rules of
// scenario/figures.ts allow. Placeholder values are checked against the file's own numbers and the
// engine's scoring, computed here independently of the renderer.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Model, scorePackage, type Side, statusQuo } from '../engine';
import {
  compileScenario,
  fileTexts,
  fillModel,
  loadScenario,
  looseFigures,
  type Ref,
  type ScenarioFile,
  textSegments,
} from '../scenario';
import { SCREEN_NUMBERS } from './catalog';
import { selectBriefing } from './vm-start';
import { createGameStore } from './store';
import { testOptions } from './test-kit';

const DIR = new URL('../../scenarios/', import.meta.url);
const FILES = readdirSync(DIR).filter((n) => n.endsWith('.yaml'));

function load(name: string): { file: ScenarioFile; model: Model } {
  const r = loadScenario(readFileSync(new URL(name, DIR), 'utf8'), name);
  if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => e.message).join('; ')}`);
  return r;
}

type Payoff = ScenarioFile['payoffs'][string];
type FileFactor = Payoff['constituencies'][number] | Payoff['security'][number];
const payoffOf = (file: ScenarioFile, party: string): Payoff => file.payoffs[party]!;
const factorOf = (file: ScenarioFile, party: string, id: string): FileFactor =>
  [...payoffOf(file, party).constituencies, ...payoffOf(file, party).security].find((f) => f.id === id)!;

/** A factor's value under the status quo (plus `extra`), from the file's numbers. */
function statusQuoValue(file: ScenarioFile, f: FileFactor, extra = 0): number {
  const sq = new Map(file.issues.map((i) => [i.id, i.statusQuo]));
  let v = f.baseline + extra;
  for (const [issue, byOption] of Object.entries(f.effects)) v += byOption[sq.get(issue) ?? ''] ?? 0;
  for (const x of f.interactions ?? [])
    if (Object.entries(x.when).every(([issue, option]) => sq.get(issue) === option)) v += x.change;
  return Math.max(0, Math.min(100, v));
}

const mean = (pairs: readonly (readonly [number, number])[]) =>
  pairs.reduce((s, [w, v]) => s + w * v, 0) / pairs.reduce((s, [w]) => s + w, 0);

function approvalOf(file: ScenarioFile, party: string, noDeal: boolean): number {
  const p = payoffOf(file, party);
  return mean(
    p.constituencies.map((c) => [
      c.clout,
      statusQuoValue(file, c, noDeal ? (p.noDeal.effects[c.id] ?? 0) : 0),
    ]),
  );
}

/** The number a placeholder must show, computed from the file and the engine's scoring. */
function expected(file: ScenarioFile, model: Model, ref: Exclude<Ref, { kind: 'fact' }>): number {
  if (ref.kind === 'rounds') return file.rules.rounds;
  const p = payoffOf(file, ref.party);
  if (ref.kind === 'party') {
    switch (ref.quantity) {
      case 'threshold':
        return p.ratification.threshold;
      case 'costPerRound':
        return p.costPerRound ?? 0;
      case 'approvalShare':
        return p.approvalWeight * 100;
      case 'securityShare':
        return (1 - p.approvalWeight) * 100;
      case 'statusQuoApproval':
        return approvalOf(file, ref.party, false);
      case 'walkAway': {
        const security = mean(
          p.security.map((s) => [s.weight, statusQuoValue(file, s, p.noDeal.effects[s.id] ?? 0)]),
        );
        return p.approvalWeight * approvalOf(file, ref.party, true) + (1 - p.approvalWeight) * security;
      }
    }
  }
  const f = factorOf(file, ref.party, ref.factor);
  if (ref.kind === 'factor') {
    if (ref.quantity === 'baseline') return f.baseline;
    if (ref.quantity === 'veto') return (f as { veto?: number }).veto ?? Number.NaN;
    return (f as { clout?: number }).clout ?? (f as { weight?: number }).weight ?? Number.NaN;
  }
  // An effect: what the engine's scoring of the status quo with that one option changed attributes to it.
  const side = model.parties.findIndex((x) => x.id === ref.party) as Side;
  const issue = model.issues.findIndex((i) => i.id === ref.issue);
  const pkg = [...statusQuo(model)];
  pkg[issue] = model.issues[issue]!.options.findIndex((o) => o.id === ref.option);
  const scored = scorePackage(model, side, pkg);
  const factor = [...scored.constituencies, ...scored.security].find((x) => x.id === ref.factor)!;
  const cause = factor.causes.find((c) => c.kind === 'option' && c.issue === issue);
  return cause?.change ?? 0;
}

/** A number as shown ('+32', '−5', '0.4', '60%', '1,300') read back. */
const shown = (s: string) => Number(s.replace(/[+,%]/g, '').replace('\u2212', '-'));

/** How far a shown value may be from the model's: rounding to two decimals or to a whole number. */
const tolerance = (ref: Ref) => (ref.kind === 'party' && ref.quantity === 'costPerRound' ? 0.005 : 0.5);

describe('placeholders', () => {
  const { file, model } = load('busan-2025.yaml');

  it('of every kind show the model’s value', () => {
    const text =
      '{rounds} {us.threshold} {cn.costPerRound} {us.approvalShare} {cn.securityShare} {us.statusQuoApproval} ' +
      '{cn.walkAway} {us.hawks.baseline} {us.hawks.clout} {us.hawks.veto} {cn.tech-autonomy.weight} ' +
      '{us.hawks.effects.ai-chips.blackwell} {cn.exporters.effects.fentanyl-tariff.t10} {us.farmers.effects.ai-chips.h200}';
    const segments = textSegments(model, text, SCREEN_NUMBERS, 'en').filter((s) => s.ref);
    expect(segments).toHaveLength(14);
    for (const seg of segments) {
      const ref = seg.ref as Exclude<Ref, { kind: 'fact' }>;
      expect(
        Math.abs(shown(seg.text) - expected(file, model, ref)),
        `${JSON.stringify(ref)}: ${seg.text}`,
      ).toBeLessThanOrEqual(tolerance(ref));
    }
  });

  it('are filled in every text of the model the game plays with', () => {
    // Every text of the file names the number of rounds; none may reach the game unfilled.
    const marked = structuredClone(file) as unknown as Record<string, unknown>;
    for (const t of fileTexts(file)) {
      const last = t.path.at(-1)!;
      const parent = t.path
        .slice(0, -1)
        .reduce<Record<string | number, unknown>>((o, k) => o[k] as never, marked);
      parent[last] = `{rounds}`;
    }
    const r = compileScenario(marked as unknown as ScenarioFile, 'busan-2025.yaml');
    if (!r.ok) throw new Error(r.error);
    const json = JSON.stringify(fillModel(r.model, SCREEN_NUMBERS));
    expect(JSON.stringify(r.model)).toContain('{rounds}');
    expect(json).not.toContain('{rounds}');
    expect(json.split(`"${file.rules.rounds}"`).length - 1).toBe(fileTexts(file).length);
  });
});

describe.each(FILES)('every number a player reads in %s', (name) => {
  const { file, model } = load(name);

  it('comes from a placeholder with the model’s value, or is a figure the rules allow', () => {
    const problems: string[] = [];
    for (const t of fileTexts(file)) {
      const where = t.path.join('.');
      let full = '';
      const covered: [number, number][] = [];
      for (const seg of textSegments(model, t.text, SCREEN_NUMBERS, t.lang ?? 'en')) {
        if (seg.ref) {
          covered.push([full.length, full.length + seg.text.length]);
          if (seg.ref.kind !== 'fact') {
            const want = expected(file, model, seg.ref);
            if (!(Math.abs(shown(seg.text) - want) <= tolerance(seg.ref)))
              problems.push(
                `${where}: shows ${seg.text} for ${JSON.stringify(seg.ref)}, the model has ${want}`,
              );
          }
        }
        full += seg.text;
      }
      if (full.includes('{')) problems.push(`${where}: a placeholder is left unfilled`);
      // The title is a name ("Trade truce 101"): numbers in it are not checked.
      if (t.path[0] === 'title') continue;
      for (const f of looseFigures(full, covered))
        problems.push(
          `${where}: "${f.text}" is typed by hand: …${full.slice(Math.max(0, f.at - 30), f.at + 20).replace(/\s+/g, ' ')}…`,
        );
    }
    expect(problems).toEqual([]);
  });

  it.each(model.parties.map((p, side) => [p.id, side as Side] as const))(
    'the briefing screen for %s shows the time cost, threshold and shares the model charges',
    (party, side) => {
      const store = createGameStore(
        testOptions({ scenarios: [{ fileName: name, file }], defaultScenarioId: model.id }),
      );
      store.getState().updateSetup({ side });
      store.getState().beginBriefing();
      const vm = selectBriefing(store.getState())!;
      const p = payoffOf(file, party);
      const numbers = (s: string | null) => (s?.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
      expect(numbers(vm.timeCost)).toEqual((p.costPerRound ?? 0) > 0 ? [p.costPerRound] : []);
      expect(numbers(vm.ratification)).toEqual([p.ratification.threshold]);
      expect(numbers(vm.scoreRule)).toEqual([p.approvalWeight * 100, 100 - p.approvalWeight * 100]);
      const texts = JSON.stringify(vm).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
      expect(texts.filter((x) => /[{}]/.test(x))).toEqual([]);
    },
  );
});
