// Semantic checks of the placeholders in texts: each one is well formed and names a quantity the
// file defines. Problems are located at the placeholder itself, inside its text.
import { oneOf, quote } from './diagnostic';
import type { DiagnosticCode, Severity } from './diagnostic';
import { looseFigures } from './figures';
import { diagnosticAt, nodeAt } from './located';
import { parseText, type Placeholder } from './placeholder';
import type { Check } from './semantic-context';
import { closest } from './schema-walk';
import { type FileText, fileTexts } from './texts';

/**
 * Where `token`, found at `at` in a text, is written in the source: its n-th occurrence in the
 * text is its n-th in the source (the text's start when quoting or a line break changed it).
 */
function sourceOffset(ck: Check, t: FileText, at: number, token: string): number {
  const range = nodeAt(ck.source.doc, t.path).node?.range;
  if (!range) return 0;
  const nth = t.text.slice(0, at).split(token).length - 1;
  const written = ck.source.text.slice(range[0], range[1]);
  let found = -1;
  for (let k = 0; k <= nth; k++) {
    found = written.indexOf(token, found + 1);
    if (found < 0) return range[0];
  }
  return range[0] + found;
}

function reportAt(
  ck: Check,
  t: FileText,
  at: number,
  code: DiagnosticCode,
  message: string,
  more: { expected?: string; found?: string; token?: string; severity?: Severity } = {},
): void {
  if (ck.out.full) {
    ck.out.dropped++;
    return;
  }
  const { token, ...rest } = more;
  const offset = sourceOffset(ck, t, at, token ?? t.text[at] ?? '{');
  ck.out.add(diagnosticAt(ck.source, offset, code, message, { path: t.path, ...rest }));
}

/** Report `id` unless known; returns whether it was known. */
function known(
  ck: Check,
  t: FileText,
  p: Placeholder,
  [noun, owner]: readonly [string, string],
  id: string,
  ids: readonly string[],
): boolean {
  if (ids.includes(id)) return true;
  const guess = closest(id, ids);
  reportAt(
    ck,
    t,
    p.at,
    'unknown-id',
    `unknown ${noun} ${quote(id)}${owner} in ${p.raw}${guess ? ` (did you mean "${guess}"?)` : ''}`,
    { ...(guess ? {} : { expected: oneOf(ids) }), found: quote(id) },
  );
  return false;
}

function checkPlaceholder(ck: Check, t: FileText, p: Placeholder): void {
  const { ref } = p;
  if (ref.kind === 'rounds' || ref.kind === 'fact') return;
  if (!known(ck, t, p, ['party', ''], ref.party, ck.defined.parties)) return;
  if (ref.kind === 'party') {
    const open = ck.file.issues.find((i) => i.statusQuo === undefined);
    if (ref.quantity === 'statusQuoApproval' && open)
      reportAt(
        ck,
        t,
        p.at,
        'bad-placeholder',
        `there is no status quo to score in ${p.raw}: issue ${quote(open.id)} has no statusQuo`,
      );
    return;
  }
  const factors = ck.defined.factors.get(ref.party) ?? new Map();
  if (
    !known(ck, t, p, ['constituency or indicator', ` of party ${ref.party}`], ref.factor, [...factors.keys()])
  )
    return;
  if (ref.kind === 'factor') {
    const list = factors.get(ref.factor);
    const payoff = Object.hasOwn(ck.file.payoffs, ref.party) ? ck.file.payoffs[ref.party] : undefined;
    const veto = payoff?.constituencies.find((c) => c.id === ref.factor)?.veto;
    const problem =
      ref.quantity === 'clout' && list === 'security'
        ? `${ref.factor} is a security indicator: it has a weight, not a clout`
        : ref.quantity === 'weight' && list === 'constituencies'
          ? `${ref.factor} is a constituency: it has a clout, not a weight`
          : ref.quantity === 'veto' && veto === undefined
            ? `${ref.factor} of party ${ref.party} has no veto level`
            : null;
    if (problem) reportAt(ck, t, p.at, 'bad-placeholder', `${problem} in ${p.raw}`);
    return;
  }
  if (!known(ck, t, p, ['issue', ''], ref.issue, [...ck.defined.options.keys()])) return;
  known(ck, t, p, ['option', ` of issue ${ref.issue}`], ref.option, ck.defined.options.get(ref.issue) ?? []);
}

/** Warn about numbers typed by hand that no rule of figures.ts allows (titles are names). */
function checkTyped(ck: Check, t: FileText, placeholders: readonly Placeholder[]): void {
  if (t.path[0] === 'title') return;
  const covered = placeholders.map((p) => [p.at, p.at + p.raw.length] as const);
  for (const f of looseFigures(t.text, covered))
    reportAt(ck, t, f.at, 'typed-number', `the number ${quote(f.text)} is typed by hand`, {
      expected: /^\d/.test(f.text)
        ? `a placeholder if it is a model number, {fact ${f.text}} if it is a real-world figure`
        : 'a placeholder such as {rounds}',
      token: f.text,
      severity: 'warning',
    });
}

/** Every placeholder in every text of the file, and numbers typed where a placeholder belongs. */
export function checkTexts(ck: Check): void {
  for (const t of fileTexts(ck.file)) {
    const { pieces, errors } = parseText(t.text);
    for (const e of errors) reportAt(ck, t, e.at, 'bad-placeholder', e.message, { expected: e.expected });
    const placeholders = pieces.filter((p): p is Placeholder => typeof p !== 'string');
    for (const p of placeholders) checkPlaceholder(ck, t, p);
    checkTyped(ck, t, placeholders);
  }
}
