// `npm run scenario -- simulate FILE --us PERSONA --cn PERSONA --games N --seed S [--json] [--moves]`:
// the computer against itself, headless. Party flags are the scenario's party ids; a persona is a
// persona id (or short name such as 'pragmatist') or a baseline: random, linear, always-concede,
// never-concede. Reports deal rate, failures at home, mean rounds, each side's mean normalised
// utility, mean distance of deals to the Pareto frontier, and games per second; with --moves,
// every game's moves with their reasons in words (rendered by i18n, as the game shows them).
import { performance } from 'node:perf_hooks';
import {
  BASELINES,
  type GameRecord,
  type NegotiatorFactory,
  negotiatorFactory,
  type SimulationReport,
  simulate,
} from '../ai';
import { DIFFICULTIES, type Difficulty, type Model, SIDES, type Side, walkAwayScore } from '../engine';
import { reasonTexts } from '../i18n';
import { byParty, packageIds } from './analyze';
import { EXIT, type Output, readScenarioFile, stdio } from './io';

/** Usage line of this command. */
export const USAGE = `simulate FILE --<party> PERSONA --<party> PERSONA [--games N] [--seed S] [--difficulty ${DIFFICULTIES.join('|')}] [--json] [--moves]  computer against computer (baselines: ${BASELINES.join(', ')})`;

interface Args {
  readonly file: string;
  readonly flags: ReadonlyMap<string, string>;
  readonly json: boolean;
  /** List every game's moves with their reasons. */
  readonly moves: boolean;
}

function parseArgs(args: readonly string[]): Args | string {
  let file: string | undefined;
  let json = false;
  let moves = false;
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--moves') moves = true;
    else if (a.startsWith('--')) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return `${a} needs a value`;
      flags.set(a.slice(2), value);
    } else if (file === undefined) file = a;
    else return `unexpected argument "${a}"`;
  }
  return file === undefined ? 'the scenario FILE is missing' : { file, flags, json, moves };
}

function count(
  flags: ReadonlyMap<string, string>,
  name: string,
  fallback: number,
  min: number,
): number | string {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min
    ? n
    : `--${name} must be a whole number of at least ${min}, not "${raw}"`;
}

interface Setup {
  readonly names: readonly [string, string];
  readonly games: number;
  readonly seed: number;
  readonly difficulty: Difficulty | undefined;
}

function setup(model: Model, flags: ReadonlyMap<string, string>): Setup | string {
  const ids = SIDES.map((s) => model.parties[s].id);
  for (const k of flags.keys()) {
    if (!['games', 'seed', 'difficulty', ...ids].includes(k))
      return `unknown option --${k} (parties: ${ids.join(', ')})`;
  }
  const games = count(flags, 'games', 100, 1);
  const seed = count(flags, 'seed', 1, 0);
  if (typeof games === 'string') return games;
  if (typeof seed === 'string') return seed;
  const d = flags.get('difficulty');
  if (d !== undefined && !(DIFFICULTIES as readonly string[]).includes(d))
    return `--difficulty must be one of ${DIFFICULTIES.join(', ')}`;
  const names = [flags.get(ids[0]!) ?? 'pragmatist', flags.get(ids[1]!) ?? 'pragmatist'] as const;
  return { names, games, seed, difficulty: d as Difficulty | undefined };
}

const fixed = (x: number | null, digits = 3) => (x === null ? 'n/a' : x.toFixed(digits));

/** True when every game was played move for move the same (events included): the seeds changed nothing. */
export function allSame(records: readonly GameRecord[]): boolean {
  if (records.length < 2) return false;
  const first = JSON.stringify(records[0]!.log);
  return records.every((r) => JSON.stringify(r.log) === first);
}

/** Why the seeds changed nothing, in words. */
function sameReason(model: Model): string {
  const random = model.events.some((e) => e.probability !== null);
  return random
    ? 'no random event fired differently and the players draw nothing from the seed'
    : 'the scenario has no random events and the players draw nothing from the seed';
}

