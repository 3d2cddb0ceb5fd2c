// Shared tools for the semantic checks: the ids a valid file defines, and a reporter that locates
// each problem in the source.
import type { DiagnosticCode, Path, Severity } from './diagnostic';
import { oneOf, quote, type Sink } from './diagnostic';
import type { ScenarioFile } from './schema';
import { closest } from './schema-walk';
import { diagnosticAt, nodeAt, offsetOf, type Source } from './located';

/** Which list a party's factor comes from. */
export type FactorList = 'constituencies' | 'security';

/** Ids defined by the file, for checking references. */
export interface Defined {
  readonly parties: readonly string[];
  readonly sources: readonly string[];
  /** Option ids by issue id. */
  readonly options: ReadonlyMap<string, readonly string[]>;
  /** For each party id, its factor ids (constituencies and indicators share one namespace). */
  readonly factors: ReadonlyMap<string, ReadonlyMap<string, FactorList>>;
}

/** State of one run of the semantic checks. */
export interface Check {
  readonly file: ScenarioFile;
  readonly source: Source;
  readonly defined: Defined;
  readonly out: Sink;
}

/** Collect the ids a file defines (first definition wins when an id is repeated). */
export function collectIds(file: ScenarioFile): Defined {
  const options = new Map<string, string[]>();
  for (const issue of file.issues) {
    if (!options.has(issue.id))
      options.set(
        issue.id,
        issue.options.map((o) => o.id),
      );
  }
  const factors = new Map<string, Map<string, FactorList>>();
  for (const [party, payoff] of Object.entries(file.payoffs)) {
    const map = new Map<string, FactorList>();
    for (const c of payoff.constituencies) if (!map.has(c.id)) map.set(c.id, 'constituencies');
    for (const s of payoff.security) if (!map.has(s.id)) map.set(s.id, 'security');
    factors.set(party, map);
  }
  return { parties: file.parties.map((p) => p.id), sources: file.sources.map((s) => s.id), options, factors };
}

/** Record one located problem. `key` points at the key of a mapping entry instead of its value. */
export function report(
  ck: Check,
  path: Path,
  code: DiagnosticCode,
  message: string,
  more: { expected?: string; found?: string; key?: boolean; severity?: Severity } = {},
): void {
  if (ck.out.full) {
    ck.out.dropped++;
    return;
  }
  const { node } = nodeAt(ck.source.doc, path, more.key);
  const extra: { path: Path; expected?: string; found?: string; severity?: Severity } = { path };
  if (more.expected !== undefined) extra.expected = more.expected;
  if (more.found !== undefined) extra.found = more.found;
  if (more.severity !== undefined) extra.severity = more.severity;
  ck.out.add(diagnosticAt(ck.source, offsetOf(node), code, message, extra));
}

/** Report `id` at `path` unless it is one of `known`; returns whether it was known. */
export function expectId(
  ck: Check,
  path: Path,
  what: string | readonly [noun: string, owner: string],
  id: string,
  known: readonly string[],
  key = false,
): boolean {
  if (known.includes(id)) return true;
  if (ck.out.full) {
    ck.out.dropped++;
    return false;
  }
  const guess = closest(id, known);
  const [noun, owner] = typeof what === 'string' ? [what, ''] : what;
  const message = `unknown ${noun} ${quote(id)}${owner ? ` ${owner}` : ''}${guess ? ` (did you mean "${guess}"?)` : ''}`;
  // A likely typo gets the nearest id alone; otherwise the ids there are to choose from.
  report(ck, path, 'unknown-id', message, {
    ...(guess ? {} : { expected: oneOf(known) }),
    found: quote(id),
    key,
  });
  return false;
}

/** Report every id after its first use in a list of things with ids. */
export function expectUnique(ck: Check, list: readonly { id: string }[], path: Path, what: string): void {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else {
      const firstAt = offsetOf(nodeAt(ck.source.doc, [...path, seen, 'id']).node);
      const line = ck.source.lines?.linePos(firstAt).line;
      const where = line === undefined ? '' : ` (first on line ${line})`;
      report(
        ck,
        [...path, i, 'id'],
        'duplicate-id',
        `the ${what} id ${quote(item.id)} is used twice${where}`,
      );
    }
  });
}

/** Check an { issue: { option: number } } (or { issue: [option] }) mapping's keys against the issues. */
export function expectIssueOptions(
  ck: Check,
  path: Path,
  byIssue: Readonly<Record<string, Readonly<Record<string, unknown>> | readonly string[]>>,
): void {
  const issueIds = [...ck.defined.options.keys()];
  for (const [issueId, inner] of Object.entries(byIssue)) {
    if (!expectId(ck, [...path, issueId], 'issue', issueId, issueIds, true)) continue;
    const options = ck.defined.options.get(issueId) ?? [];
    if (Array.isArray(inner)) {
      for (const [i, o] of inner.entries()) {
        expectId(ck, [...path, issueId, i], ['option', `of issue ${issueId}`], o, options);
      }
    } else {
      for (const o of Object.keys(inner))
        expectId(ck, [...path, issueId, o], ['option', `of issue ${issueId}`], o, options, true);
    }
  }
}

/** Check the keys of a { factor-id: number } mapping against one party's factors. */
export function expectFactorKeys(
  ck: Check,
  path: Path,
  party: string,
  byFactor: Readonly<Record<string, number>>,
): void {
  const known = [...(ck.defined.factors.get(party)?.keys() ?? [])];
  for (const id of Object.keys(byFactor))
    expectId(ck, [...path, id], ['constituency or indicator', `of party ${party}`], id, known, true);
}
