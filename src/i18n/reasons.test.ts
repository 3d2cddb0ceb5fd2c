import { describe, expect, it } from 'vitest';
import type { LogEntry, Model, Move, Reason, ReasonCode, Side } from '../engine';
import { REASON_CODES, TONES } from '../engine';
import { buildModel } from '../engine/testing';
import { enReasons } from './en-reasons';
import { midSentence, reasonTexts } from './reasons';

/** Security hawks (side 0) accept lifting the affiliates rule only with rare-earth controls suspended. */
const base = buildModel({
  issues: [
    { id: 'affiliates', options: ['keep', 'lift'], concededBy: 0 },
    { id: 'rare-earths', options: ['enforce', 'suspend'], concededBy: 1 },
  ],
  sides: [
    {
      id: 'us',
      constituencies: [{ id: 'hawks', interactions: [{ a: [0, 1], b: [1, 1], change: 35 }], veto: 20 }],
    },
    { id: 'cn', constituencies: [{ id: 'exporters' }] },
  ],
});

const LABELS: Record<string, string> = {
  keep: 'Stays in force',
  lift: 'Lifted',
  enforce: 'October controls in force',
  suspend: 'Suspended one year',
};

const model: Model = {
  ...base,
  parties: [
    {
      ...base.parties[0],
      name: 'United States',
      constituencies: [{ ...base.parties[0].constituencies[0]!, name: 'Security hawks in Congress' }],
    },
    { ...base.parties[1], name: 'China' },
  ],
  issues: base.issues.map((i) => ({
    ...i,
    name: i.id === 'affiliates' ? 'Entity List "affiliates rule"' : "China's rare-earth controls",
    description: i.id === 'affiliates' ? 'In force since 29 September.' : 'Announced on 9 October by MOFCOM.',
    options: i.options.map((o) => ({ ...o, label: LABELS[o.id] ?? o.id })),
  })),
  statements: [
    {
      id: 'never',
      side: 0,
      text: 'We will never lift the rule.',
      breaks: [{ issue: 0, options: [1] }],
      costs: [],
    },
  ],
};

const move = (side: Side, reason: Reason, extra: Partial<Move> = {}): LogEntry => ({
  kind: 'move',
  round: 1,
  move: { type: 'propose', side, package: [1, 1], reason, ...extra } as Move,
});
const r = (code: ReasonCode, params: Reason['params'] = {}): Reason => ({ code, params });

describe('midSentence', () => {
  it('lower-cases an ordinary first word, never a name, an acronym or a number', () => {
    const mid = (text: string) => midSentence(model, text);
    expect(mid('Lifted')).toBe('lifted');
    expect(mid('Security hawks in Congress')).toBe('security hawks in Congress');
    expect(mid('A cut-down Blackwell')).toBe('a cut-down Blackwell');
    expect(mid('Critical-mineral supply')).toBe('critical-mineral supply');
    // A name: capitalised mid-sentence in the scenario's texts and never lower-case there.
    expect(mid('October controls in force')).toBe('October controls in force');
    expect(mid("China's rare-earth controls")).toBe("China's rare-earth controls");
    // The start of a capitalised name, an acronym, a number.
    expect(mid('Entity List "affiliates rule"')).toBe('Entity List "affiliates rule"');
    expect(mid('US tariffs')).toBe('US tariffs');
    expect(mid('H200 to approved customers')).toBe('H200 to approved customers');
    expect(mid('12 MMT now')).toBe('12 MMT now');
  });
});

