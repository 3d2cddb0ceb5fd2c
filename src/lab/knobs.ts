// The what-if knobs of a loaded model and where their numbers are in its text (run in the analysis
// worker, which has the engine and the YAML parser anyway: the page itself loads neither).
import { isMap, isScalar, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import type { Factor, Model } from '../engine';
import { SIDES, textIn } from '../engine';
import type { Knob, KnobDraft, KnobKind, KnobSpan } from './whatif';

/** The knobs of a loaded model (without their places in the text). */
export function knobDrafts(model: Model): KnobDraft[] {
  return SIDES.flatMap((side): KnobDraft[] => {
    const p = model.parties[side];
    const base = ['payoffs', p.id] as const;
    const knob = (
      id: string,
      kind: KnobKind,
      label: string,
      path: readonly (string | number)[],
      value: number,
    ) => ({
      id: `${p.id}.${id}`,
      side,
      kind,
      label,
      path: [...base, ...path],
      value,
      min: kind === 'noDeal' ? -100 : 0,
      max: 100,
      step: 1,
    });
    const factors = (list: readonly Factor[], field: 'clout' | 'weight', key: string) =>
      list.map((f, k) =>
        knob(`${f.id}.${field}`, field, `${textIn(f.name)}: ${field}`, [key, k, field], f.weight),
      );
    const noDeal = (list: readonly Factor[], values: readonly number[]) =>
      list.map((f, k) =>
        knob(
          `${f.id}.noDeal`,
          'noDeal',
          `${textIn(f.name)}: change if no deal`,
          ['noDeal', 'effects', f.id],
          values[k] ?? 0,
        ),
      );
    return [
      knob(
        'threshold',
        'threshold',
        `${textIn(p.name)}: ratification threshold`,
        ['ratification', 'threshold'],
        p.threshold,
      ),
      ...factors(p.constituencies, 'clout', 'constituencies'),
      ...factors(p.security, 'weight', 'security'),
      ...noDeal(p.constituencies, p.noDeal.constituencies),
      ...noDeal(p.security, p.noDeal.security),
    ];
  });
}

/** Where a new "key: value" line goes in a block mapping: after the line of its last entry. */
function insertionIn(text: string, map: YAMLMap, key: string): KnobSpan {
  const last = map.items[map.items.length - 1];
  const keyNode = last?.key;
  const valueNode = last?.value;
  if (!last || !isScalar(keyNode) || !keyNode.range || map.flow) return { kind: 'none' };
  const end = isScalar(valueNode) && valueNode.range ? valueNode.range[1] : keyNode.range[1];
  const lineEnd = text.indexOf('\n', end);
  const lineStart = text.lastIndexOf('\n', keyNode.range[0] - 1) + 1;
  const indent = text.slice(lineStart, keyNode.range[0]);
  if (!/^ *$/.test(indent)) return { kind: 'none' };
  if (lineEnd === -1) return { kind: 'insert', at: text.length, before: `\n${indent}${key}: `, after: '' };
  return { kind: 'insert', at: lineEnd + 1, before: `${indent}${key}: `, after: '\n' };
}

/** The knobs with their places in the text (parsed once more, here: the loader keeps no document). */
export function locateKnobs(text: string, drafts: readonly KnobDraft[]): Knob[] {
  const doc = parseDocument(text, { keepSourceTokens: false });
  return drafts.map((d) => {
    const node = doc.getIn(d.path, true);
    if (isScalar(node) && node.range && typeof (node as Scalar).value === 'number')
      return { ...d, span: { kind: 'replace', from: node.range[0], to: node.range[1] } };
    if (node !== undefined) return { ...d, span: { kind: 'none' } };
    const parent = doc.getIn(d.path.slice(0, -1), true);
    const span = isMap(parent)
      ? insertionIn(text, parent, String(d.path[d.path.length - 1]))
      : { kind: 'none' };
    return { ...d, span: span as KnobSpan };
  });
}
