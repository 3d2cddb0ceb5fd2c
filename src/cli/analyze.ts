// `npm run scenario -- analyze FILE [--json]`: where the deals of a scenario lie — reservation
// values, zone of agreement, Pareto frontier, Nash, Kalai–Smorodinsky, maximum welfare, and where
// the historical outcome sits among them. Conventions: docs/analysis.md.
import {
  aboveWalkAway,
  type Analysis,
  analyze,
  issueProfiles,
  type Model,
  type Package,
  type PackageLocation,
  packageAt,
  packageLabel,
  paretoImprovements,
  locate,
  SIDES,
  textIn,
} from '../engine';
import { EXIT, type Output, readScenarioFile, stdio } from './io';

/** Usage line of this command. */
export const USAGE =
  'analyze FILE [--json]  the zone of agreement, Pareto frontier, Nash and Kalai points, and the historical deal';

/** A package as ids: { issueId: optionId }. */
export function packageIds(model: Model, pkg: Package): Record<string, string> {
  const out: Record<string, string> = {};
  model.issues.forEach((issue, i) => {
    out[issue.id] = issue.options[pkg[i]!]?.id ?? '?';
  });
  return out;
}

/** One value per party, keyed by party id. */
export function byParty<T>(model: Model, value: (side: 0 | 1) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const s of SIDES) out[model.parties[s].id] = value(s);
  return out;
}

/** The id of the party that concedes an issue, or null when the scenario names none. */
function concededBy(model: Model, issue: number): string | null {
  const side = model.issues[issue]?.concededBy ?? null;
  return side === null ? null : model.parties[side].id;
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));
const packages = (n: number) => `${n.toLocaleString('en-US')} package${n === 1 ? '' : 's'}`;

/** A package's place on both sides' scales, for the JSON output. */
function point(a: Analysis, index: number) {
  const pkg = packageAt(a.model, index);
  const score = (s: 0 | 1) =>
    a.scoreRange[s].min + a.utility[s][index]! * (a.scoreRange[s].max - a.scoreRange[s].min || 1);
  return {
    package: packageIds(a.model, pkg),
    utility: byParty(a.model, (s) => round(a.utility[s][index]!)),
    score: byParty(a.model, (s) => round(score(s), 2)),
  };
}

function historicalJson(a: Analysis, where: PackageLocation | null) {
  if (!where) return null;
  return {
    ...point(a, where.index),
    ratified: byParty(a.model, (s) => where.ratified[s]),
    inZopa: where.inZopa,
    distanceToFrontier: where.distanceToFrontier === null ? null : round(where.distanceToFrontier),
    dominatedBy: where.dominatedBy,
    dominatedByInZopa: where.dominatedByInZopa,
    betterForBoth: paretoImprovements(a, where.package, 3).map((x) => point(a, x.index)),
  };
}

/** The JSON report: every field an instructor's script may need (see docs/analysis.md). */
export function analysisJson(a: Analysis) {
  const m = a.model;
  const opt = (i: number | null) => (i === null ? null : point(a, i));
  const historical = m.historical ? locate(a, m.historical.package) : null;
  const above = aboveWalkAway(a);
  return {
    scenario: m.id,
    packages: a.count,
    parties: SIDES.map((s) => m.parties[s].id),
    scoreRange: byParty(m, (s) => ({
      min: round(a.scoreRange[s].min, 2),
      max: round(a.scoreRange[s].max, 2),
    })),
    walkAway: byParty(m, (s) => round(a.walkAway[s], 2)),
    walkAwayStated: byParty(m, (s) => m.parties[s].noDeal.score !== undefined),
    reservation: byParty(m, (s) => round(a.reservation[s])),
    aboveWalkAway: byParty(m, (s) => above[s]),
    issues: issueProfiles(m, a.scoreRange).map((p) => ({
      id: m.issues[p.issue]!.id,
      concededBy: concededBy(m, p.issue),
      kind: p.kind,
      importance: byParty(m, (s) => round(p.importance[s])),
    })),
    zopa: { size: a.zopa.length, share: round(a.zopa.length / a.count) },
    ideal: a.ideal ? byParty(m, (s) => round(a.ideal![s])) : null,
    frontier: a.frontier.map((i) => point(a, i)),
    frontierAllPackages: { size: a.frontierAll.length, packages: a.frontierAll.map((i) => point(a, i)) },
    nash: opt(a.nash),
    kalai: opt(a.kalai),
    maxWelfare: opt(a.maxWelfare),
    maxWelfareAllPackages: opt(a.maxWelfareAll),
    historical: historicalJson(a, historical),
  };
}

