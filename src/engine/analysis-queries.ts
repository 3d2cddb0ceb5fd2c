// Questions about one package against an Analysis: its utilities, whether it is in the zone of
// agreement, how far it is from the frontier, and which deals would be better for both sides.
import type { Analysis } from './analysis';
import { indexOf, packageAt } from './enumerate';
import { dominates } from './frontier';
import type { BySide, Package, Side } from './model';

/** A package with its place in the analysis. */
export interface PackagePoint {
  readonly index: number;
  readonly package: Package;
  /** Normalised utility per side. */
  readonly utility: BySide<number>;
}

/** Where one package sits among all packages (for the debrief and `analyze`). */
export interface PackageLocation extends PackagePoint {
  readonly ratified: BySide<boolean>;
  readonly inZopa: boolean;
  /** Euclidean distance in utility to the nearest ZOPA frontier point; null when there is none. */
  readonly distanceToFrontier: number | null;
  /** How many packages (of all) Pareto-dominate it. */
  readonly dominatedBy: number;
  /** How many ZOPA packages Pareto-dominate it. */
  readonly dominatedByInZopa: number;
}

/** A better deal for both: the alternative and what each side gains in utility. */
export interface Improvement extends PackagePoint {
  readonly gain: BySide<number>;
}

/** The point of a package index. */
export function pointAt(a: Analysis, index: number): PackagePoint {
  return { index, package: packageAt(a.model, index), utility: [a.utility[0][index]!, a.utility[1][index]!] };
}

/** A side's normalised utility for a package, or null for an invalid package. */
export function utilityOf(a: Analysis, side: Side, pkg: Package): number | null {
  const i = indexOf(a.model, pkg);
  return i < 0 ? null : a.utility[side][i]!;
}

/** True when both sides ratify the package and both strictly prefer it to walking away. */
export function inZopa(a: Analysis, index: number): boolean {
  return (
    a.ratified[0][index] === 1 &&
    a.ratified[1][index] === 1 &&
    a.utility[0][index]! > a.reservation[0] &&
    a.utility[1][index]! > a.reservation[1]
  );
}

/** Distance from (x, y) to the nearest of the points (xs[k], ys[k]); null when there are none. */
export function nearestDistance(x: number, y: number, xs: ArrayLike<number>, ys: ArrayLike<number>): number | null {
  if (xs.length === 0) return null;
  let best = Infinity;
  for (let k = 0; k < xs.length; k++) {
    const d = Math.hypot(xs[k]! - x, ys[k]! - y);
    if (d < best) best = d;
  }
  return best;
}

/** Distance in utility from a package to the nearest point of a frontier (default: the ZOPA's). */
export function distanceToFrontier(
  a: Analysis,
  pkg: Package,
  frontier: readonly number[] = a.frontier,
): number | null {
  const i = indexOf(a.model, pkg);
  if (i < 0) return null;
  const [u0, u1] = a.utility;
  return nearestDistance(
    u0[i]!,
    u1[i]!,
    frontier.map((f) => u0[f]!),
    frontier.map((f) => u1[f]!),
  );
}

/** Number of packages (all, or only the ZOPA) that Pareto-dominate the package at `index`. */
export function dominatedCount(a: Analysis, index: number, within: 'all' | 'zopa' = 'all'): number {
  const [u0, u1] = a.utility;
  const x = u0[index]!;
  const y = u1[index]!;
  let n = 0;
  if (within === 'zopa') {
    for (const j of a.zopa) if (dominates(u0[j]!, u1[j]!, x, y)) n++;
  } else {
    for (let j = 0; j < a.count; j++) if (dominates(u0[j]!, u1[j]!, x, y)) n++;
  }
  return n;
}

/** ZOPA packages at least as good for both and better for one, largest joint gain first. */
export function paretoImprovements(a: Analysis, pkg: Package, limit = 10): Improvement[] {
  const i = indexOf(a.model, pkg);
  if (i < 0 || limit <= 0) return [];
  const [u0, u1] = a.utility;
  const x = u0[i]!;
  const y = u1[i]!;
  const found: number[] = [];
  for (const j of a.zopa) if (dominates(u0[j]!, u1[j]!, x, y)) found.push(j);
  const gain = (j: number) => u0[j]! - x + (u1[j]! - y);
  found.sort((p, q) => gain(q) - gain(p) || p - q);
  return found.slice(0, limit).map((j) => ({ ...pointAt(a, j), gain: [u0[j]! - x, u1[j]! - y] }));
}

/** Everything the debrief says about one package, or null for an invalid package. */
export function locate(a: Analysis, pkg: Package): PackageLocation | null {
  const i = indexOf(a.model, pkg);
  if (i < 0) return null;
  return {
    ...pointAt(a, i),
    ratified: [a.ratified[0][i] === 1, a.ratified[1][i] === 1],
    inZopa: inZopa(a, i),
    distanceToFrontier: distanceToFrontier(a, pkg),
    dominatedBy: dominatedCount(a, i, 'all'),
    dominatedByInZopa: dominatedCount(a, i, 'zopa'),
  };
}
