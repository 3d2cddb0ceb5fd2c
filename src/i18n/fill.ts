// Languages and placeholder filling, shared by the dictionary (index.ts) and the reason renderer.

/** Interface languages available (other languages must match the English keys). */
export const LANGS = ['en'] as const;
export type Lang = (typeof LANGS)[number];

/** Parameters filled into {name} placeholders. */
export type Params = Readonly<Record<string, string | number>>;

/** A supported language for a tag, falling back to English. */
export function toLang(tag: string | null | undefined): Lang {
  return (LANGS as readonly string[]).includes(tag ?? '') ? (tag as Lang) : 'en';
}

/** Fill a template's placeholders as t() does (for templates kept outside the dictionary). */
export function fill(text: string, params: Params, lang: string = 'en'): string {
  const l = toLang(lang);
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
  return fillPlain(out + text.slice(last), params, l);
}

/** Fill placeholders without the full-stop rule (the template was already trimmed). */
function fillPlain(text: string, params: Params, l: Lang): string {
  return text.replace(
    /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g,
    (m, name: string, one?: string, other?: string) => {
      const v = params[name];
      if (v === undefined) return m;
      if (one === undefined || other === undefined) return String(v);
      const form = new Intl.PluralRules(l).select(Number(v)) === 'one' ? one : other;
      return form.replace(/#/g, String(v));
    },
  );
}
