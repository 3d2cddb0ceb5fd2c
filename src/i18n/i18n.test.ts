import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fmtScore, fmtSigned, fmtUtility, t, toLang, translator } from './index';

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

  it('formats scores as whole numbers and utilities with two decimals', () => {
    expect(fmtScore(57.6)).toBe('58');
    expect(fmtUtility(0.5)).toBe('0.50');
  });

  it('uses only word placeholders and no markup in any string', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(text, key).not.toMatch(/<[a-z/]/i);
      for (const m of text.matchAll(/\{([^}]*)\}/g)) expect(m[1], key).toMatch(/^\w+(:[^|]*\|.*)?$/);
    }
  });
});