/** The walk-away values the report measures against: before any event, and in games where events moved them. */
export function walkAwayReport(model: Model, records: readonly GameRecord[]) {
  const start = SIDES.map((s) => walkAwayScore(model, s)) as [number, number];
  const moved = records.filter((r) => r.walkAway[0] !== start[0] || r.walkAway[1] !== start[1]);
  const range = (s: Side) => {
    const xs = moved.map((r) => r.walkAway[s]).filter((x) => x !== start[s]);
    return xs.length > 0 ? { min: Math.min(...xs), max: Math.max(...xs), games: xs.length } : null;
  };
  return { start, moved: moved.length, range: [range(0), range(1)] as const };
}

function walkAwayLines(model: Model, r: SimulationReport, ids: readonly string[]): string[] {
  const w = walkAwayReport(model, r.records);
  const lines = [
    `  walk-away score           ${ids.map((id, k) => `${id} ${w.start[k]!.toFixed(1)}`).join('  ')} (before any event)`,
  ];
  if (w.moved === 0) return lines;
  const span = (k: 0 | 1) => {
    const x = w.range[k];
    if (x === null) return [];
    const value = x.min === x.max ? x.min.toFixed(1) : `${x.min.toFixed(1)}–${x.max.toFixed(1)}`;
    return [`${ids[k]} ${value} in ${x.games} of ${r.games} games`];
  };
  lines.push(
    `  moved by events           ${[...span(0), ...span(1)].join(', ')}`,
    '    utilities and distances of those games are measured on their payoffs after the events,',
    '    against the walk-away (reservation) value after them, not the one before',
  );
  return lines;
}

function printText(model: Model, s: Setup, r: SimulationReport, ids: readonly string[], io: Output): void {
  const pct = (n: number) => `${n} (${((100 * n) / r.games).toFixed(1)}%)`;
  const perSecond = r.playTime ? (r.games / (r.playTime / 1000)).toFixed(0) : 'n/a';
  io.out(
    `simulate ${model.id}: ${ids[0]} ${s.names[0]} vs ${ids[1]} ${s.names[1]}, ${r.games} games from seed ${s.seed}`,
  );
  io.out(`  deals ratified            ${pct(r.ratified)}`);
  io.out(`  rejected at home          ${pct(r.rejectedAtHome)}`);
  io.out(`  walk-aways                ${pct(r.walkAways)}`);
  io.out(`  deadline, no deal         ${pct(r.deadlines)}`);
  io.out(`  mean rounds               ${r.meanRounds.toFixed(2)} of ${model.rules.rounds}`);
  const agreed = Object.entries(r.agreementRounds);
  io.out(
    `  round of agreement        ${agreed.length > 0 ? agreed.map(([round, n]) => `${round}: ${n}`).join(', ') : 'none'}`,
  );
  io.out(
    `  mean utility              ${ids.map((id, k) => `${id} ${fixed(r.meanUtility?.[k] ?? null)}`).join('  ')}`,
  );
  io.out(`  mean distance to frontier ${fixed(r.meanDistance, 4)} (${r.ratified} deals)`);
  for (const line of walkAwayLines(model, r, ids)) io.out(line);
  io.out(`  games per second          ${perSecond}`);
  if (allSame(r.records))
    io.out(
      `  all ${r.games} games were the same: ${sameReason(model)}, so the seeds changed nothing (one game tells it all)`,
    );
  if (r.illegalMoves > 0) io.out(`  ILLEGAL MOVES             ${r.illegalMoves}`);
}

/** A game's moves: who moved (party id), what, in which round, and the reason's code and words. */
function movesOf(model: Model, g: GameRecord) {
  const texts = reasonTexts(model, g.log);
  return g.log.flatMap((e, k) =>
    e.kind === 'move'
      ? [
          {
            side: model.parties[e.move.side].id,
            type: e.move.type,
            round: e.round,
            reason: e.move.reason ? { code: e.move.reason.code, text: texts[k] ?? '' } : null,
          },
        ]
      : [],
  );
}

