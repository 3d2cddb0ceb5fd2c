// View models after the talks: ratification at home (both sides' results and reactions) and the
// debrief (the chart of every possible deal, better deals that existed, the full transcript).
import { personAcross, viewerSide } from './seat';
import type { Analysis, GameState, Model, Package, Side } from '../engine';
import { analyze, currentModel, other, scorePackage, statusQuo, textIn, walkAwayScore } from '../engine';
import { fmtPoints, fmtScore, translator, type Translate } from '../i18n';
import { memoLast } from './memo';
import { outcomeText } from './narrate';
import { gameModel } from './catalog';
import { failureLine, packageLines, partyName } from './text';
import type { StoreState } from './types';
import { factorLines } from './vm-preview';
import { logLines } from './vm-table';
import { betterDeals, chartVM, versusReal } from './vm-chart';
import type { ChartVM, DebriefPackVM, DebriefVM, OutcomeVM, SideResultVM } from './vm-types';

/** The agreed (or rejected) package of a finished game, or null for no deal. */
export function dealOf(game: GameState): Package | null {
  const o = game.outcome;
  return o && (o.kind === 'ratified' || o.kind === 'rejectedAtHome') ? o.package : null;
}

/**
 * Approval and security of the side's result (after a failed ratification, the deal's: they
 * decided it) and the time cost charged. No deal charges none: what moved a no-deal score since
 * the briefing is the news, and the line says so.
 */
function detailText(
  model: Model,
  kind: NonNullable<GameState['outcome']>['kind'],
  side: Side,
  result: NonNullable<GameState['results']>[Side],
  shown: { readonly approval: number; readonly securityIndex: number },
  t: Translate,
  lang: string,
): string {
  const approval = fmtScore(shown.approval, lang);
  const security = fmtScore(shown.securityIndex, lang);
  if (kind === 'ratified')
    return t('debrief.detail', { approval, security, timeCost: fmtPoints(result.timeCost, lang) });
  const before = fmtScore(walkAwayScore(model, side), lang);
  const after = fmtScore(result.walkAway, lang);
  const moved = before === after ? '' : ` ${t('debrief.newsMoved', { before, after })}`;
  return `${t('debrief.detailNoDeal', { approval, security })}${moved}`;
}

function sideVM(
  model: Model,
  game: GameState,
  side: Side,
  human: Side,
  partner: Partner,
  t: Translate,
  lang: string,
): SideResultVM {
  const now = currentModel(model, game);
  const result = game.results![side];
  const o = game.outcome!;
  const name = partyName(model, side, lang);
  const deal = dealOf(game);
  const scored = deal ? scorePackage(now, side, deal, { statements: game.statements[side] }) : result.detail;
  const reference = scorePackage(now, side, statusQuo(now));
  const failures =
    o.kind === 'rejectedAtHome' ? o.failures[side].map((f) => failureLine(now, side, f, t, lang)) : [];
  const ratified = o.kind === 'ratified' ? true : o.kind === 'rejectedAtHome' ? failures.length === 0 : null;
  const ratificationText =
    ratified === null
      ? textIn(now.parties[side].noDeal.description, lang)
      : ratified
        ? t('outcome.sideRatified', {
            party: name,
            approval: fmtScore(scored.approval, lang),
            threshold: fmtScore(now.parties[side].threshold, lang),
          })
        : t('outcome.sideFailed', { party: name });
  const broken = result.brokenStatements.map((id) =>
    textIn(model.statements.find((s) => s.id === id)?.text, lang),
  );
  return {
    // On one device both players read the debrief together: no side is "you".
    name:
      partner === 'sameDevice'
        ? name
        : `${name} (${side === human ? t('debrief.you') : t(partner === 'computer' ? 'debrief.computer' : 'debrief.partner')})`,
    human: side === human,
    colour: model.parties[side].colour,
    score: result.score,
    scoreText: t('debrief.score', {
      score: fmtScore(result.score, lang),
      walkAway: fmtScore(result.walkAway, lang),
    }),
    detail: detailText(
      model,
      o.kind,
      side,
      result,
      o.kind === 'rejectedAtHome' ? scored : result.detail,
      t,
      lang,
    ),
    ratified,
    ratificationText,
    failures,
    broken: broken.length > 0 ? t('debrief.broken', { list: broken.join('; ') }) : null,
    reactions: factorLines(now, now.parties[side], scored, reference, t, lang),
  };
}

