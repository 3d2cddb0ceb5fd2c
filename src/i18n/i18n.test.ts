import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fmtScore, fmtSigned, t, toLang, translator } from './index';

describe('i18n', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('table.round', { round: 3, rounds: 7 })).toBe('Round 3 of 7');
    expect(t('table.round', { round: 3 })).toBe('Round 3 of {rounds}');
  });

  it('picks plural forms by the number', () => {
    expect(t('briefing.timeCost', { points: 1 })).toBe('Every round without a deal costs you 1 point.');
    expect(t('briefing.timeCost', { points: 2 })).toBe('Every round without a deal costs you 2 points.');
  });

  it('falls back to English for an unknown language', () => {
    expect(toLang('xx')).toBe('en');
    expect(translator('zz')('title.start')).toBe(en['title.start']);
  });

  it('formats signed changes with a real minus sign and zero unsigned', () => {
    expect(fmtSigned(7.4)).toBe('+7');
    expect(fmtSigned(-3)).toBe('\u22123');
    expect(fmtSigned(0.2)).toBe('0');
  });

  it('formats scores as whole numbers', () => {
    expect(fmtScore(57.6)).toBe('58');
  });

  it('uses only word placeholders and no markup in any string', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(text, key).not.toMatch(/<[a-z/]/i);
      for (const m of text.matchAll(/\{([^}]*)\}/g)) expect(m[1], key).toMatch(/^\w+(:[^|]*\|.*)?$/);
    }
  });
});

describe('filled strings read as prose', () => {
  // Values as the game fills them: sentences from scenarios (with their own full stop or question
  // mark), names and numbers.
  const VALUES = ['They are not on the table.', 'Is this fair?', 'China', '3'];
  it('no string, filled with any kind of value, shows "..", "?.", a space before punctuation or a brace', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = [...en[key].matchAll(/\{(\w+)/g)].map((m) => m[1]!);
      for (const v of VALUES) {
        const params = Object.fromEntries(names.map((n) => [n, /^\d+$/.test(v) ? Number(v) : v]));
        const text = t(key, params);
        expect(text, key).not.toMatch(/(?<!\.)\.\.(?!\.)|[?!]\.|\s[.,;:?!]|[{}]|\s{2}/);
      }
    }
  });

  it('a statement that ends its own sentence is not followed by a second full stop', () => {
    expect(t('debrief.broken', { list: 'They are not on the table.' })).toBe(
      'Broken statements: They are not on the table.',
    );
    expect(t('debrief.broken', { list: 'No new tariffs' })).toBe('Broken statements: No new tariffs.');
  });
});