describe('reasonTexts', () => {
  it('puts a reason into words with the scenario’s names, mid-sentence forms and the persona’s voice', () => {
    const link = { factor: 'hawks', link: 0 };
    const texts = reasonTexts(model, [
      move(0, r('open', { ...link, tone: 'plain' })),
      move(1, r('veto', { factor: 'hawks', issue: 'affiliates', option: 'lift', tone: 'curt' })),
      move(
        0,
        r('need', { factor: 'hawks', issue: 'affiliates', ours: 'keep', theirs: 'lift', tone: 'warm' }),
      ),
    ]);
    expect(texts).toEqual([
      'We start from lifted on Entity List "affiliates rule" together with suspended one year on China\'s rare-earth controls: for security hawks in Congress, nothing in it matters more.',
      // Side 1 names its own factors: 'hawks' is not one of them, so only words it has are used.
      null,
      'On Entity List "affiliates rule", could we settle on stays in force rather than lifted? It is what keeps security hawks in Congress with us.',
    ]);
  });

  it('says a veto as the mover’s own home, with what goes too far', () => {
    const [text] = reasonTexts(model, [
      move(0, r('veto', { factor: 'hawks', issue: 'affiliates', option: 'lift', tone: 'plain' })),
    ]);
    expect(text).toBe(
      'Our security hawks in Congress would veto your offer at home: lifted on Entity List "affiliates rule" goes too far for them.',
    );
  });

  it('says an option by its phrase where the scenario gives one, in every place an option is named', () => {
    const phrased: Model = {
      ...model,
      issues: model.issues.map((i) => ({
        ...i,
        options: i.options.map((o) =>
          o.id === 'lift' ? { ...o, phrase: 'lifting the affiliates rule' } : o,
        ),
      })),
    };
    const log = [
      move(0, r('veto', { factor: 'hawks', issue: 'affiliates', option: 'lift', tone: 'plain' })),
      move(0, r('nowWithin', { issue: 'affiliates', option: 'lift', tone: 'plain' })),
    ];
    const [veto, within] = reasonTexts(phrased, log);
    expect(veto).toBe(
      'Our security hawks in Congress would veto your offer at home: lifting the affiliates rule goes too far for them.',
    );
    expect(within).toMatch(/^(Lifting the affiliates rule|.* lifting the affiliates rule)\b/);
    expect(within).not.toMatch(/ on Entity List/);
    // Without the phrase: the label on its issue.
    expect(reasonTexts(model, log)[1]?.toLowerCase()).toContain('lifted on entity list "affiliates rule"');
  });

  it('answers a step with one on the same issue without naming it twice', () => {
    for (const tone of TONES) {
      const [same, other] = reasonTexts(model, [
        move(0, r('reciprocate', { theirIssue: 'affiliates', ourIssue: 'affiliates', tone })),
        move(1, r('reciprocate', { theirIssue: 'affiliates', ourIssue: 'rare-earths', tone })),
      ]);
      expect(same!.split('Entity List "affiliates rule"')).toHaveLength(2);
      expect(other).toContain("China's rare-earth controls");
    }
  });

  it('sounds different in each tone', () => {
    const texts = TONES.map((tone) => reasonTexts(model, [move(0, r('hold', { tone }))])[0]);
    expect(new Set(texts).size).toBe(TONES.length);
  });

  it('never repeats a sentence of the same side, while the other side may say it too', () => {
    const log = Array.from({ length: 16 }, (_, k) => ({
      ...move((k % 2) as Side, r('hold')),
      round: 1 + (k >> 1),
    }));
    const texts = reasonTexts(model, log);
    const side0 = texts.filter((_, k) => k % 2 === 0);
    const side1 = texts.filter((_, k) => k % 2 === 1);
    expect(new Set(side0).size).toBe(8);
    expect(new Set(side1).size).toBe(8);
    expect(side0.some((t) => side1.includes(t))).toBe(true);
    expect(reasonTexts(model, log)).toEqual(texts);
  });

  it('announces a final offer once, then says that it stands', () => {
    const texts = reasonTexts(model, [
      move(0, r('hold'), { final: true }),
      move(0, r('hold'), { final: true }),
    ]);
    expect(texts[0]).toMatch(/^This is our final offer\. /);
    expect(texts[1]).toMatch(/^Our final offer (stands|is unchanged)\. /);
  });

  it('quotes statements and counts rounds', () => {
    const texts = reasonTexts(model, [
      move(0, r('hardenStatement', { statement: 'never', tone: 'plain' })),
      move(0, r('harden', { offers: 3, tone: 'plain' })),
    ]);
    expect(texts).toEqual([
      'After your statement (“We will never lift the rule.”), we see no reason to give more.',
      'Your offers have not come our way for 3 rounds, so we hold ours.',
    ]);
  });

  it('has variants for every code and tone, and says nothing for ids the scenario lacks', () => {
    for (const code of REASON_CODES)
      for (const tone of TONES) expect(enReasons[code][tone].length).toBeGreaterThan(0);
    expect(reasonTexts(model, [move(0, r('movedToward', { issue: 'nope' }))])).toEqual([null]);
  });
});
