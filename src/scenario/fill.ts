// Scenario texts with their placeholders filled in from the model, as plain text in the units and
// rounding the game's screens use: "{us.farm-voters.effects.soybeans.lots}" becomes "+32". The
// store's catalog (and the command line) fill every text of a scenario once, when it loads, with
// the number formats of i18n (docs/scenario-format.md).
import type { Factor, Model, PartyModel, Side, Source, Text } from '../engine';
import { scorePackage, statusQuo, walkAwayScore } from '../engine';
import { parseText, type Ref } from './placeholder';

/** How the game's screens write numbers in a language (i18n's fmtScore, fmtPoints, fmtSigned). */
export interface NumberFormats {
  /** A 0–100 value, whole: '57'. */
  readonly score: (x: number, lang: string) => string;
  /** Score points to two decimals at most: '0.4'. */
  readonly points: (x: number, lang: string) => string;
  /** A change with its sign: '+12', '−3'. */
  readonly signed: (x: number, lang: string) => string;
}

/** A piece of a filled text: literal, or the value of the placeholder `ref`. */
export interface Segment {
  readonly text: string;
  readonly ref?: Ref;
}

function sideOf(model: Model, party: string): Side | null {
  const i = model.parties.findIndex((p) => p.id === party);
  return i === 0 || i === 1 ? i : null;
}

const factorOf = (p: PartyModel, id: string): Factor | undefined =>
  p.constituencies.find((f) => f.id === id) ?? p.security.find((f) => f.id === id);

/** The value a placeholder names, as shown on screen; null when its ids do not resolve. */
function valueText(model: Model, ref: Ref, fmt: NumberFormats, lang: string): string | null {
  if (ref.kind === 'fact') return ref.text;
  if (ref.kind === 'rounds') return String(model.rules.rounds);
  const side = sideOf(model, ref.party);
  if (side === null) return null;
  const party = model.parties[side];
  if (ref.kind === 'party') {
    switch (ref.quantity) {
      case 'threshold':
        return fmt.score(party.threshold, lang);
      case 'costPerRound':
        return fmt.points(party.costPerRound, lang);
      case 'approvalShare':
        return `${fmt.score(party.approvalWeight * 100, lang)}%`;
      case 'securityShare':
        return `${fmt.score((1 - party.approvalWeight) * 100, lang)}%`;
      case 'statusQuoApproval':
        return fmt.score(scorePackage(model, side, statusQuo(model)).approval, lang);
      case 'walkAway':
        return fmt.score(walkAwayScore(model, side), lang);
    }
  }
  const factor = factorOf(party, ref.factor);
  if (!factor) return null;
  if (ref.kind === 'factor') {
    if (ref.quantity === 'baseline') return fmt.score(factor.baseline, lang);
    if (ref.quantity === 'veto') return factor.veto === null ? null : fmt.score(factor.veto, lang);
    return fmt.score(factor.weight, lang);
  }
  const issue = model.issues.findIndex((i) => i.id === ref.issue);
  const option = model.issues[issue]?.options.findIndex((o) => o.id === ref.option) ?? -1;
  return option < 0 ? null : fmt.signed(factor.effects[issue]?.[option] ?? 0, lang);
}

/** A text cut into literal pieces and filled placeholders (one that does not resolve stays as written). */
export function textSegments(model: Model, text: string, fmt: NumberFormats, lang: string): Segment[] {
  return parseText(text).pieces.map((p) => {
    if (typeof p === 'string') return { text: p };
    const value = valueText(model, p.ref, fmt, lang);
    return value === null ? { text: p.raw } : { text: value, ref: p.ref };
  });
}

/** A text with its placeholders filled in. */
export function fillText(model: Model, text: string, fmt: NumberFormats, lang: string): string {
  return text.includes('{')
    ? textSegments(model, text, fmt, lang)
        .map((s) => s.text)
        .join('')
    : text;
}

/**
 * The model with every scenario text filled in: a per-language text in its own language, a text
 * written once in English number format. Values are those of the scenario before any news.
 */
export function fillModel(model: Model, fmt: NumberFormats): Model {
  const fill = <T extends Text | undefined>(t: T): T =>
    (t === undefined
      ? t
      : typeof t === 'string'
        ? fillText(model, t, fmt, 'en')
        : Object.fromEntries(
            Object.entries(t).map(([lang, s]) => [lang, fillText(model, s, fmt, lang)]),
          )) as T;
  const factor = (f: Factor): Factor => ({
    ...f,
    name: fill(f.name),
    ...(f.description === undefined ? {} : { description: fill(f.description) }),
    interactions: f.interactions.map((x) => (x.note === undefined ? x : { ...x, note: fill(x.note) })),
  });
  const party = (p: PartyModel): PartyModel => ({
    ...p,
    name: fill(p.name),
    constituencies: p.constituencies.map(factor),
    security: p.security.map(factor),
    noDeal: { ...p.noDeal, description: fill(p.noDeal.description) },
    briefing: fill(p.briefing),
    publicHints: p.publicHints.map(fill),
  });
  const source = (x: Source): Source => ({ ...x, title: fill(x.title) });
  return {
    ...model,
    title: fill(model.title),
    summary: fill(model.summary),
    sources: model.sources.map(source),
    parties: [party(model.parties[0]), party(model.parties[1])],
    issues: model.issues.map((i) => ({
      ...i,
      name: fill(i.name),
      description: fill(i.description),
      options: i.options.map((o) => ({
        ...o,
        label: fill(o.label),
        ...(o.description === undefined ? {} : { description: fill(o.description) }),
        ...(o.phrase === undefined ? {} : { phrase: fill(o.phrase) }),
      })),
    })),
    events: model.events.map((e) => ({ ...e, name: fill(e.name), news: fill(e.news) })),
    statements: model.statements.map((s) => ({ ...s, text: fill(s.text) })),
    personas: model.personas.map((p) => ({ ...p, name: fill(p.name), description: fill(p.description) })),
    historical: model.historical
      ? { ...model.historical, description: fill(model.historical.description) }
      : null,
    glossary: model.glossary.map((g) => ({ term: fill(g.term), definition: fill(g.definition) })),
    debrief: model.debrief
      ? {
          ...model.debrief,
          sources: model.debrief.sources.map(source),
          whatHappenedNext: model.debrief.whatHappenedNext.map((e) => ({ ...e, text: fill(e.text) })),
          questions: model.debrief.questions.map(fill),
          readings: model.debrief.readings.map((r) => (r.note === undefined ? r : { ...r, note: fill(r.note) })),
        }
      : null,
  };
}
