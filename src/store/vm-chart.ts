// The debrief's chart and its neighbours, in score points (the game's 0–100 scale): every possible
// deal, the frontier and solution points, both sides' offers round by round, the real deal against
// the player's result, and the better deals for both that existed, package by package.
import type { Analysis, GameState, Model, Package, Side } from '../engine';
import { indexOf, other, paretoImprovements, pointAt, statusQuo, textIn } from '../engine';
import { fmtScore, fmtSigned, type Translate } from '../i18n';
import { partyName } from './text';
import type { BetterDealVM, ChartPointVM, ChartVM, ExplainVM, TermVM } from './vm-types';

/** A side's score for a utility of the analysis (its normalisation undone). */
export function scoreOf(a: Analysis, side: Side, u: number): number {
  const { min, max } = a.scoreRange[side];
  return min + u * (max > min ? max - min : 1);
}

/** The chart point (human x, computer y) of a package index. */
function pointOf(a: Analysis, human: Side, i: number): ChartPointVM {
  return {
    x: scoreOf(a, human, a.utility[human][i]!),
    y: scoreOf(a, other(human), a.utility[other(human)][i]!),
  };
}

/** Each side's proposals in the order made, as chart points. */
function offerPaths(a: Analysis, game: GameState, human: Side): ChartVM['offers'] {
  const mine: ChartPointVM[] = [];
  const theirs: ChartPointVM[] = [];
  for (const e of game.log) {
    if (e.kind !== 'move' || e.move.type !== 'propose') continue;
    const i = indexOf(a.model, e.move.package);
    if (i >= 0) (e.move.side === human ? mine : theirs).push(pointOf(a, human, i));
  }
  return { mine, theirs };
}

/** The chart's view model; `deal` is the package agreed at the table (ratified or not). */
export function chartVM(
  a: Analysis,
  model: Model,
  game: GameState,
  deal: Package | null,
  human: Side,
  t: Translate,
  lang: string,
): ChartVM {
  const comp = other(human);
  const at = (i: number | null) => (i !== null && i >= 0 ? pointOf(a, human, i) : null);
  const xs = Float64Array.from(a.utility[human], (u) => scoreOf(a, human, u));
  const ys = Float64Array.from(a.utility[comp], (u) => scoreOf(a, comp, u));
  const frontierIdx = a.frontier.length > 0 ? a.frontier : a.frontierAll;
  const walkAway = { x: a.walkAway[human], y: a.walkAway[comp] };
  const nash = at(a.nash);
  const kalai = at(a.kalai);
  const historical = at(model.historical ? indexOf(a.model, model.historical.package) : null);
  const yours = at(deal ? indexOf(a.model, deal) : null);
  const pt = (p: ChartPointVM | null) =>
    p ? t('debrief.point', { us: fmtScore(p.x, lang), them: fmtScore(p.y, lang) }) : t('debrief.noPoint');
  const legend = {
    all: t('debrief.legendAll'),
    zopa: t('debrief.legendZopa'),
    frontier: t('debrief.legendFrontier'),
    walkAway: t('debrief.legendWalkAway'),
    nash: t('debrief.legendNash'),
    kalai: t('debrief.legendKalai'),
    historical: t('debrief.legendHistorical'),
    yours: t('debrief.legendYours'),
    offersMine: t('debrief.legendOffersMine'),
    offersTheirs: t('debrief.legendOffersTheirs', { party: partyName(model, comp, lang) }),
  };
  const explain: ExplainVM[] = [
    { term: legend.frontier, text: t('debrief.explainFrontier') },
    { term: legend.zopa, text: t('debrief.explainZopa') },
    { term: legend.walkAway, text: t('debrief.explainWalkAway') },
    { term: legend.nash, text: t('debrief.explainNash') },
    { term: legend.kalai, text: t('debrief.explainKalai') },
    ...(historical ? [{ term: legend.historical, text: t('debrief.explainHistorical') }] : []),
    { term: t('debrief.offersTerm'), text: t('debrief.explainOffers') },
  ];
  return {
    xLabel: t('debrief.axisX', { party: partyName(model, human, lang) }),
    yLabel: t('debrief.axisY', { party: partyName(model, comp, lang) }),
    all: { xs, ys },
    frontier: frontierIdx.map((i) => pointOf(a, human, i)).sort((p, q) => p.x - q.x),
    nash,
    kalai,
    historical,
    yours,
    walkAway,
    offers: offerPaths(a, game, human),
    colours: { mine: model.parties[human].colour, theirs: model.parties[comp].colour },
    summary: t('debrief.chartSummary', {
      count: a.count.toLocaleString(lang),
      yours: yours ? pt(yours) : t('debrief.noDealPoint', { point: pt(walkAway) }),
      nash: pt(nash),
      kalai: pt(kalai),
      historical: pt(historical),
      frontier: frontierIdx.length,
    }),
    legend,
    explain,
  };
}

