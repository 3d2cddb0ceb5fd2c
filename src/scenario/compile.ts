// Turns a checked scenario file (ids) into the engine's Model (indices, dense arrays, defaults
// filled in). Only called after the schema and semantic checks passed, so every id resolves.
import type {
  Factor,
  FactorChange,
  FactorKind,
  GameEvent,
  Interaction,
  Issue,
  Model,
  PartyModel,
  Persona,
  Side,
  Statement,
} from '../engine';
import type { ScenarioFile } from './schema';

type Payoff = ScenarioFile['payoffs'][string];
type FileFactor = Payoff['constituencies'][number] | Payoff['security'][number];
type Effects = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** Default weight a persona gives to what it learns of the other side. */
export const DEFAULT_EMPATHY = 0.5;
/** Default first round a probabilistic event may fire. */
export const DEFAULT_FROM_ROUND = 2;

const own = <T>(rec: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  rec !== undefined && Object.hasOwn(rec, key) ? rec[key] : undefined;

interface Index {
  readonly side: (id: string) => Side;
  readonly issue: (id: string) => number;
  readonly option: (issue: number, id: string) => number;
  readonly factor: (side: Side, id: string) => { kind: FactorKind; factor: number };
}

function indexOf(file: ScenarioFile): Index {
  const at = (list: readonly { id: string }[], id: string) =>
    Math.max(
      0,
      list.findIndex((x) => x.id === id),
    );
  const payoffOf = (side: Side): Payoff | undefined => own(file.payoffs, file.parties[side]?.id ?? '');
  return {
    side: (id) => (file.parties[1]?.id === id && file.parties[0]?.id !== id ? 1 : 0),
    issue: (id) => at(file.issues, id),
    option: (issue, id) => at(file.issues[issue]?.options ?? [], id),
    factor: (side, id) => {
      const p = payoffOf(side);
      const c = p?.constituencies.findIndex((f) => f.id === id) ?? -1;
      if (c >= 0) return { kind: 'constituency', factor: c };
      return { kind: 'security', factor: Math.max(0, p?.security.findIndex((f) => f.id === id) ?? 0) };
    },
  };
}

/** Dense effects[issue][option], 0 where the file gives nothing. */
function denseEffects(file: ScenarioFile, effects: Effects): number[][] {
  return file.issues.map((issue) => issue.options.map((o) => own(own(effects, issue.id), o.id) ?? 0));
}

function factorOf(file: ScenarioFile, ix: Index, f: FileFactor, weight: number, veto: number | null): Factor {
  const interactions: Interaction[] = (f.interactions ?? []).map((x) => {
    const [a, b] = Object.entries(x.when).map(([issueId, optionId]) => {
      const issue = ix.issue(issueId);
      return [issue, ix.option(issue, optionId)] as const;
    });
    const out: Interaction = { a: a ?? [0, 0], b: b ?? [0, 0], change: x.change };
    return x.note === undefined ? out : { ...out, note: x.note };
  });
  const base = {
    id: f.id,
    name: f.name,
    weight,
    baseline: f.baseline,
    effects: denseEffects(file, f.effects),
    interactions,
    veto,
  };
  return f.description === undefined ? base : { ...base, description: f.description };
}

function partyOf(file: ScenarioFile, ix: Index, side: Side): PartyModel {
  const party = file.parties[side] ?? { id: '', name: '', colour: '#000000' };
  const p = own(file.payoffs, party.id);
  if (!p) throw new Error(`no payoff for ${party.id}`);
  const constituencies = p.constituencies.map((c) => factorOf(file, ix, c, c.clout, c.veto ?? null));
  const indicators = p.security;
  const security = indicators.map((s) => factorOf(file, ix, s, s.weight, null));
  const effects = p.noDeal.effects;
  return {
    id: party.id,
    name: party.name,
    colour: party.colour,
    constituencies,
    security,
    approvalWeight: p.approvalWeight,
    threshold: p.ratification.threshold,
    noDeal: {
      description: p.noDeal.description,
      constituencies: p.constituencies.map((c) => own(effects, c.id) ?? 0),
      security: indicators.map((s) => own(effects, s.id) ?? 0),
      ...(p.noDeal.score === undefined ? {} : { score: p.noDeal.score }),
    },
    costPerRound: p.costPerRound ?? 0,
    briefing: p.briefing,
    publicHints: p.publicHints ?? [],
  };
}

function eventOf(ix: Index, e: NonNullable<ScenarioFile['events']>[number]): GameEvent {
  const changes: FactorChange[] = e.changes.map((c) => {
    const side = ix.side(c.party);
    const { kind, factor } = ix.factor(side, c.target);
    const effects = Object.entries(c.effects ?? {}).flatMap(([issueId, byOption]) => {
      const issue = ix.issue(issueId);
      return Object.entries(byOption).map(([optionId, change]) => ({
        issue,
        option: ix.option(issue, optionId),
        change,
      }));
    });
    const out: { -readonly [K in keyof FactorChange]: FactorChange[K] } = { side, kind, factor };
    if (c.clout !== undefined) out.weight = c.clout;
    if (c.baseline !== undefined) out.baseline = c.baseline;
    if (effects.length > 0) out.effects = effects;
    return out;
  });
  return {
    id: e.id,
    name: e.name,
    news: e.news,
    round: e.round ?? null,
    probability: e.probability ?? null,
    fromRound: e.fromRound ?? DEFAULT_FROM_ROUND,
    changes,
  };
}

function statementOf(ix: Index, s: NonNullable<ScenarioFile['statements']>[number]): Statement {
  const side = ix.side(s.party);
  return {
    id: s.id,
    side,
    text: s.text,
    breaks: Object.entries(s.breaks).map(([issueId, options]) => {
      const issue = ix.issue(issueId);
      return { issue, options: options.map((o) => ix.option(issue, o)) };
    }),
    costs: Object.entries(s.audienceCost).map(([id, change]) => ({ ...ix.factor(side, id), change })),
  };
}

function personaOf(ix: Index, p: NonNullable<ScenarioFile['personas']>[number]): Persona {
  const { party, empathy, ...rest } = p;
  return { ...rest, side: ix.side(party), empathy: empathy ?? DEFAULT_EMPATHY };
}

/** The engine's Model for a checked file; `contentHash` comes from the loader. */
export function compile(file: ScenarioFile, contentHash: string): Model {
  const ix = indexOf(file);
  const issues: Issue[] = file.issues.map((i, n) => ({
    id: i.id,
    name: i.name,
    description: i.description,
    options: i.options,
    statusQuo: i.statusQuo === undefined ? 0 : ix.option(n, i.statusQuo),
    ...(i.statusQuo === undefined ? { noStatusQuo: true } : {}),
    concededBy: i.concededBy === undefined ? null : ix.side(i.concededBy),
  }));
  const h = file.historical;
  return {
    id: file.id,
    title: file.title,
    summary: file.summary,
    year: file.year,
    contentHash,
    sources: file.sources,
    parties: [partyOf(file, ix, 0), partyOf(file, ix, 1)],
    issues,
    rules: { rounds: file.rules.rounds, firstMover: ix.side(file.rules.firstMover) },
    events: (file.events ?? []).map((e) => eventOf(ix, e)),
    statements: (file.statements ?? []).map((s) => statementOf(ix, s)),
    personas: (file.personas ?? []).map((p) => personaOf(ix, p)),
    historical: h
      ? {
          package: file.issues.map((issue, n) => ix.option(n, own(h.package, issue.id) ?? '')),
          description: h.description,
          ...(h.source === undefined ? {} : { source: h.source }),
        }
      : null,
    glossary: file.glossary ?? [],
    debrief: file.debrief
      ? {
          sources: file.debrief.sources ?? [],
          whatHappenedNext: file.debrief.whatHappenedNext ?? [],
          questions: file.debrief.questions ?? [],
          readings: file.debrief.readings ?? [],
        }
      : null,
  };
}