function utilities(a: Analysis, index: number): string {
  return SIDES.map((s) => `${a.model.parties[s].id} ${a.utility[s][index]!.toFixed(3)}`).join('  ');
}

function solutionLines(a: Analysis): string[] {
  const rows: [string, number | null][] = [
    ['Nash bargaining solution', a.nash],
    ['Kalai–Smorodinsky point', a.kalai],
    ['Maximum joint welfare', a.maxWelfare],
    ['Max welfare, any package', a.maxWelfareAll],
  ];
  return rows.flatMap(([name, i]) =>
    i === null
      ? [`${name}: none (no zone of agreement)`]
      : [`${name}: ${utilities(a, i)}`, `    ${packageLabel(a.model, packageAt(a.model, i))}`],
  );
}

function historicalLines(a: Analysis): string[] {
  const h = a.model.historical;
  if (!h) return ['Historical outcome: not given in the scenario.'];
  const w = locate(a, h.package);
  if (!w) return ['Historical outcome: not a valid package of this scenario.'];
  const ratified = SIDES.map(
    (s) => `${a.model.parties[s].id} ${w.ratified[s] ? 'ratifies' : 'does not ratify'}`,
  ).join(', ');
  const lines = [
    `Historical outcome: ${utilities(a, w.index)}`,
    `    ${packageLabel(a.model, w.package)}`,
    `    ${ratified}; ${w.inZopa ? 'inside' : 'outside'} the zone of agreement`,
    `    distance to the frontier ${w.distanceToFrontier === null ? 'n/a' : w.distanceToFrontier.toFixed(3)}; ` +
      `${packages(w.dominatedBy)} better for both (${w.dominatedByInZopa} of them in the zone of agreement)`,
  ];
  const better = paretoImprovements(a, w.package, 1)[0];
  if (better)
    lines.push(
      `    best improvement for both: ${utilities(a, better.index)}`,
      `      ${packageLabel(a.model, better.package)}`,
    );
  return lines;
}

/** Width of a column of per-party numbers: room for the longest heading ("<party id> share") and a gap. */
const columnWidth = (m: Model): number => Math.max(14, ...SIDES.map((s) => m.parties[s].id.length + 9));

/** Each issue's kind and its importance (share of each side's score range), one line each. */
function issueLines(a: Analysis): string[] {
  const m = a.model;
  const width = columnWidth(m);
  const pad = (s: string) => s.padStart(width);
  const profiles = issueProfiles(m, a.scoreRange);
  const heads = profiles.map(
    (p) => `${m.issues[p.issue]!.id} (${concededBy(m, p.issue) ?? 'neither'}, ${p.kind})`,
  );
  const first = Math.max(40, ...heads.map((h) => h.length + 2));
  return [
    `${'issue (conceded by, kind)'.padEnd(first)}${SIDES.map((s) => pad(`${m.parties[s].id} share`)).join('')}`,
    ...profiles.map(
      (p, k) =>
        `${heads[k]!.padEnd(first)}${SIDES.map((s) => pad(`${(100 * p.importance[s]).toFixed(1)}%`)).join('')}`,
    ),
  ];
}

/** At most `most` of `n` positions, evenly spread, always with the first and the last. */
export function spread(n: number, most: number): number[] {
  if (n <= most) return Array.from({ length: n }, (_, k) => k);
  const out = new Set<number>();
  for (let j = 0; j < most; j++) out.add(Math.round((j * (n - 1)) / (most - 1)));
  return [...out];
}

