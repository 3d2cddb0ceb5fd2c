// The engine's design warnings (no zone of agreement, a factor no option touches, a dominant
// issue, an unreachable threshold) as warning diagnostics located at the party, issue or factor
// they concern. The analysis itself lives in the engine; this only places its findings.
import { type DesignWarning, designWarnings, type Model } from '../engine';
import type { Diagnostic, PathSeg } from './diagnostic';
import { diagnosticAt, nodeAt, offsetOf, type Source } from './located';

/** Options for the design checks. */
export interface DesignOptions {
  /** Largest package space to enumerate; beyond it the checks that need every package are skipped. */
  readonly maxPackages?: number;
}

/** Where in the file a warning belongs. */
function pathOf(model: Model, w: DesignWarning): PathSeg[] {
  const party = w.side === undefined ? undefined : model.parties[w.side].id;
  if (party !== undefined && w.kind !== undefined && w.factor !== undefined) {
    return ['payoffs', party, w.kind === 'constituency' ? 'constituencies' : 'security', w.factor];
  }
  if (w.issue !== undefined) return ['issues', w.issue];
  if (party !== undefined && w.code === 'threshold-unreachable')
    return ['payoffs', party, 'ratification', 'threshold'];
  if (party !== undefined && w.code === 'weak-walk-away') return ['payoffs', party, 'noDeal'];
  if (party !== undefined) return ['payoffs', party];
  return w.code === 'too-large' ? ['issues'] : ['payoffs'];
}

/** Design warnings for a loaded model, located in its source. */
export function designDiagnostics(model: Model, source: Source, opts: DesignOptions = {}): Diagnostic[] {
  const warnings =
    opts.maxPackages === undefined
      ? designWarnings(model)
      : designWarnings(model, { maxPackages: opts.maxPackages });
  return warnings.map((w) => {
    const path = pathOf(model, w);
    const { node } = nodeAt(source.doc, path);
    const code = w.code === 'too-large' ? 'too-many-packages' : w.code;
    return diagnosticAt(source, offsetOf(node), code, w.message.replace(/\.$/, ''), {
      path,
      severity: 'warning',
    });
  });
}
