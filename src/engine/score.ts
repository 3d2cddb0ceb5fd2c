// Scoring: what a package does to each constituency and security indicator of one side,
// and whether that side's home ratifies it. Pure functions of the (event-adjusted) model.
import type { Factor, FactorKind, Model, Package, Side, Statement } from './model';
import { statusQuo } from './model';

/** Why a factor moved: an option, a pair of options, a broken statement or no deal. */
export type Cause =
  | { readonly kind: 'option'; readonly issue: number; readonly option: number; readonly change: number }
  | { readonly kind: 'interaction'; readonly index: number; readonly change: number }
  | { readonly kind: 'statement'; readonly statement: string; readonly change: number }
  | { readonly kind: 'noDeal'; readonly change: number };

export interface FactorScore {
  readonly id: string;
  /** Support (or level) 0–100 after all changes, clamped. */
  readonly value: number;
  readonly baseline: number;
  readonly weight: number;
  /** The non-zero changes behind `value`, largest first. */
  readonly causes: readonly Cause[];
  /** This constituency's veto is triggered (value below its veto level). */
  readonly vetoes: boolean;
}

export type RatificationFailure =
  | { readonly kind: 'threshold'; readonly approval: number; readonly threshold: number }
  | { readonly kind: 'veto'; readonly factor: string; readonly value: number; readonly veto: number };

export interface SideScore {
  readonly constituencies: readonly FactorScore[];
  readonly security: readonly FactorScore[];
  /** Clout-weighted mean support, 0–100. */
  readonly approval: number;
  /** Weighted mean of the security indicators, 0–100. */
  readonly securityIndex: number;
  /** The side's blend of approval and security, 0–100. */
  readonly score: number;
  /** Ratified at home: approval at least the threshold and no veto triggered. */
  readonly ratified: boolean;
  /** Every reason ratification fails (empty when ratified). */
  readonly failures: readonly RatificationFailure[];
}

export interface ScoreOptions {
  /** Ids of statements this side made; any the package breaks add their audience costs. */
  readonly statements?: readonly string[];
  /**
   * Score as no deal: the status quo plus the side's no-deal changes; a walk-away value the
   * scenario states directly (`noDeal.score`) replaces the score (the factors stay as scored).
   */
  readonly noDeal?: boolean;
}

const clamp100 = (x: number) => Math.max(0, Math.min(100, x));

/** True when the package holds any option the statement rules out. */
export function breaksStatement(statement: Statement, pkg: Package): boolean {
  return statement.breaks.some((b) => b.options.includes(pkg[b.issue] ?? -1));
}

function scoreFactor(f: Factor, pkg: Package, extra: readonly Cause[]): FactorScore {
  const causes: Cause[] = [];
  pkg.forEach((option, issue) => {
    const change = f.effects[issue]?.[option] ?? 0;
    if (change !== 0) causes.push({ kind: 'option', issue, option, change });
  });
  f.interactions.forEach((x, index) => {
    if (pkg[x.a[0]] === x.a[1] && pkg[x.b[0]] === x.b[1] && x.change !== 0) {
      causes.push({ kind: 'interaction', index, change: x.change });
    }
  });
  for (const c of extra) if (c.change !== 0) causes.push(c);
  causes.sort((p, q) => Math.abs(q.change) - Math.abs(p.change));
  const value = clamp100(causes.reduce((s, c) => s + c.change, f.baseline));
  return {
    id: f.id,
    value,
    baseline: f.baseline,
    weight: f.weight,
    causes,
    vetoes: f.veto !== null && value < f.veto,
  };
}

/** Weighted mean of factor values (0 when no weight). */
export function weightedMean(factors: readonly FactorScore[]): number {
  let w = 0;
  let s = 0;
  for (const f of factors) {
    w += f.weight;
    s += f.weight * f.value;
  }
  return w > 0 ? s / w : 0;
}