/** The player's result against the historical deal scored on this game's final ground, or null. */
export function versusReal(
  a: Analysis,
  model: Model,
  result: { readonly mine: number; readonly theirs: number },
  human: Side,
  t: Translate,
  lang: string,
): string | null {
  const i = model.historical ? indexOf(a.model, model.historical.package) : -1;
  if (i < 0) return null;
  const real = pointOf(a, human, i);
  return t('debrief.versusReal', {
    you: fmtSigned(result.mine - real.x, lang),
    them: fmtSigned(result.theirs - real.y, lang),
    realYou: fmtScore(real.x, lang),
    realThem: fmtScore(real.y, lang),
  });
}

/** Every issue of a package, marking the ones that differ from the reference package. */
function terms(model: Model, pkg: Package, reference: Package, lang: string): TermVM[] {
  return model.issues.map((issue, k) => {
    const option = (p: Package) => textIn(issue.options[p[k] ?? 0]?.label, lang);
    const changed = pkg[k] !== reference[k];
    return {
      issue: textIn(issue.name, lang),
      option: option(pkg),
      changed,
      was: changed ? option(reference) : null,
    };
  });
}

/**
 * Deals better for both than the player's result: Pareto improvements on a ratified deal, else
 * (no deal, or one that failed at home) the zone's Nash, Kalai and joint-best deals. Gains are in
 * score points against what the player got (the deal's scores, or no deal's).
 */
export function betterDeals(
  a: Analysis,
  model: Model,
  deal: Package | null,
  ratified: boolean,
  human: Side,
  t: Translate,
  lang: string,
): BetterDealVM[] {
  const comp = other(human);
  const reference = deal ?? statusQuo(model);
  const dealAt = ratified && deal ? indexOf(a.model, deal) : -1;
  const base = dealAt >= 0 ? pointOf(a, human, dealAt) : { x: a.walkAway[human], y: a.walkAway[comp] };
  const picks =
    dealAt >= 0
      ? paretoImprovements(a, deal!, 5).map((p) => p.index)
      : [a.nash, a.kalai, a.maxWelfare].filter((i): i is number => i !== null);
  return [...new Set(picks)].map((i) => {
    const p = pointOf(a, human, i);
    const list = terms(model, pointAt(a, i).package, reference, lang);
    return {
      heading: t('debrief.betterHeading', {
        us: partyName(model, human, lang),
        them: partyName(model, comp, lang),
        usScore: fmtScore(p.x, lang),
        themScore: fmtScore(p.y, lang),
        usGain: fmtSigned(p.x - base.x, lang),
        themGain: fmtSigned(p.y - base.y, lang),
      }),
      changes: t(deal ? 'debrief.betterChanges' : 'debrief.betterChangesNoDeal', {
        changed: list.filter((x) => x.changed).length,
        total: list.length,
      }),
      terms: list,
    };
  });
}
