// Every user-facing string, by key, in the player's language; number formatting too.
import { type Dictionary, en, type StringKey } from './en';
import { fill, type Lang, type Params, toLang } from './fill';

export type { Dictionary, StringKey } from './en';
export { LANGS, type Lang, type Params, toLang } from './fill';
export { reasonTexts } from './reasons';

const DICTIONARIES: Record<Lang, Dictionary> = { en };

/** Language names shown in the language picker, each in its own language. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English' };

/**
 * The string for a key in a language with its placeholders filled. `{n}` is the value;
 * `{n:one form|other form}` picks a plural form by Intl.PluralRules, with # standing for the value.
 */
export function t(key: StringKey, params: Params = {}, lang: string = 'en'): string {
  return fill(DICTIONARIES[toLang(lang)][key] ?? en[key], params, lang);
}

/** A translator bound to one language, so callers need not pass it each time. */
export type Translate = (key: StringKey, params?: Params) => string;

/** Bind t() to a language. */
export function translator(lang: string): Translate {
  return (key, params) => t(key, params, lang);
}

/** A 0–100 value shown as a whole number, e.g. '57'. */
export function fmtScore(x: number, lang = 'en'): string {
  return new Intl.NumberFormat(toLang(lang), { maximumFractionDigits: 0 }).format(x);
}

/** Score points that need not be whole, to two decimals at most, e.g. '0.4' (a time cost). */
export function fmtPoints(x: number, lang = 'en'): string {
  return new Intl.NumberFormat(toLang(lang), { maximumFractionDigits: 2 }).format(x);
}

/** A change with its sign, e.g. '+12' or '−3' (U+2212); zero as '0'. */
export function fmtSigned(x: number, lang = 'en'): string {
  const r = Math.round(x);
  if (r === 0) return '0';
  const s = new Intl.NumberFormat(toLang(lang), { maximumFractionDigits: 0 }).format(Math.abs(r));
  return r > 0 ? `+${s}` : `\u2212${s}`;
}
