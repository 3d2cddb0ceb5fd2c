// The live preview: what a package would do at home for the human's side, and why — computed
// from the human's PlayerView only (its own payoff model as events left it).
import type { Factor, FactorScore, Model, Package, PartyModel, PlayerView, SideScore } from '../engine';
import { dealForView, scoreForView, scorePackage, statusQuo, textIn, viewModel } from '../engine';
import { fmtPoints, fmtScore, fmtSigned, type Translate } from '../i18n';
import { causeLine, failureLine } from './text';
import type { FactorPreviewVM, PreviewVM } from './vm-types';

function factorVM(
  model: Model,
  f: Factor | undefined,
  score: FactorScore,
  before: FactorScore | undefined,
  kind: 'constituency' | 'security',
  t: Translate,
  lang: string,
): FactorPreviewVM {
  const base = before?.value ?? score.baseline;
  const delta = score.value - base;
  return {
    id: score.id,
    name: textIn(f?.name ?? score.id, lang),
    kind,
    value: score.value,
    baseline: base,
    valueText:
      delta === 0
        ? fmtScore(score.value, lang)
        : `${fmtScore(score.value, lang)} (${fmtSigned(delta, lang)})`,
    delta,
    vetoes: score.vetoes,
    veto: f?.veto ?? null,
    why: score.causes.map((c) => causeLine(model, f, c, t, lang)),
  };
}

/** Factor lines of one side's scoring, each compared with a reference scoring (the status quo). */
export function factorLines(
  model: Model,
  party: PartyModel,
  score: SideScore,
  reference: SideScore | null,
  t: Translate,
  lang: string,
): FactorPreviewVM[] {
  return [
    ...score.constituencies.map((c, i) =>
      factorVM(model, party.constituencies[i], c, reference?.constituencies[i], 'constituency', t, lang),
    ),
    ...score.security.map((c, i) =>
      factorVM(model, party.security[i], c, reference?.security[i], 'security', t, lang),
    ),
  ];
}

/**
 * The preview of a package for the viewer, compared with the status quo: what the result would
 * charge if it were accepted in `round` (default now) — statements made and the one about to be
 * made (`statement`), fired events, that round's time cost.
 */
export function previewOf(
  model: Model,
  view: PlayerView,
  pkg: Package,
  t: Translate,
  lang: string,
  options: {
    readonly statement?: string | null;
    readonly round?: number;
    readonly failedAtHome?: boolean;
  } = {},
): PreviewVM {
  const deal = dealForView(view, pkg, options);
  // A deal that failed at home (on either side) settles as no deal: no time cost, the walk-away score.
  const result = options.failedAtHome
    ? { timeCost: 0, score: view.ownWalkAway }
    : { timeCost: deal.detail.ratified ? deal.timeCost : 0, score: deal.score };
  return previewOfScore(model, view, deal.detail, t, lang, result);
}

/** What no deal does at home for the viewer (walk-away or deadline), compared with the status quo. */
export function noDealPreview(model: Model, view: PlayerView, t: Translate, lang: string): PreviewVM {
  return previewOfScore(
    model,
    view,
    scorePackage(viewModel(view), view.side, statusQuo(model), { noDeal: true }),
    t,
    lang,
    { timeCost: 0, score: view.ownWalkAway },
  );
}

/** A preview from a scoring the viewer made of its own side. */
function previewOfScore(
  model: Model,
  view: PlayerView,
  score: SideScore,
  t: Translate,
  lang: string,
  result: { readonly timeCost: number; readonly score: number },
): PreviewVM {
  const reference = scoreForView(view, statusQuo(model));
  const failures = score.failures.map((f) => failureLine(model, view.side, f, t, lang));
  const hasSecurity = view.own.security.length > 0;
  const summary = [
    `${t('table.approval')} ${fmtScore(score.approval, lang)}`,
    ...(hasSecurity ? [`${t('table.securityIndex')} ${fmtScore(score.securityIndex, lang)}`] : []),
    ...(result.timeCost > 0 ? [t('table.timeCost', { cost: fmtPoints(result.timeCost, lang) })] : []),
    `${t('table.score')} ${fmtScore(result.score, lang)}`,
    `${t('table.walkAwayValue')} ${fmtScore(view.ownWalkAway, lang)}`,
    score.ratified ? t('table.ratifies') : t('table.fails'),
  ].join(' · ');
  return {
    factors: factorLines(model, view.own, score, reference, t, lang),
    approval: score.approval,
    threshold: view.own.threshold,
    securityIndex: score.securityIndex,
    hasSecurity,
    dealScore: score.score,
    timeCost: result.timeCost,
    score: result.score,
    scoreText:
      result.timeCost > 0
        ? `${fmtScore(result.score, lang)} (${t('table.timeCost', { cost: fmtPoints(result.timeCost, lang) })})`
        : fmtScore(result.score, lang),
    walkAway: view.ownWalkAway,
    ratified: score.ratified,
    failures,
    summary,
  };
}
