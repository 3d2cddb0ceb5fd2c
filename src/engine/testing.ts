// A small builder of Models for tests (engine, ai, analysis): say only what a test is about,
// and get a complete, valid Model with zero effects and plain defaults for everything else.
import type {
  BySide,
  Factor,
  GameEvent,
  Interaction,
  Model,
  Package,
  PartyModel,
  Side,
  Statement,
} from './model';
import { nextFloat, nextInt, type RngState, seedRng } from './rng';

/** A constituency or security indicator; effects[issue][option], missing rows and cells are 0. */
export interface FactorSpec {
  readonly id?: string;
  readonly weight?: number;
  readonly baseline?: number;
  readonly effects?: readonly (readonly number[])[];
  readonly interactions?: readonly Interaction[];
  readonly veto?: number | null;
}

/** One side's payoff model; defaults: approvalWeight 1, threshold 0, no no-deal effects. */
export interface SideSpec {
  readonly id?: string;
  readonly constituencies: readonly FactorSpec[];
  readonly security?: readonly FactorSpec[];
  readonly approvalWeight?: number;
  readonly threshold?: number;
  readonly noDeal?: {
    readonly constituencies?: readonly number[];
    readonly security?: readonly number[];
    readonly score?: number;
  };
  readonly costPerRound?: number;
}

/**
 * An issue: its option count (or option ids), status quo (default 0; null: none) and conceding
 * side (default 0; null: none).
 */
export interface IssueSpec {
  readonly id?: string;
  readonly options: number | readonly string[];
  readonly statusQuo?: number | null;
  readonly concededBy?: Side | null;
}

export interface ModelSpec {
  readonly id?: string;
  readonly issues: readonly IssueSpec[];
  readonly sides: BySide<SideSpec>;
  readonly events?: readonly GameEvent[];
  readonly statements?: readonly Statement[];
  readonly historical?: Package;
  readonly rounds?: number;
}

function buildFactor(spec: FactorSpec, id: string, optionCounts: readonly number[]): Factor {
  return {
    id: spec.id ?? id,
    name: spec.id ?? id,
    weight: spec.weight ?? 1,
    baseline: spec.baseline ?? 50,
    effects: optionCounts.map((n, issue) =>
      Array.from({ length: n }, (_, o) => spec.effects?.[issue]?.[o] ?? 0),
    ),
    interactions: spec.interactions ?? [],
    veto: spec.veto ?? null,
  };
}

function buildParty(spec: SideSpec, side: Side, optionCounts: readonly number[]): PartyModel {
  const id = spec.id ?? (side === 0 ? 'a' : 'b');
  const constituencies = spec.constituencies.map((f, i) => buildFactor(f, `${id}-c${i}`, optionCounts));
  const security = (spec.security ?? []).map((f, i) => buildFactor(f, `${id}-s${i}`, optionCounts));
  return {
    id,
    name: id.toUpperCase(),
    colour: side === 0 ? '#1f5fa8' : '#c0392b',
    constituencies,
    security,
    approvalWeight: spec.approvalWeight ?? 1,
    threshold: spec.threshold ?? 0,
    noDeal: {
      description: 'No deal.',
      constituencies: constituencies.map((_, i) => spec.noDeal?.constituencies?.[i] ?? 0),
      security: security.map((_, i) => spec.noDeal?.security?.[i] ?? 0),
      ...(spec.noDeal?.score === undefined ? {} : { score: spec.noDeal.score }),
    },
    costPerRound: spec.costPerRound ?? 0,
    briefing: '',
    publicHints: [],
  };
}

/** A complete Model from a short spec (for tests). */
export function buildModel(spec: ModelSpec): Model {
  const optionCounts = spec.issues.map((i) => (typeof i.options === 'number' ? i.options : i.options.length));
  const issues = spec.issues.map((i, n) => {
    const ids =
      typeof i.options === 'number' ? Array.from({ length: i.options }, (_, o) => `o${o}`) : i.options;
    return {
      id: i.id ?? `i${n}`,
      name: i.id ?? `i${n}`,
      description: '',
      options: ids.map((id) => ({ id, label: id })),
      statusQuo: i.statusQuo ?? 0,
      ...(i.statusQuo === null ? { noStatusQuo: true } : {}),
      concededBy: i.concededBy === undefined ? 0 : i.concededBy,
    };
  });
  return {
    id: spec.id ?? 'test',
    title: 'Test',
    summary: '',
    year: 2025,
    contentHash: 'test',
    sources: [],
    parties: [buildParty(spec.sides[0], 0, optionCounts), buildParty(spec.sides[1], 1, optionCounts)],
    issues,
    rules: { rounds: spec.rounds ?? 6, firstMover: 0 },
    events: spec.events ?? [],
    statements: spec.statements ?? [],
    personas: [],
    historical: spec.historical ? { package: spec.historical, description: 'Historical.' } : null,
    glossary: [],
    debrief: null,
  };
}