/** Who played the other side: the computer, a classmate at another device, or one at this device. */
type Partner = 'computer' | 'person' | 'sameDevice';
const partnerOf = (s: StoreState): Partner =>
  s.config?.mode === 'hotseat' ? 'sameDevice' : personAcross(s) ? 'person' : 'computer';

const outcomeVM = memoLast(
  (model: Model, game: GameState, human: Side, partner: Partner, lang: string): OutcomeVM | null => {
    if (!game.outcome || !game.results) return null;
    const t = translator(lang);
    const deal = dealOf(game);
    const o = game.outcome;
    const heading =
      o.kind === 'ratified'
        ? t('outcome.headingRatified')
        : o.kind === 'rejectedAtHome'
          ? t('outcome.headingRejected')
          : o.kind === 'walkAway'
            ? t('outcome.headingWalkAway', { party: partyName(model, o.by, lang) })
            : t('outcome.headingDeadline');
    return {
      kind: game.outcome.kind,
      heading,
      headline: outcomeText(model, game, t, lang),
      sides: [
        sideVM(model, game, human, human, partner, t, lang),
        sideVM(model, game, other(human), human, partner, t, lang),
      ],
      dealLines: deal ? packageLines(model, deal, lang) : [],
    };
  },
);

/** The ratification screen, or null before the end. */
export function selectOutcome(s: StoreState): OutcomeVM | null {
  const model = gameModel(s);
  if (!model || !s.game || !s.config) return null;
  return outcomeVM(model, s.game, viewerSide(s), partnerOf(s), s.settings.lang);
}

/** The analysis of the final ground (events fired, statements made), memoised. */
export const analysisOf = memoLast((model: Model, statements: GameState['statements']): Analysis | null => {
  const r = analyze(model, { statements });
  return r.ok ? r.analysis : null;
});

/** The distance in score points from a point to the nearest frontier point, or null. */
function frontierDistance(chart: ChartVM): number | null {
  const p = chart.yours;
  if (!p || chart.frontier.length === 0) return null;
  return Math.min(...chart.frontier.map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
}

const debriefVM = memoLast(
  (model: Model, game: GameState, human: Side, partner: Partner, lang: string): DebriefVM | null => {
    const outcome = outcomeVM(model, game, human, partner, lang);
    if (!outcome || !game.results) return null;
    const t = translator(lang);
    const a = analysisOf(currentModel(model, game), game.statements);
    const deal = dealOf(game);
    const chart = a ? chartVM(a, model, game, deal, human, t, lang) : null;
    const distance = chart ? frontierDistance(chart) : null;
    const result = { mine: game.results[human].score, theirs: game.results[other(human)].score };
    return {
      outcome,
      chart,
      versusReal: a ? versusReal(a, model, result, human, t, lang) : null,
      better: a ? betterDeals(a, model, deal, game.outcome?.kind === 'ratified', human, t, lang) : [],
      betterIntro: t(
        game.outcome?.kind === 'ratified' ? 'debrief.betterIntroDeal' : 'debrief.betterIntroNoDeal',
      ),
      distance: distance !== null ? t('debrief.distance', { distance: fmtScore(distance, lang) }) : null,
      historical: model.historical ? textIn(model.historical.description, lang) : null,
      transcript: logLines(model, game.log, human, t, lang),
      pack: packVM(model, t, lang),
    };
  },
);

/** The scenario's debrief pack in words: sources named by title (the pack's own, then the scenario's). */
function packVM(model: Model, t: Translate, lang: string): DebriefPackVM | null {
  const d = model.debrief;
  if (!d) return null;
  const sources = [...d.sources, ...model.sources];
  const title = (id: string) => sources.find((s) => s.id === id)?.title ?? id;
  return {
    next: d.whatHappenedNext.map((e) => ({
      date: e.date,
      text: textIn(e.text, lang),
      sources: t('debrief.sources', { list: e.sources.map(title).join('; ') }),
    })),
    questions: d.questions.map((q) => textIn(q, lang)),
    readings: d.readings.map((r) =>
      [`${r.author}${r.year ? ` (${r.year})` : ''}`, r.title, r.publisher].filter(Boolean).join(', '),
    ),
  };
}

/** The debrief, or null before the end. */
export function selectDebrief(s: StoreState): DebriefVM | null {
  const model = gameModel(s);
  if (!model || !s.game || !s.config) return null;
  return debriefVM(model, s.game, viewerSide(s), partnerOf(s), s.settings.lang);
}
