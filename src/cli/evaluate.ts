// `npm run scenario -- evaluate FILE --package issue=option,... [--json]`: the full scoring of one
// package for both sides, constituency by constituency, with the reasons behind every number.
import {
  type Cause,
  type FactorScore,
  type Model,
  type Package,
  type RatificationFailure,
  SIDES,
  type Side,
  type SideScore,
  scorePackage,
  statusQuo,
  textIn,
  walkAwayScore,
} from '../engine';
import { byParty, packageIds } from './analyze';
import { EXIT, type Output, readScenarioFile, stdio } from './io';

/** Usage line of this command. */
export const USAGE =
  'evaluate FILE --package issue=option,... [--json]  score one package for both sides (missing issues: status quo)';

/** A package read from `issue=option,…`; issues not named stay at their status quo. */
export type ParsedPackage =
  | { ok: true; package: Package; defaulted: string[] }
  | { ok: false; message: string };

/** Parse `issue=option,issue=option` against the model's ids. */
export function parsePackage(model: Model, spec: string): ParsedPackage {
  const pkg = [...statusQuo(model)];
  const seen = new Set<number>();
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const [issueId, optionId, ...extra] = part.split('=').map((p) => p.trim());
    if (!issueId || !optionId || extra.length > 0)
      return { ok: false, message: `"${part}" is not issue=option` };
    const i = model.issues.findIndex((x) => x.id === issueId);
    const issue = model.issues[i];
    if (!issue)
      return {
        ok: false,
        message: `unknown issue "${issueId}"; issues are: ${model.issues.map((x) => x.id).join(', ')}`,
      };
    const o = issue.options.findIndex((x) => x.id === optionId);
    if (o < 0) {
      return {
        ok: false,
        message: `unknown option "${optionId}" for issue "${issueId}"; options are: ${issue.options.map((x) => x.id).join(', ')}`,
      };
    }
    if (seen.has(i)) return { ok: false, message: `issue "${issueId}" is given twice` };
    seen.add(i);
    pkg[i] = o;
  }
  const open = model.issues.filter((x, i) => !seen.has(i) && x.noStatusQuo);
  if (open.length > 0)
    return {
      ok: false,
      message: `${open.map((x) => `"${x.id}"`).join(', ')} ${open.length === 1 ? 'has' : 'have'} no status quo: name an option for ${open.length === 1 ? 'it' : 'each'} (e.g. ${open[0]!.id}=${open[0]!.options[0]?.id ?? '?'})`,
    };
  const defaulted = model.issues.filter((_, i) => !seen.has(i)).map((x) => x.id);
  return { ok: true, package: pkg, defaulted };
}

function causeJson(model: Model, side: Side, kind: 'constituency' | 'security', factor: number, c: Cause) {
  switch (c.kind) {
    case 'option': {
      const issue = model.issues[c.issue]!;
      return { kind: c.kind, issue: issue.id, option: issue.options[c.option]?.id ?? '?', change: c.change };
    }
    case 'interaction': {
      const party = model.parties[side];
      const x = (kind === 'constituency' ? party.constituencies : party.security)[factor]?.interactions[
        c.index
      ];
      const when = x ? pair(model, x.a, x.b) : {};
      return { kind: c.kind, when, change: c.change };
    }
    case 'statement':
      return { kind: c.kind, statement: c.statement, change: c.change };
    case 'noDeal':
      return { kind: c.kind, change: c.change };
  }
}

function pair(
  model: Model,
  a: readonly [number, number],
  b: readonly [number, number],
): Record<string, string> {
  const id = ([i, o]: readonly [number, number]) =>
    [model.issues[i]?.id ?? '?', model.issues[i]?.options[o]?.id ?? '?'] as const;
  return Object.fromEntries([id(a), id(b)]);
}

function factorJson(
  model: Model,
  side: Side,
  kind: 'constituency' | 'security',
  f: FactorScore,
  index: number,
) {
  const def = (kind === 'constituency' ? model.parties[side].constituencies : model.parties[side].security)[
    index
  ];
  return {
    id: f.id,
    name: textIn(def?.name),
    weight: f.weight,
    baseline: f.baseline,
    value: f.value,
    change: f.value - f.baseline,
    causes: f.causes.map((c) => causeJson(model, side, kind, index, c)),
    ...(kind === 'constituency' ? { veto: def?.veto ?? null, vetoes: f.vetoes } : {}),
  };
}

function failureText(f: RatificationFailure): string {
  return f.kind === 'threshold'
    ? `approval ${f.approval.toFixed(1)} is below the threshold ${f.threshold}`
    : `${f.factor} vetoes (support ${f.value.toFixed(1)} below its veto level ${f.veto})`;
}

/** The JSON report of one package for both sides. */
export function evaluationJson(model: Model, pkg: Package, defaulted: readonly string[]) {
  const side = (s: Side) => {
    const r = scorePackage(model, s, pkg);
    const walkAway = walkAwayScore(model, s);
    return {
      constituencies: r.constituencies.map((f, i) => factorJson(model, s, 'constituency', f, i)),
      approval: r.approval,
      security: r.security.map((f, i) => factorJson(model, s, 'security', f, i)),
      securityIndex: r.securityIndex,
      score: r.score,
      walkAway,
      betterThanWalkAway: r.score > walkAway,
      ratified: r.ratified,
      failures: r.failures.map((f) => ({ ...f, message: failureText(f) })),
    };
  };
  return { scenario: model.id, package: packageIds(model, pkg), defaulted, parties: byParty(model, side) };
}

/** A number for reading: at most two decimals, no trailing zeros (55.555555555556 → 55.56). */
export const short = (x: number): string => String(Number(x.toFixed(2)));