/** Shape of a random model: issue and option counts, factors per side, interactions per factor. */
export interface RandomModelShape {
  readonly issues: readonly [min: number, max: number];
  readonly options: readonly [min: number, max: number];
  readonly factors: readonly [min: number, max: number];
  /** Effects are integers in [-range, range]; integers keep sums exact. */
  readonly range: number;
}

const DEFAULT_SHAPE: RandomModelShape = { issues: [2, 4], options: [2, 4], factors: [1, 3], range: 40 };

/** A seeded random Model for property tests: integer effects, weights and baselines, some vetoes. */
export function randomModel(seed: number, shape: RandomModelShape = DEFAULT_SHAPE): Model {
  let rng: RngState = seedRng(seed);
  const int = (lo: number, hi: number): number => {
    const [x, s] = nextInt(rng, hi - lo + 1);
    rng = s;
    return lo + x;
  };
  const chance = (p: number): boolean => {
    const [x, s] = nextFloat(rng);
    rng = s;
    return x < p;
  };
  const counts = Array.from({ length: int(...shape.issues) }, () => int(...shape.options));
  const issues: IssueSpec[] = counts.map((n) => ({
    options: n,
    statusQuo: int(0, n - 1),
    concededBy: int(0, 1) as Side,
  }));
  const factor = (veto: boolean): FactorSpec => ({
    weight: int(1, 5),
    baseline: int(20, 80),
    effects: counts.map((n) =>
      Array.from({ length: n }, () => (chance(0.2) ? 0 : int(-shape.range, shape.range))),
    ),
    interactions:
      counts.length > 1 && chance(0.4)
        ? [{ a: [0, int(0, counts[0]! - 1)], b: [1, int(0, counts[1]! - 1)], change: int(-20, 20) }]
        : [],
    veto: veto && chance(0.3) ? int(5, 40) : null,
  });
  const side = (): SideSpec => ({
    constituencies: Array.from({ length: int(...shape.factors) }, () => factor(true)),
    security: Array.from({ length: int(0, 2) }, () => factor(false)),
    approvalWeight: int(0, 4) / 4,
    threshold: int(0, 60),
    noDeal: { constituencies: [int(-30, 10)], security: [int(-20, 10)] },
  });
  const statements: Statement[] = ([0, 1] as const).flatMap((side) =>
    chance(0.5)
      ? [
          {
            id: `st${side}`,
            side,
            text: 'We will not.',
            breaks: [{ issue: int(0, counts.length - 1), options: [int(0, 1)] }],
            costs: [{ kind: 'constituency' as const, factor: 0, change: -int(1, 30) }],
          },
        ]
      : [],
  );
  return buildModel({
    issues,
    sides: [side(), side()],
    statements,
    historical: counts.map((n) => int(0, n - 1)),
  });
}

/** An event that moves constituency 0's baseline of each listed side: scripted (round) or drawn (probability). */
export function baselineEvent(
  id: string,
  when: { readonly round: number } | { readonly probability: number; readonly fromRound: number },
  shifts: readonly (readonly [side: Side, baseline: number])[],
): GameEvent {
  const timing =
    'round' in when
      ? { round: when.round, probability: null, fromRound: 1 }
      : { round: null, probability: when.probability, fromRound: when.fromRound };
  return {
    id,
    name: id,
    news: id,
    ...timing,
    changes: shifts.map(([side, baseline]) => ({ side, kind: 'constituency' as const, factor: 0, baseline })),
  };
}

/** A statement by `side` broken by `option` on issue 0, costing constituency 0 `cost` points. */
export function issueZeroStatement(id: string, side: Side, option: number, cost: number): Statement {
  return {
    id,
    side,
    text: 'never',
    breaks: [{ issue: 0, options: [option] }],
    costs: [{ kind: 'constituency', factor: 0, change: cost }],
  };
}
