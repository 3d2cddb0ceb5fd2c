// View models of the negotiating table: the composer, the live preview, the offer on the table,
// the transcript (for the overlay) and the stage (for the Phaser scene).
import { viewerSide } from './seat';
import type { GameState, LogEntry, Model, Offer, PlayerView, Side } from '../engine';
import { acceptRoundForProposal, applyEvents, legalMoveTypes, playerView, textIn } from '../engine';
import { fmtScore, fmtSigned, translator, type Translate } from '../i18n';
import { memoLast } from './memo';
import { entryText } from './narrate';
import { gameModel } from './catalog';
import { logReasons, packageLines, partyName } from './text';
import type { StoreState } from './types';
import { reactionsOf } from './reactions';
import { noDealPreview, previewOf } from './vm-preview';
import type { IssueVM, LogLineVM, MeterVM, OfferVM, PreviewVM, StageVM, TableVM } from './vm-types';

/** The human's view of the game (memoised: the preview and the stage share it). */
const humanView = memoLast(
  (model: Model, game: GameState, side: Side): PlayerView => playerView(model, game, side),
);

function offerVM(
  model: Model,
  offer: Offer,
  human: Side,
  game: GameState,
  t: Translate,
  lang: string,
): OfferVM {
  const by = partyName(model, offer.by, lang);
  const at = game.log.findLastIndex(
    (e) => e.kind === 'move' && e.move.type === 'propose' && e.move.side === offer.by,
  );
  const st = offer.statement ? model.statements.find((s) => s.id === offer.statement) : undefined;
  return {
    byHuman: offer.by === human,
    by,
    round: offer.round,
    heading: t('table.standingBy', { party: by, round: offer.round }),
    lines: packageLines(model, offer.package, lang),
    statement: st ? textIn(st.text, lang) : null,
    reason: at >= 0 ? (logReasons(model, game.log, lang)[at] ?? null) : null,
  };
}

/** Transcript lines of a log, in order. */
export function logLines(
  model: Model,
  log: readonly LogEntry[],
  human: Side,
  t: Translate,
  lang: string,
): LogLineVM[] {
  const reasons = logReasons(model, log, lang);
  return log.map((e, k) => {
    if (e.kind === 'event') {
      const text = entryText(model, e, t, lang);
      return { round: e.round, kind: 'event', byHuman: null, text, detail: [], terms: [], remarks: [] };
    }
    const m = e.move;
    const party = partyName(model, m.side, lang);
    const terms: string[] = [];
    const remarks: string[] = [];
    let text: string;
    if (m.type === 'propose') {
      text = t('log.propose', { party });
      terms.push(...packageLines(model, m.package, lang));
      const st = m.statement ? model.statements.find((s) => s.id === m.statement) : undefined;
      if (st) remarks.push(t('log.statement', { text: textIn(st.text, lang) }));
    } else text = m.type === 'accept' ? t('log.accept', { party }) : t('log.walkAway', { party });
    const reason = reasons[k];
    if (reason) remarks.push(t('log.reason', { reason }));
    const detail = [...terms, ...remarks];
    return { round: e.round, kind: m.type, byHuman: m.side === human, text, detail, terms, remarks };
  });
}

