// Which numbers a scenario text may show without a placeholder: years, dates and real-world
// figures (with a unit, a currency, inside a name, or marked {fact …}). Every other number in a
// text a player reads must come from the model through a placeholder (see docs/scenario-format.md,
// "Numbers in texts"); the shipped scenarios are tested against these rules.

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Units of real-world quantities: a number followed by one of these is a figure from the world. */
const UNITS = [
  '%',
  'MMT',
  'million',
  'billion',
  'bn',
  'yuan',
  'tons',
  'tonnes',
  'per net ton',
  'per container',
  '-day',
  'days',
  'weeks',
  'months',
  'years',
  '年',
  '月',
  '日',
  '天',
  '条',
];
/** Words before a number that make it part of a name: "Section 301", "No. 61", "announcement 61". */
const NAMES = ['Section', 'No.', 'FR', 'announcement', 'Announcement'];
/** A number in words followed by rounds or points (轮, 分 in Chinese) is a model number spelt out. */
const WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(rounds?|points?)\b|[一二两三四五六七八九十百]+\s*(轮|分)/gi;

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const DASH = /^\s*[–-]\s*\d[\d,]*(?:\.\d+)?\+?/;

/** A number in a text that no rule allows. */
export interface LooseFigure {
  readonly at: number;
  readonly text: string;
}

const isYear = (s: string) => /^\d{4}$/.test(s) && Number(s) >= 1800 && Number(s) <= 2200;

function allowed(text: string, at: number, num: string): boolean {
  const before = text.slice(0, at);
  let after = text.slice(at + num.length);
  if (isYear(num)) return true;
  // The scale every support and level is on.
  if (/^[–-]100\b/.test(after) && num === '0') return true;
  if (num === '100' && (/0[–-]$/.test(before) || /\bout\s+of\s+$/.test(before))) return true;
  if (new RegExp(`^\\s(${MONTHS})\\b`).test(after) && Number(num) <= 31) return true;
  if (new RegExp(`\\b(${MONTHS})\\s$`).test(before) && Number(num) <= 31) return true;
  if (/[A-Za-z]$/.test(before) || /^[A-Za-z]/.test(after)) return true;
  if (/\$$/.test(before)) return true;
  if (NAMES.some((w) => before.endsWith(`${w} `)) || after.startsWith(' FR ')) return true;
  // A range ("57–58%") or a lower bound ("20,000+") takes the unit of its end.
  const range = DASH.exec(after);
  if (range) after = after.slice(range[0].length);
  after = after.replace(/^\+/, '');
  if (/^%\s+of\s+(your|the|its|their)\s+score/.test(after)) return false;
  return UNITS.some((u) => new RegExp(`^\\s?${u}(?![A-Za-z])`).test(after));
}

/**
 * The numbers in `text` that are neither inside one of the `covered` ranges (placeholders, as
 * [start, end) offsets) nor allowed by the rules above, and spelt-out numbers of rounds or points.
 */
export function looseFigures(
  text: string,
  covered: readonly (readonly [number, number])[] = [],
): LooseFigure[] {
  const inside = (at: number) => covered.some(([s, e]) => at >= s && at < e);
  const out: LooseFigure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const num = m[0].replace(/[,.]$/, '');
    const at = m.index;
    if (!inside(at) && !allowed(text, at, num)) out.push({ at, text: num });
  }
  for (const m of text.matchAll(WORDS)) if (!inside(m.index)) out.push({ at: m.index, text: m[0] });
  return out.sort((a, b) => a.at - b.at);
}
