// The package space as numbers: package i ↔ index in a mixed radix over the issues' option
// counts. Issue 0 is the most significant digit and the last issue the fastest, so indices
// follow the lexicographic order of packages.
import type { Model, Package } from './model';

/** Place value of each issue's digit: index = Σ pkg[i] · strides[i]. */
export function strides(model: Model): number[] {
  const out = new Array<number>(model.issues.length).fill(1);
  for (let i = model.issues.length - 2; i >= 0; i--)
    out[i] = out[i + 1]! * model.issues[i + 1]!.options.length;
  return out;
}

/** A package as the command line writes and reads it: "issue=option, …" by ids. */
export function packageLabel(model: Model, pkg: Package): string {
  return model.issues.map((issue, i) => `${issue.id}=${issue.options[pkg[i]!]?.id ?? '?'}`).join(', ');
}

/** The package at an index in 0 … packageCount − 1 (digits of the mixed radix). */
export function packageAt(model: Model, index: number): Package {
  const pkg = new Array<number>(model.issues.length);
  let rest = index;
  for (let i = model.issues.length - 1; i >= 0; i--) {
    const n = model.issues[i]!.options.length;
    pkg[i] = rest % n;
    rest = Math.floor(rest / n);
  }
  return pkg;
}

/** The index of a package, or -1 when it is not a valid package of this model. */
export function indexOf(model: Model, pkg: Package): number {
  if (pkg.length !== model.issues.length) return -1;
  let index = 0;
  for (let i = 0; i < pkg.length; i++) {
    const n = model.issues[i]!.options.length;
    const o = pkg[i]!;
    if (!Number.isInteger(o) || o < 0 || o >= n) return -1;
    index = index * n + o;
  }
  return index;
}

/**
 * Where the issues split in two halves for sweeping the space (score-halves.ts) or decoding
 * packages from small tables: the first issue of the lower half, the shortest tail of issues
 * with at least √N combinations.
 */
export function splitPoint(counts: ArrayLike<number>): number {
  let total = 1;
  for (let i = 0; i < counts.length; i++) total *= counts[i]!;
  let lower = 1;
  let h = counts.length;
  while (h > 0 && lower * lower < total) lower *= counts[--h]!;
  return h;
}

/** The digits of every combination of issues [from, to) in index order, one row of to − from per combination. */
export function digitRows(counts: ArrayLike<number>, from = 0, to = counts.length): Uint8Array {
  const width = to - from;
  let size = 1;
  for (let i = from; i < to; i++) size *= counts[i]!;
  const out = new Uint8Array(size * width);
  const d = new Int32Array(width);
  for (let k = 0; k < size; k++) {
    for (let x = 0; x < width; x++) out[k * width + x] = d[x]!;
    for (let x = width - 1; x >= 0; x--) {
      if (++d[x]! < counts[from + x]!) break;
      d[x] = 0;
    }
  }
  return out;
}