/** Every game's moves as readable lines. */
function printMoves(model: Model, records: readonly GameRecord[], io: Output): void {
  for (const g of records) {
    io.out(`game seed ${g.seed}: ${g.outcome?.kind ?? 'unfinished'}`);
    for (const m of movesOf(model, g))
      io.out(`  round ${m.round}  ${m.side} ${m.type}${m.reason ? `: ${m.reason.text}` : ''}`);
  }
}

function gameJson(model: Model, g: GameRecord, withMoves: boolean) {
  const o = g.outcome;
  const pkg =
    o && (o.kind === 'ratified' || o.kind === 'rejectedAtHome') ? packageIds(model, o.package) : null;
  return {
    seed: g.seed,
    outcome: o
      ? { ...o, ...('by' in o ? { by: model.parties[o.by].id } : {}), ...(pkg ? { package: pkg } : {}) }
      : null,
    scores: byParty(model, (s) => Number(g.scores[s].toFixed(3))),
    utility: g.utility ? byParty(model, (s) => Number(g.utility![s].toFixed(4))) : null,
    walkAway: byParty(model, (s) => Number(g.walkAway[s].toFixed(3))),
    reservation: g.reservation ? byParty(model, (s) => Number(g.reservation![s].toFixed(4))) : null,
    distance: g.distance === null ? null : Number(g.distance.toFixed(4)),
    moves: withMoves ? movesOf(model, g) : g.moves,
  };
}

/** Run the command; returns the exit code. */
export async function run(args: string[], io: Output = stdio): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`simulate: ${parsed}\nusage: npm run scenario -- ${USAGE}`);
    return EXIT.usage;
  }
  // With --json, stdout carries only the JSON and stderr nothing: the scenario's warnings go into
  // the JSON; were the file to fail, they are printed with its errors.
  const notes: string[] = [];
  const read = await readScenarioFile(
    parsed.file,
    {},
    parsed.json ? { out: io.out, err: (l) => notes.push(l) } : io,
  );
  if (!read.ok) {
    for (const line of notes) io.err(line);
    return read.exitCode;
  }
  const model = read.model;
  const s = setup(model, parsed.flags);
  if (typeof s === 'string') {
    io.err(`simulate: ${s}`);
    return EXIT.usage;
  }
  const made = SIDES.map((side) => negotiatorFactory(model, side, s.names[side], s.difficulty));
  const factories: NegotiatorFactory[] = [];
  for (const f of made) {
    if (!f.ok) {
      io.err(`simulate: ${f.message}`);
      return EXIT.usage;
    }
    factories.push(f.factory);
  }
  const report = simulate(model, [factories[0]!, factories[1]!], {
    games: s.games,
    seed: s.seed,
    clock: () => performance.now(),
    // Reasons are worked out only when --moves prints them: they never change a move.
    explain: parsed.moves,
  });
  const ids = SIDES.map((side) => model.parties[side].id);
  if (!parsed.json) {
    if (parsed.moves) printMoves(model, report.records, io);
    printText(model, s, report, ids, io);
  } else {
    const { records, playTime, ...summary } = report;
    const out = {
      scenario: model.id,
      players: byParty(model, (side) => s.names[side]),
      seed: s.seed,
      warnings: notes,
      summary: {
        ...summary,
        identicalGames: allSame(records),
        walkAway: (() => {
          const w = walkAwayReport(model, records);
          return {
            beforeEvents: byParty(model, (side) => w.start[side]),
            movedInGames: w.moved,
            afterEvents: byParty(model, (side) => w.range[side]),
          };
        })(),
        meanUtility: report.meanUtility ? byParty(model, (side) => report.meanUtility![side]) : null,
        gamesPerSecond: playTime ? report.games / (playTime / 1000) : null,
      },
      games: records.map((g) => gameJson(model, g, parsed.moves)),
    };
    io.out(JSON.stringify(out, null, 2));
  }
  return report.illegalMoves > 0 ? EXIT.invalid : EXIT.ok;
}