/** A change for reading, with its sign: +55.56, −10 written -10. */
export const signed = (x: number): string => `${x > 0 ? '+' : ''}${short(x)}`;

function causeText(
  model: Model,
  side: Side,
  kind: 'constituency' | 'security',
  factor: number,
  c: Cause,
): string {
  const j = causeJson(model, side, kind, factor, c);
  const n = signed(c.change);
  if (j.kind === 'option') return `${j.issue}=${j.option} ${n}`;
  if (j.kind === 'interaction')
    return `${Object.entries(j.when)
      .map(([i, o]) => `${i}=${o}`)
      .join(' & ')} ${n}`;
  if (j.kind === 'statement') return `broken statement ${j.statement} ${n}`;
  return `no deal ${n}`;
}

/** Width of the id column: the longest constituency or indicator id of either side, at least 22. */
function idWidth(model: Model): number {
  const ids = SIDES.flatMap((s) =>
    [...model.parties[s].constituencies, ...model.parties[s].security].map((f) => f.id),
  );
  return Math.max(22, ...ids.map((id) => id.length));
}

function factorLines(
  model: Model,
  side: Side,
  kind: 'constituency' | 'security',
  list: readonly FactorScore[],
): string[] {
  const width = idWidth(model);
  return list.map((f, i) => {
    const change = f.value - f.baseline;
    const causes = f.causes.map((c) => causeText(model, side, kind, i, c)).join('; ');
    const veto = f.vetoes ? '  VETO' : '';
    return `    ${f.id.padEnd(width)} w ${short(f.weight).padStart(5)}  ${f.baseline.toFixed(1).padStart(5)} → ${f.value.toFixed(1).padStart(5)} (${change >= 0 ? '+' : ''}${change.toFixed(1)})${veto}${causes ? `  ${causes}` : ''}`;
  });
}

function sideLines(model: Model, side: Side, r: SideScore): string[] {
  const party = model.parties[side];
  const walkAway = walkAwayScore(model, side);
  const verdict = r.ratified ? 'ratified at home' : `NOT ratified: ${r.failures.map(failureText).join('; ')}`;
  return [
    `${textIn(party.name)} (${party.id})`,
    '  constituencies (clout, support before → after, why):',
    ...factorLines(model, side, 'constituency', r.constituencies),
    `  approval ${r.approval.toFixed(1)} (threshold ${party.threshold})`,
    ...(party.security.length === 0
      ? [`  score ${r.score.toFixed(1)} = approval (no security indicators)`]
      : [
          '  security indicators (weight, level before → after, why):',
          ...factorLines(model, side, 'security', r.security),
          `  security index ${r.securityIndex.toFixed(1)}`,
          `  score ${r.score.toFixed(1)} = ${party.approvalWeight.toFixed(2)} × approval + ${(1 - party.approvalWeight).toFixed(2)} × security`,
        ]),
    `  walk-away value ${walkAway.toFixed(1)}${party.noDeal.score === undefined ? '' : ' (stated in the file)'}: the deal is ${r.score > walkAway ? 'better' : 'not better'} than no deal`,
    `  ${verdict}`,
  ];
}

/** The text report of one package for both sides. */
export function evaluationText(model: Model, pkg: Package, defaulted: readonly string[]): string[] {
  const lines = [
    `Package: ${Object.entries(packageIds(model, pkg))
      .map(([i, o]) => `${i}=${o}`)
      .join(', ')}`,
  ];
  if (defaulted.length > 0) lines.push(`Not given, so at the status quo: ${defaulted.join(', ')}`);
  for (const s of SIDES) lines.push('', ...sideLines(model, s, scorePackage(model, s, pkg)));
  return lines;
}

function packageArg(args: string[]): { spec: string | null; rest: string[]; error?: string } {
  const rest: string[] = [];
  let spec: string | null = null;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === '--package') {
      if (args[k + 1] === undefined) return { spec, rest, error: '--package needs issue=option,...' };
      spec = args[++k]!;
    } else if (a.startsWith('--package=')) spec = a.slice('--package='.length);
    else rest.push(a);
  }
  return { spec, rest };
}

/** Run the command; returns the exit code (0 done, 1 invalid scenario, 2 usage or unknown ids). */
export async function run(args: string[], io: Output = stdio): Promise<number> {
  const { spec, rest, error } = packageArg(args);
  const files = rest.filter((a) => !a.startsWith('-'));
  const unknown = rest.find((a) => a.startsWith('-') && a !== '--json');
  const problem =
    error ??
    (unknown
      ? `unknown option ${unknown}`
      : files.length !== 1
        ? 'give exactly one FILE'
        : spec === null
          ? 'give --package issue=option,...'
          : null);
  if (problem) {
    io.err(`evaluate: ${problem}`);
    io.err(`usage: npm run scenario -- ${USAGE}`);
    return EXIT.usage;
  }
  // With --json, stdout carries only the JSON and stderr nothing: the warnings go into the JSON.
  const json = rest.includes('--json');
  const notes: string[] = [];
  const loaded = await readScenarioFile(
    files[0]!,
    {},
    json ? { out: io.out, err: (l) => notes.push(l) } : io,
  );
  if (!loaded.ok) {
    for (const line of notes) io.err(line);
    return loaded.exitCode;
  }
  const parsed = parsePackage(loaded.model, spec ?? '');
  if (!parsed.ok) {
    for (const line of notes) io.err(line);
    io.err(`evaluate: ${parsed.message}`);
    return EXIT.usage;
  }
  if (json)
    io.out(
      JSON.stringify(
        { ...evaluationJson(loaded.model, parsed.package, parsed.defaulted), warnings: notes },
        null,
        2,
      ),
    );
  else for (const line of evaluationText(loaded.model, parsed.package, parsed.defaulted)) io.out(line);
  return EXIT.ok;
}
