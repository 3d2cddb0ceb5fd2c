// The result of a game for the instructor: JSON (everything, with the replayable log) and CSV
// (one header and one row per game, so a class's files stack into one sheet), both carrying the
// student's name when given (also in the file name, as a slug).
import type { GameState, Model, Side } from '../engine';
import { currentModel, distanceToFrontier, other, saveLog, textIn, utilityOf } from '../engine';
import { analysisOf, dealOf } from './vm-end';
import { gameModel } from './catalog';
import { cleanName, nameSlug } from './student';
import type { GameConfig, StoreState } from './types';
import type { ExportFile } from './vm-types';

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The result as a plain record (the JSON export, and the source of the CSV row); `student` as typed. */
export function resultRecord(
  model: Model,
  game: GameState,
  config: GameConfig,
  student = '',
): Record<string, unknown> {
  const human = config.side;
  const comp: Side = other(human);
  const deal = dealOf(game);
  const a = analysisOf(currentModel(model, game), game.statements);
  const mode = config.mode ?? 'computer';
  const side = (s: Side) => {
    const r = game.results?.[s];
    return {
      party: model.parties[s].id,
      player: s === human || mode !== 'computer' ? 'human' : 'computer',
      ...(config.names ? { name: cleanName(config.names[s]) || null } : {}),
      score: r ? round2(r.score) : null,
      walkAway: r ? round2(r.walkAway) : null,
      approval: r ? round2(r.detail.approval) : null,
      security: r ? round2(r.detail.securityIndex) : null,
      timeCost: r ? round2(r.timeCost) : null,
      brokenStatements: r?.brokenStatements ?? [],
      utility: a && deal ? round2(utilityOf(a, s, deal) ?? 0) : a ? round2(a.reservation[s]) : null,
    };
  };
  return {
    format: 'bargaining-chips-result',
    version: 1,
    student: studentOf(config, student),
    mode,
    scenario: { id: model.id, title: textIn(model.title, 'en'), contentHash: model.contentHash },
    config: { side: model.parties[human].id, persona: config.personaId, seed: config.seed },
    outcome: game.outcome ? { kind: game.outcome.kind, round: game.outcome.round } : null,
    deal: deal
      ? Object.fromEntries(model.issues.map((iss, i) => [iss.id, iss.options[deal[i] ?? 0]?.id ?? '']))
      : null,
    human: side(human),
    computer: side(comp),
    distanceToFrontier: a && deal ? round2(distanceToFrontier(a, deal) ?? 0) : null,
    log: saveLog(game),
  };
}

/** Who played: the student's name; over the network both students' names, by side ('A / B'). */
function studentOf(config: GameConfig, student: string): string | null {
  if (config.names) {
    const both = config.names.map((n) => cleanName(n));
    return both.some((n) => n) ? both.join(' / ') : null;
  }
  return cleanName(student) || null;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v);
  // Quote always; double quotes inside; a leading =,+,-,@ is defused so spreadsheets never run it.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The CSV text: one header and one row. */
export function resultCsv(model: Model, game: GameState, config: GameConfig, student = ''): string {
  const r = resultRecord(model, game, config, student) as {
    student: string | null;
    outcome: { kind: string; round: number } | null;
    deal: Record<string, string> | null;
    human: Record<string, unknown>;
    computer: Record<string, unknown>;
    distanceToFrontier: number | null;
  };
  const cols: [string, unknown][] = [
    ['student', r.student],
    ['scenario', model.id],
    ['seed', config.seed],
    ['human_side', r.human.party],
    ['persona', config.personaId],
    ['outcome', r.outcome?.kind],
    ['round', r.outcome?.round],
  ];
  for (const who of ['human', 'computer'] as const) {
    for (const k of ['score', 'walkAway', 'approval', 'security', 'timeCost', 'utility', 'brokenStatements'])
      cols.push([`${who}_${k}`, r[who][k]]);
  }
  cols.push(['distance_to_frontier', r.distanceToFrontier]);
  for (const issue of model.issues) cols.push([`deal_${issue.id}`, r.deal?.[issue.id] ?? '']);
  return `${cols.map(([k]) => csvCell(k)).join(',')}\r\n${cols.map(([, v]) => csvCell(v)).join(',')}\r\n`;
}

/** The export file of the finished game, or null before the end. */
export function selectExport(s: StoreState, kind: 'json' | 'csv'): ExportFile | null {
  const model = gameModel(s);
  if (!model || !s.game?.outcome || !s.config) return null;
  const student = s.settings.playerName;
  const slug = nameSlug(student);
  const base = `bargaining-chips-${model.id}-${s.config.seed}${slug ? `-${slug}` : ''}`;
  if (kind === 'json') {
    return {
      name: `${base}.json`,
      mime: 'application/json',
      text: `${JSON.stringify(resultRecord(model, s.game, s.config, student), null, 2)}\n`,
    };
  }
  return { name: `${base}.csv`, mime: 'text/csv', text: resultCsv(model, s.game, s.config, student) };
}