const tableVM = memoLast(
  (
    model: Model,
    game: GameState,
    side: Side,
    draft: readonly number[],
    statementId: string,
    thinking: boolean,
    lang: string,
  ): TableVM => {
    const t = translator(lang);
    const view = humanView(model, game, side);
    const legal = legalMoveTypes(game, side);
    const myTurn = game.turn === side && !game.outcome;
    const standing = game.standing;
    const theirs = standing && standing.by !== side ? standing : null;
    const issues: IssueVM[] = model.issues.map((issue, index) => ({
      index,
      id: issue.id,
      name: textIn(issue.name, lang),
      description: textIn(issue.description, lang),
      concedes:
        issue.concededBy === null
          ? ''
          : issue.concededBy === side
            ? t('table.youGive')
            : t('table.theyGive', { party: textIn(view.opponent.name, lang) }),
      humanConcedes: issue.concededBy === side,
      options: issue.options.map((o, i) => ({
        value: String(i),
        label: textIn(o.label, lang),
        statusQuo: i === issue.statusQuo && !issue.noStatusQuo,
        theirs: theirs?.package[index] === i,
      })),
      selected: draft[index] ?? issue.statusQuo,
      statusQuo: issue.statusQuo,
      standing: standing ? (standing.package[index] ?? null) : null,
    }));
    const statements = [
      { value: '', label: t('table.noStatement') },
      ...view.statementOptions
        .filter((s) => s.side === side && !game.statements[side].includes(s.id))
        .map((s) => ({ value: s.id, label: textIn(s.text, lang) })),
    ];
    const chosen = statements.some((s) => s.value === statementId) ? statementId : '';
    const standingPreview = theirs ? previewOf(model, view, theirs.package, t, lang) : null;
    const lastMove = acceptRoundForProposal(view) > model.rules.rounds;
    const proposeWarning =
      lastMove && standingPreview?.ratified && standingPreview.score > view.ownWalkAway
        ? t('table.confirmLastPropose', {
            walkAway: fmtScore(view.ownWalkAway, lang),
            deal: fmtScore(standingPreview.score, lang),
          })
        : null;
    const acceptWarning =
      standingPreview && !standingPreview.ratified
        ? t('table.confirmFailingAccept', {
            walkAway: fmtScore(view.ownWalkAway, lang),
            reasons: standingPreview.failures.join(' '),
          })
        : null;
    return {
      roundText: t('table.round', { round: game.round, rounds: model.rules.rounds }),
      resetText: t(model.issues.some((i) => i.noStatusQuo) ? 'table.resetDraftStart' : 'table.resetDraft'),
      round: game.round,
      rounds: model.rules.rounds,
      turnText: myTurn
        ? t('table.yourTurn')
        : t('table.theirTurn', { party: textIn(view.opponent.name, lang) }),
      myTurn,
      thinking,
      issues,
      statements,
      statementId: chosen,
      preview: previewOf(model, view, draft, t, lang, {
        statement: chosen || null,
        round: acceptRoundForProposal(view),
      }),
      final: finalPreview(model, view, game, t, lang),
      standing: standing ? offerVM(model, standing, side, game, t, lang) : null,
      standingPreview,
      canPropose: legal.includes('propose'),
      canAccept: legal.includes('accept'),
      canWalk: legal.includes('walkAway'),
      confirmWalk: t('table.confirmWalk', { score: fmtScore(view.ownWalkAway, lang) }),
      proposeWarning: legal.includes('propose') ? proposeWarning : null,
      acceptWarning: legal.includes('accept') ? acceptWarning : null,
      news: view.events.map((e) => newsLine(model, game, side, e.id, textIn(e.news, lang), t, lang)),
      log: logLines(model, game.log, side, t, lang),
    };
  },
);

/**
 * A news item with what it changed on the viewer's side only ('Soybean growers 30 → 25: …'):
 * each own factor's support (or level), clout (or weight) and option effects the event moved.
 * The other side's changes stay private.
 */
function newsLine(
  model: Model,
  game: GameState,
  side: Side,
  id: string,
  news: string,
  t: Translate,
  lang: string,
): string {
  const at = game.fired.indexOf(id);
  if (at < 0) return news;
  const before = applyEvents(model, game.fired.slice(0, at));
  const after = applyEvents(model, game.fired.slice(0, at + 1));
  const changes = factorChanges(before, after, side, t, lang);
  return changes.length > 0 ? t('table.newsWithChanges', { changes: changes.join('; '), news }) : news;
}

/** What changed in each of `side`'s factors between two event states, one phrase per factor. */
export function factorChanges(before: Model, after: Model, side: Side, t: Translate, lang: string): string[] {
  const out: string[] = [];
  const arrow = (from: string, to: string) => t('table.newsArrow', { from, to });
  for (const kind of ['constituencies', 'security'] as const) {
    after.parties[side][kind].forEach((f, i) => {
      const b = before.parties[side][kind][i];
      if (!b) return;
      const parts: string[] = [];
      if (b.baseline !== f.baseline)
        parts.push(arrow(fmtScore(b.baseline, lang), fmtScore(f.baseline, lang)));
      if (b.weight !== f.weight)
        parts.push(
          t(kind === 'constituencies' ? 'table.newsClout' : 'table.newsWeight', {
            change: arrow(fmtScore(b.weight, lang), fmtScore(f.weight, lang)),
          }),
        );
      after.issues.forEach((issue, k) => {
        issue.options.forEach((option, o) => {
          const from = b.effects[k]?.[o] ?? 0;
          const to = f.effects[k]?.[o] ?? 0;
          if (from !== to)
            parts.push(
              t('table.newsEffect', {
                option: textIn(option.label, lang),
                change: arrow(fmtSigned(from, lang), fmtSigned(to, lang)),
              }),
            );
        });
      });
      if (parts.length > 0)
        out.push(t('table.newsFactor', { factor: textIn(f.name, lang), parts: parts.join(', ') }));
    });
  }
  return out;
}

/** The table for the overlay, or null with no game. */
export function selectTable(s: StoreState): TableVM | null {
  const model = gameModel(s);
  // The hand-over screen shows nothing of either side (two players on one device).
  if (!model || !s.game || !s.config || s.screen === 'handover') return null;
  return tableVM(model, s.game, viewerSide(s), s.draft, s.statementId, s.thinking, s.settings.lang);
}

