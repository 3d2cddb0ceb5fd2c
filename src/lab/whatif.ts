// What-if knobs: the numbers an author most often tunes to balance a scenario (each constituency's
// clout, each indicator's weight, each side's ratification threshold and no-deal changes), where
// they are in the file's text, and edits that change only those characters — so comments, folded
// texts and the rest of the file stay exactly as written (this is the page's side: no parser). A value the file does not state yet (a
// no-deal change for a constituency) is inserted as a new line beside its siblings.
import type { Side } from '../engine';

export const KNOB_KINDS = ['clout', 'weight', 'threshold', 'noDeal'] as const;
export type KnobKind = (typeof KNOB_KINDS)[number];

/** Where a knob's number is in the text: the characters to replace, or a place to insert a line. */
export type KnobSpan =
  | { readonly kind: 'replace'; readonly from: number; readonly to: number }
  | { readonly kind: 'insert'; readonly at: number; readonly before: string; readonly after: string }
  | { readonly kind: 'none' };

/** One slider. */
export interface Knob {
  readonly id: string;
  readonly side: Side;
  readonly kind: KnobKind;
  readonly label: string;
  /** The field's path in the file. */
  readonly path: readonly (string | number)[];
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly span: KnobSpan;
}

/** A knob before its place in the text is known. */
export type KnobDraft = Omit<Knob, 'span'>;

/** A number as the file writes it: whole numbers plain, others with at most two decimals. */
export const formatNumber = (x: number): string => String(Math.round(x * 100) / 100);

/**
 * The text with one knob set to `value`, and every knob's place moved to match; a knob the text
 * cannot take (a value written as an alias, a flow mapping) returns null.
 */
export function applyKnob(
  text: string,
  knobs: readonly Knob[],
  id: string,
  value: number,
): { text: string; knobs: Knob[] } | null {
  const knob = knobs.find((k) => k.id === id);
  if (!knob || knob.span.kind === 'none') return null;
  const written = formatNumber(value);
  const s = knob.span;
  const [at, removed, inserted, newSpan]: [number, number, string, KnobSpan] =
    s.kind === 'replace'
      ? [s.from, s.to - s.from, written, { kind: 'replace', from: s.from, to: s.from + written.length }]
      : [
          s.at,
          0,
          `${s.before}${written}${s.after}`,
          { kind: 'replace', from: s.at + s.before.length, to: s.at + s.before.length + written.length },
        ];
  const delta = inserted.length - removed;
  const shift = (k: Knob): Knob => {
    if (k.id === id) return { ...k, value, span: newSpan };
    const p = k.span;
    if (p.kind === 'replace' && p.from >= at + removed)
      return { ...k, span: { ...p, from: p.from + delta, to: p.to + delta } };
    // An insertion at the same place goes after the new line.
    if (p.kind === 'insert' && p.at >= at + removed) return { ...k, span: { ...p, at: p.at + delta } };
    return k;
  };
  return { text: text.slice(0, at) + inserted + text.slice(at + removed), knobs: knobs.map(shift) };
}
