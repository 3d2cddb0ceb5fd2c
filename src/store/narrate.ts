// What the live region says and which sound plays after the game moved on: new log entries
// (moves with their statements and reasons, news) and the outcome, in the player's language.
import type { GameState, LogEntry, Model, Side } from '../engine';
import { textIn } from '../engine';
import type { Translate } from '../i18n';
import type { SoundCue } from './sound';
import { logReasons, packageSummary, partyName } from './text';

/** The sentence for one log entry, with its reason's words (see logReasons). */
export function entryText(
  model: Model,
  entry: LogEntry,
  t: Translate,
  lang: string,
  reason: string | null = null,
): string {
  if (entry.kind === 'event') {
    const e = model.events.find((x) => x.id === entry.event);
    return t('announce.news', { news: textIn(e?.news, lang) });
  }
  const m = entry.move;
  const party = partyName(model, m.side, lang);
  const parts: string[] = [];
  if (m.type === 'propose') {
    parts.push(
      t('announce.proposed', {
        party,
        summary: packageSummary(model, m.package, lang, t('announce.statusQuo')),
      }),
    );
    const st = m.statement ? model.statements.find((s) => s.id === m.statement) : undefined;
    if (st) parts.push(t('announce.statement', { party, text: textIn(st.text, lang) }));
  } else if (m.type === 'accept') parts.push(t('announce.accepted', { party }));
  else parts.push(t('announce.walked', { party }));
  if (reason) parts.push(t('announce.reason', { reason }));
  return parts.join(' ');
}

/** The outcome's headline. */
export function outcomeText(model: Model, game: GameState, t: Translate, lang: string): string {
  const o = game.outcome;
  if (!o) return '';
  if (o.kind === 'ratified') return t('outcome.ratified', { round: o.round });
  if (o.kind === 'rejectedAtHome') return t('outcome.rejectedAtHome', { round: o.round });
  if (o.kind === 'walkAway')
    return t('outcome.walkAway', { party: partyName(model, o.by, lang), round: o.round });
  return t('outcome.deadline', { round: o.round });
}

/** Announcement text and one sound cue for the change from `before` to `after`. */
export function narrate(
  model: Model,
  before: GameState | null,
  after: GameState,
  human: Side,
  t: Translate,
  lang: string,
): { text: string; cue: SoundCue | null } {
  const from = before?.log.length ?? 0;
  const fresh = after.log.slice(from);
  const reasons = logReasons(model, after.log, lang);
  const lines = fresh.map((e, k) => entryText(model, e, t, lang, reasons[from + k] ?? null));
  let cue: SoundCue | null = null;
  for (const e of fresh) {
    if (e.kind === 'event') cue = 'news';
    else if (e.move.type === 'propose' && cue !== 'news') cue = e.move.side === human ? 'propose' : 'counter';
  }
  if (after.outcome && !before?.outcome) {
    lines.push(outcomeText(model, after, t, lang));
    cue = after.outcome.kind === 'ratified' ? 'signed' : 'collapse';
  }
  return { text: lines.filter((l) => l !== '').join(' '), cue };
}

/** 0..1: how close the deadline is (0 away from the table or after the end). */
export function tensionOf(model: Model | null, game: GameState | null): number {
  if (!model || !game || game.outcome) return 0;
  const rounds = model.rules.rounds;
  return rounds <= 1 ? 1 : Math.min(1, Math.max(0, (game.round - 1) / (rounds - 1)));
}
