// Where the what-if knobs' numbers are in a scenario's text (run in the analysis worker, which has
// the YAML parser anyway: the page itself never loads it).
import { isMap, isScalar, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import type { KnobDraft, Knob, KnobSpan } from './whatif';

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