/** What the numbers mean: the conventions of docs/analysis.md, said once under the report's head. */
const CONVENTIONS = [
  'Conventions (docs/analysis.md):',
  "  utility 0–1: a side's worst package over all packages is 0, its best is 1; its reservation value is its walk-away score on that scale",
  '  zone of agreement: packages both sides ratify and both score above their walk-away values',
  '  frontier, Nash, Kalai and maximum welfare are taken within the zone of agreement ("any package": over all packages)',
  '  Nash: the largest product of the two gains over the reservation values',
  "  Kalai–Smorodinsky: the largest equal share of each side's possible gain, towards its ideal point (the best it gets within the zone of agreement)",
];

/** The text report, for an instructor reading a terminal. */
export function analysisText(a: Analysis): string[] {
  const m = a.model;
  const above = aboveWalkAway(a);
  const width = columnWidth(m);
  const pad = (s: string) => s.padStart(width);
  const stated = SIDES.filter((s) => m.parties[s].noDeal.score !== undefined);
  const mark = (s: 0 | 1) => (stated.includes(s) ? '*' : '');
  const lines = [
    `${textIn(m.title)} (${m.id}): ${packages(a.count)} possible`,
    '',
    ...CONVENTIONS,
    '',
    `${''.padEnd(28)}${SIDES.map((s) => pad(m.parties[s].id)).join('')}`,
    `${'score range (worst–best)'.padEnd(28)}${SIDES.map((s) => pad(`${a.scoreRange[s].min.toFixed(1)}–${a.scoreRange[s].max.toFixed(1)}`)).join('')}`,
    `${'walk-away score'.padEnd(28)}${SIDES.map((s) => pad(`${mark(s)}${a.walkAway[s].toFixed(1)}`)).join('')}`,
    `${'reservation value (0–1)'.padEnd(28)}${SIDES.map((s) => pad(a.reservation[s].toFixed(3))).join('')}`,
    `${'packages above walk-away'.padEnd(28)}${SIDES.map((s) => pad(`${((100 * above[s]) / a.count).toFixed(1)}%`)).join('')}`,
    ...(stated.length > 0 ? ['* stated in the file (noDeal.score), not scored from the status quo'] : []),
    '',
    ...issueLines(a),
    '',
    `Zone of possible agreement: ${packages(a.zopa.length)} (${((100 * a.zopa.length) / a.count).toFixed(1)}%)`,
    `Pareto frontier: ${packages(a.frontier.length)} in the zone (${a.frontierAll.length} over all packages)`,
  ];
  // A sample keeps both ends: the best deal in the zone for each side.
  const shown = spread(a.frontier.length, 12).map((k) => a.frontier[k]!);
  for (const i of shown) lines.push(`    ${utilities(a, i)}   ${packageLabel(m, packageAt(m, i))}`);
  if (shown.length < a.frontier.length)
    lines.push(`    (${shown.length} of ${a.frontier.length} shown, both ends included; --json lists all)`);
  return [...lines, '', ...solutionLines(a), '', ...historicalLines(a)];
}

/** Run the command; returns the exit code (0 done, 1 invalid scenario or too large, 2 usage). */
export async function run(args: string[], io: Output = stdio): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  const flags = args.filter((a) => a.startsWith('-'));
  const unknown = flags.find((f) => f !== '--json');
  if (unknown || files.length !== 1) {
    io.err(unknown ? `analyze: unknown option ${unknown}` : 'analyze: give exactly one FILE');
    io.err(`usage: npm run scenario -- ${USAGE}`);
    return EXIT.usage;
  }
  const file = files[0]!;
  // With --json, stdout carries only the JSON and stderr nothing: the warnings go into the JSON.
  const json = flags.includes('--json');
  const notes: string[] = [];
  const loaded = await readScenarioFile(file, {}, json ? { out: io.out, err: (l) => notes.push(l) } : io);
  if (!loaded.ok) {
    for (const line of notes) io.err(line);
    return loaded.exitCode;
  }
  const result = analyze(loaded.model);
  if (!result.ok) {
    for (const line of notes) io.err(line);
    io.err(`${file}: ${result.error.message}`);
    return EXIT.invalid;
  }
  if (json) io.out(JSON.stringify({ ...analysisJson(result.analysis), warnings: notes }, null, 2));
  else for (const line of analysisText(result.analysis)) io.out(line);
  return EXIT.ok;
}
