import { describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import type { Diagnostic } from './diagnostic';
import { looseFigures } from './figures';
import { lineText, miniWith, set } from './fixtures/mini';
import { loadScenario } from './load';
import { parseText } from './placeholder';

describe('parseText', () => {
  it('cuts a text into literals and placeholders of every form', () => {
    const text =
      'Support {us.farmers.baseline}, a {us.farmers.effects.soybeans.p25} change, {rounds} rounds, {us.threshold} and {fact 27 MMT}.';
    const { pieces, errors } = parseText(text);
    expect(errors).toEqual([]);
    expect(pieces.map((p) => (typeof p === 'string' ? p : p.ref))).toEqual([
      'Support ',
      { kind: 'factor', party: 'us', factor: 'farmers', quantity: 'baseline' },
      ', a ',
      { kind: 'effect', party: 'us', factor: 'farmers', issue: 'soybeans', option: 'p25' },
      ' change, ',
      { kind: 'rounds' },
      ' rounds, ',
      { kind: 'party', party: 'us', quantity: 'threshold' },
      ' and ',
      { kind: 'fact', text: '27 MMT' },
      '.',
    ]);
    const first = pieces[1];
    expect(typeof first !== 'string' && text.slice(first!.at, first!.at + first!.raw.length)).toBe(
      '{us.farmers.baseline}',
    );
  });

  it('reports what it cannot read and keeps it in the text as written', () => {
    const text = 'a {us.farmers.size} b {us.farmers.effect.soybeans.p25} c {fact } d { e } f } g {h';
    const { pieces, errors } = parseText(text);
    expect(errors.map((e) => [text.slice(e.at, e.at + e.raw.length), e.message])).toEqual([
      ['{us.farmers.size}', 'unknown quantity "size" of a constituency or indicator in {us.farmers.size}'],
      [
        '{us.farmers.effect.soybeans.p25}',
        '"effect" where "effects" belongs in {us.farmers.effect.soybeans.p25}',
      ],
      ['{fact }', 'not a placeholder in {fact }'],
      ['{ e }', 'not a placeholder in { e }'],
      ['}', 'a "}" without its "{"'],
      ['{', 'a "{" without its "}"'],
    ]);
    expect(pieces).toEqual([text]);
  });
});

/** Load the mini scenario with an edit; its errors, each with the source from its column on. */
function errorsOf(edit: (doc: Document) => void): (Diagnostic & { at: string })[] {
  const text = miniWith(edit);
  const r = loadScenario(text, 'm.yaml');
  if (r.ok) throw new Error('expected errors, the file loaded');
  return r.errors.map((e) => ({ ...e, at: lineText(text, e.line).slice(e.column - 1) }));
}

describe('the checker reads every placeholder in every text', () => {
  it('accepts placeholders that name what the file defines', () => {
    const text = miniWith(
      set(
        ['payoffs', 'us', 'briefing'],
        'Farmers {us.farmers.baseline} ({us.farmers.clout}), farmers veto below {us.farmers.veto}, tech {us.tech-lead.weight}; {us.farmers.effects.soybeans.p25}; {cn.threshold}, {cn.costPerRound}, {us.approvalShare}/{us.securityShare}, {us.statusQuoApproval}, {us.walkAway}, {rounds}.',
      ),
    );
    const r = loadScenario(text, 'm.yaml');
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('locates an unknown id at its placeholder, in any text, with the closest id', () => {
    const errs = errorsOf((d) => {
      set(
        ['issues', 1, 'options', 1, 'description'],
        'Worth {us.farmers.effects.soybeans.p13} to farmers.',
      )(d);
      set(
        ['payoffs', 'cn', 'briefing'],
        'You need {cn.threshold}; exporters are at {cn.exporter.baseline}.',
      )(d);
      set(['glossary'], [{ term: 'Deadline', definition: 'After {rounds} rounds, {uss.threshold}.' }])(d);
    });
    expect(errs.map((e) => [e.code, e.path, e.message, e.at])).toEqual([
      [
        'unknown-id',
        'issues[1].options[1].description',
        'unknown option "p13" of issue soybeans in {us.farmers.effects.soybeans.p13} (did you mean "p12"?)',
        '{us.farmers.effects.soybeans.p13} to farmers.',
      ],
      [
        'unknown-id',
        'payoffs.cn.briefing',
        'unknown constituency or indicator "exporter" of party cn in {cn.exporter.baseline} (did you mean "exporters"?)',
        '{cn.exporter.baseline}.',
      ],
      [
        'unknown-id',
        'glossary[0].definition',
        'unknown party "uss" in {uss.threshold} (did you mean "us"?)',
        '{uss.threshold}.',
      ],
    ]);
  });

  it('reports a quantity the named factor does not have, and a brace that opens nothing', () => {
    const errs = errorsOf((d) => {
      set(
        ['payoffs', 'us', 'briefing'],
        'Clout {us.tech-lead.clout}, weight {us.farmers.weight}, veto {us.hawks.veto} }',
      )(d);
    });
    expect(errs.map((e) => [e.code, e.message, e.at])).toEqual([
      [
        'bad-placeholder',
        'tech-lead is a security indicator: it has a weight, not a clout in {us.tech-lead.clout}',
        '{us.tech-lead.clout}, weight {us.farmers.weight}, veto {us.hawks.veto} }',
      ],
      [
        'bad-placeholder',
        'farmers is a constituency: it has a clout, not a weight in {us.farmers.weight}',
        '{us.farmers.weight}, veto {us.hawks.veto} }',
      ],
      ['bad-placeholder', 'hawks of party us has no veto level in {us.hawks.veto}', '{us.hawks.veto} }'],
      ['bad-placeholder', 'a "}" without its "{"', '}'],
    ]);
  });
});

describe('the checker warns about numbers typed by hand', () => {
  it('at the number, with what to write instead; placeholders, facts and titles pass', () => {
    const text = miniWith((d) => {
      set(['title'], 'Mini 101')(d);
      set(
        ['payoffs', 'us', 'briefing'],
        'Support {us.farmers.baseline} out of 100, need 50 in {rounds} rounds, {fact 13} precursors, 2025.',
      )(d);
      set(['payoffs', 'cn', 'briefing'], 'You have four rounds.')(d);
    });
    const r = loadScenario(text, 'm.yaml');
    if (!r.ok) throw new Error('the file should load');
    const warned = r.warnings.map((w) => [
      w.code,
      w.path,
      w.message,
      w.expected,
      lineText(text, w.line).slice(w.column - 1),
    ]);
    expect(warned).toEqual([
      [
        'typed-number',
        'payoffs.us.briefing',
        'the number "50" is typed by hand',
        'a placeholder if it is a model number, {fact 50} if it is a real-world figure',
        '50 in {rounds} rounds, {fact 13} precursors, 2025.',
      ],
      [
        'typed-number',
        'payoffs.cn.briefing',
        'the number "four rounds" is typed by hand',
        'a placeholder such as {rounds}',
        'four rounds.',
      ],
    ]);
  });
});

describe('looseFigures: numbers a text may show without a placeholder', () => {
  const loose = (text: string) => looseFigures(text).map((f) => f.text);

  it('allows years, dates, real-world units, currencies, names and the 0–100 scale', () => {
    expect(
      loose(
        'On 10 November 2025 (and November 10), 12 MMT, 57–58%, $12.6bn, ~$3.2bn, 400 yuan per net ton, 20,000+ tons, a 90-day truce, Section 301, No. 61, announcement 61, H200, support 0–100, out of 100, 2026–2028, 2025年10月.',
      ),
    ).toEqual([]);
  });

  it('flags bare numbers, shares of the score and rounds or points in words', () => {
    expect(
      loose(
        'Support 35, need 50; adds 20 points; 40% of your score; You have four rounds; 0.4 per round; 四轮.',
      ),
    ).toEqual(['35', '50', '20', '40', 'four rounds', '0.4', '四轮']);
  });

  it('leaves out numbers inside the covered ranges', () => {
    const text = 'Support 35 of 100, need 50.';
    expect(looseFigures(text, [[8, 10]]).map((f) => f.text)).toEqual(['100', '50']);
  });
});