/** Full scoring of a package (or of no deal) for one side. */
export function scorePackage(model: Model, side: Side, pkg: Package, options: ScoreOptions = {}): SideScore {
  const party = model.parties[side];
  const p = options.noDeal ? statusQuo(model) : pkg;
  const extras = (kind: FactorKind, i: number): Cause[] => {
    const out: Cause[] = [];
    if (options.noDeal) {
      const d = (kind === 'constituency' ? party.noDeal.constituencies : party.noDeal.security)[i] ?? 0;
      if (d !== 0) out.push({ kind: 'noDeal', change: d });
    } else {
      for (const st of model.statements) {
        if (st.side !== side || !options.statements?.includes(st.id) || !breaksStatement(st, p)) continue;
        for (const c of st.costs) {
          if (c.kind === kind && c.factor === i)
            out.push({ kind: 'statement', statement: st.id, change: c.change });
        }
      }
    }
    return out;
  };
  const constituencies = party.constituencies.map((f, i) => scoreFactor(f, p, extras('constituency', i)));
  const security = party.security.map((f, i) => scoreFactor(f, p, extras('security', i)));
  const approval = weightedMean(constituencies);
  const securityIndex = weightedMean(security);
  const stated = options.noDeal ? party.noDeal.score : undefined;
  const score = stated ?? party.approvalWeight * approval + (1 - party.approvalWeight) * securityIndex;
  const failures: RatificationFailure[] = [];
  if (approval < party.threshold) failures.push({ kind: 'threshold', approval, threshold: party.threshold });
  for (const [i, c] of constituencies.entries()) {
    const veto = party.constituencies[i]?.veto;
    if (c.vetoes && veto != null) failures.push({ kind: 'veto', factor: c.id, value: c.value, veto });
  }
  return {
    constituencies,
    security,
    approval,
    securityIndex,
    score,
    ratified: failures.length === 0,
    failures,
  };
}

/** The walk-away value: the side's score with no deal. */
export function walkAwayScore(model: Model, side: Side): number {
  return scorePackage(model, side, statusQuo(model), { noDeal: true }).score;
}

/**
 * A factor's value from its changes, as scoreFactor finds it: the changes in the same order
 * (options by issue, interactions, then `extra`), sorted by size with a stable sort, summed from
 * the baseline and clamped, so the result is the same number to the last bit.
 */
function factorValue(f: Factor, pkg: Package, extra: readonly number[], changes: number[]): number {
  changes.length = 0;
  for (let issue = 0; issue < pkg.length; issue++) {
    const change = f.effects[issue]?.[pkg[issue]!] ?? 0;
    if (change !== 0) changes.push(change);
  }
  for (const x of f.interactions)
    if (pkg[x.a[0]] === x.a[1] && pkg[x.b[0]] === x.b[1] && x.change !== 0) changes.push(x.change);
  for (const c of extra) if (c !== 0) changes.push(c);
  // Largest first, equal sizes kept in order: the order of scoreFactor's stable sort.
  for (let k = 1; k < changes.length; k++) {
    const c = changes[k]!;
    let at = k;
    while (at > 0 && Math.abs(changes[at - 1]!) < Math.abs(c)) {
      changes[at] = changes[at - 1]!;
      at--;
    }
    changes[at] = c;
  }
  let value = f.baseline;
  for (const c of changes) value += c;
  return clamp100(value);
}

const NO_CHANGES: readonly number[] = [];

/** A package's score and whether it is ratified: what scorePackage finds, without the detail. */
export interface QuickScore {
  readonly score: number;
  readonly ratified: boolean;
}

/**
 * scorePackage(model, side, pkg, { statements }) without the detail: the same arithmetic in the
 * same order (the same numbers), for callers that score many single packages and read only the
 * score and the verdict.
 */
export function quickScore(model: Model, side: Side, pkg: Package, statements: readonly string[] = []): QuickScore {
  const party = model.parties[side];
  const broken =
    statements.length === 0
      ? []
      : model.statements.filter((st) => st.side === side && statements.includes(st.id) && breaksStatement(st, pkg));
  const changes: number[] = [];
  let vetoed = false;
  const mean = (kind: FactorKind, factors: readonly Factor[]): number => {
    let w = 0;
    let s = 0;
    for (let i = 0; i < factors.length; i++) {
      const f = factors[i]!;
      const extra =
        broken.length === 0
          ? NO_CHANGES
          : broken.flatMap((st) => st.costs.filter((c) => c.kind === kind && c.factor === i).map((c) => c.change));
      const value = factorValue(f, pkg, extra, changes);
      if (kind === 'constituency' && f.veto !== null && value < f.veto) vetoed = true;
      w += f.weight;
      s += f.weight * value;
    }
    return w > 0 ? s / w : 0;
  };
  const approval = mean('constituency', party.constituencies);
  const securityIndex = mean('security', party.security);
  return {
    score: party.approvalWeight * approval + (1 - party.approvalWeight) * securityIndex,
    ratified: approval >= party.threshold && !vetoed,
  };
}
