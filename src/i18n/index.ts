// Every user-facing string, by key, in the player's language; number formatting too.
import { type Dictionary, en, type StringKey } from './en';

export type { Dictionary, StringKey } from './en';

/** Interface languages available (other languages must match the English keys). */
export const LANGS = ['en'] as const;
export type Lang = (typeof LANGS)[number];

const DICTIONARIES: Record<Lang, Dictionary> = { en };

/** Language names shown in the language picker, each in its own language. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English' };

/** Parameters filled into {name} placeholders. */
export type Params = Readonly<Record<string, string | number>>;

/** A supported language for a tag, falling back to English. */
export function toLang(tag: string | null | undefined): Lang {
  return (LANGS as readonly string[]).includes(tag ?? '') ? (tag as Lang) : 'en';
}

/**
 * The string for a key in a language with its placeholders filled. `{n}` is the value;
 * `{n:one form|other form}` picks a plural form by Intl.PluralRules, with # standing for the value.
 */
export function t(key: StringKey, params: Params = {}, lang: string = 'en'): string {
  const l = toLang(lang);
  const text = DICTIONARIES[l][key] ?? en[key];
  // A filled value that already ends a sentence ('They are not on the table.') takes the place of
  // the template's own full stop after it, so no '..' or '?.' appears.
  const ends = new Set<number>();
  const filled = text.replace(
    /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g,
    (m, name: string, one: string | undefined, other: string | undefined, offset: number) => {
      const v = params[name];
      if (v === undefined) return m;
      if (one === undefined || other === undefined) {
        const out = String(v);
        if (/[.!?…]$/.test(out) && text[offset + m.length] === '.') ends.add(offset + m.length);
        return out;
      }
      const form = new Intl.PluralRules(l).select(Number(v)) === 'one' ? one : other;
      return form.replace(/#/g, String(v));
    },
  );
  if (ends.size === 0) return filled;
  // Fill again, dropping the marked full stops (offsets refer to the template).
  let out = '';
  let last = 0;
  for (const at of [...ends].sort((a, b) => a - b)) {
    out += text.slice(last, at);
    last = at + 1;
  }
  return t2(out + text.slice(last), params, l);
}

/** Fill placeholders without the full-stop rule (the template was already trimmed). */
function t2(text: string, params: Params, l: Lang): string {
  return text.replace(/\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g, (m, name: string, one?: string, other?: string) => {
    const v = params[name];
    if (v === undefined) return m;
    if (one === undefined || other === undefined) return String(v);
    const form = new Intl.PluralRules(l).select(Number(v)) === 'one' ? one : other;
    return form.replace(/#/g, String(v));
  });
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

/** A change with its sign, e.g. '+12' or '−3' (U+2212); zero as '0'. */
export function fmtSigned(x: number, lang = 'en'): string {
  const r = Math.round(x);
  if (r === 0) return '0';
  const s = new Intl.NumberFormat(toLang(lang), { maximumFractionDigits: 0 }).format(Math.abs(r));
  return r > 0 ? `+${s}` : `\u2212${s}`;
}

/** A 0–1 utility shown with two decimals, e.g. '0.64'. */
export function fmtUtility(x: number, lang = 'en'): string {
  return new Intl.NumberFormat(toLang(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    x,
  );
}