/** What the outcome does at home for the human: the deal (ratified or not) or no deal. */
function finalPreview(
  model: Model,
  view: PlayerView,
  game: GameState,
  t: Translate,
  lang: string,
): PreviewVM | null {
  const o = game.outcome;
  if (!o) return null;
  return o.kind === 'ratified' || o.kind === 'rejectedAtHome'
    ? previewOf(model, view, o.package, t, lang, { failedAtHome: o.kind === 'rejectedAtHome' })
    : noDealPreview(model, view, t, lang);
}

/**
 * The stage's meters: approval (with its threshold) and security (the factors are in the panel);
 * approval alone for a side with no security indicators.
 */
function meters(vm: TableVM, t: Translate): MeterVM[] {
  const p = vm.final ?? vm.preview;
  const all: MeterVM[] = [
    {
      id: 'approval',
      label: t('table.approval'),
      value: p.approval,
      baseline: p.approval,
      mark: p.threshold,
      alarm: p.approval < p.threshold,
    },
    {
      id: 'security',
      label: t('table.securityIndex'),
      value: p.securityIndex,
      baseline: p.securityIndex,
      mark: null,
      alarm: false,
    },
  ];
  return p.hasSecurity ? all : all.filter((m) => m.id !== 'security');
}

/** The issues where a package leaves the status quo, one line each (the card stays short). */
function movedLines(model: Model, pkg: readonly number[], t: Translate, lang: string): string[] {
  const lines = packageLines(model, pkg, lang).filter(
    (_, i) => pkg[i] !== model.issues[i]?.statusQuo || model.issues[i]?.noStatusQuo,
  );
  return lines.length > 0 ? lines : [t('announce.statusQuo')];
}

/** The compact card's one line: how many issues the offer moves from the status quo. */
function cardSummary(model: Model, pkg: readonly number[], t: Translate): string {
  const moved = model.issues.filter((issue, i) => (pkg[i] ?? issue.statusQuo) !== issue.statusQuo).length;
  return moved > 0 ? t('stage.cardSummary', { moved, total: model.issues.length }) : t('stage.cardNone');
}

function eventName(model: Model, id: string, lang: string): string {
  return textIn(model.events.find((e) => e.id === id)?.name ?? id, lang);
}

function endingOf(game: GameState, t: Translate): StageVM['ending'] {
  const o = game.outcome;
  if (!o) return null;
  if (o.kind === 'ratified') return { kind: 'signed', caption: t('stage.signed'), sub: t('stage.signedSub') };
  if (o.kind === 'rejectedAtHome')
    return { kind: 'collapse', caption: t('stage.rejected'), sub: t('stage.rejectedSub') };
  const caption = o.kind === 'walkAway' ? t('stage.collapsed') : t('stage.deadline');
  return { kind: 'collapse', caption, sub: t('stage.noDealSub') };
}

const stageVM = memoLast((model: Model, game: GameState, side: Side, vm: TableVM, lang: string): StageVM => {
  const t = translator(lang);
  const party = (s: Side) => ({
    name: partyName(model, s, lang),
    colour: model.parties[s].colour,
    human: s === side,
  });
  const offers = game.log.filter((e) => e.kind === 'move' && e.move.type === 'propose').length;
  const events = game.log.filter((e) => e.kind === 'event');
  const lastEvent = events.at(-1);
  const st = vm.standing;
  return {
    human: party(side),
    computer: party(side === 0 ? 1 : 0),
    round: game.round,
    rounds: model.rules.rounds,
    myTurn: vm.myTurn,
    thinking: vm.thinking,
    reactions: reactionsOf(model, game, side, vm.thinking),
    meters: meters(vm, t),
    clockCaption: vm.roundText,
    offer: st
      ? {
          byHuman: st.byHuman,
          title: st.by,
          subtitle: t('stage.offerRound', { round: st.round, rounds: model.rules.rounds }),
          lines: movedLines(model, game.standing?.package ?? [], t, lang),
          note: st.statement ? `“${st.statement}”` : (st.reason ?? ''),
          summary: cardSummary(model, game.standing?.package ?? [], t),
          seq: offers,
        }
      : null,
    // News stays on the stage for the round it broke in only.
    news:
      lastEvent?.kind === 'event' && lastEvent.round === game.round
        ? {
            kicker: t('stage.news'),
            text: newsLine(
              model,
              game,
              side,
              lastEvent.event,
              eventName(model, lastEvent.event, lang),
              t,
              lang,
            ),
            seq: events.length,
          }
        : null,
    ending: endingOf(game, t),
  };
});

/** The table for the Phaser stage, or null with no game. */
export function selectStage(s: StoreState): StageVM | null {
  const vm = selectTable(s);
  const model = gameModel(s);
  if (!vm || !model || !s.game || !s.config) return null;
  return stageVM(model, s.game, viewerSide(s), vm, s.settings.lang);
}
