// Reasons in words. A move's reason is a code with ids (see REASON_CODES); this turns a game's
// reasons into sentences in the mover's voice (its tone), picking for each the first variant that
// side has not said yet in the game, so no sentence is repeated verbatim by the same side. The
// whole log is rendered in order, so the words are a function of the log alone.
import type { LogEntry, Model, Reason, Side, Tone } from '../engine';
import { textIn, TONES } from '../engine';
import { enFinalOffer, enReasonParts, enReasons, enReciprocateSame, enSaidAgain } from './en-reasons';
import { fill, type Params, toLang } from './fill';

/** Words that are names wherever they stand: capitalised mid-sentence in the scenario, never lower-case. */
const namesOf = new WeakMap<Model, Set<string>>();

/** Every text of a scenario that may show proper names, in English. */
function scenarioTexts(model: Model): string[] {
  const factors = model.parties.flatMap((p) => [...p.constituencies, ...p.security]);
  return [
    textIn(model.summary),
    ...model.parties.flatMap((p) => [
      textIn(p.name),
      textIn(p.briefing),
      ...p.publicHints.map((h) => textIn(h)),
    ]),
    ...model.issues.flatMap((i) => [textIn(i.description), ...i.options.map((o) => textIn(o.description))]),
    ...factors.map((f) => textIn(f.description)),
    ...model.events.map((e) => textIn(e.news)),
    ...model.statements.map((s) => textIn(s.text)),
  ];
}

function names(model: Model): Set<string> {
  let found = namesOf.get(model);
  if (!found) {
    const texts = scenarioTexts(model);
    const lower = new Set(texts.flatMap((text) => text.match(/\b[a-z]+\b/g) ?? []));
    found = new Set(model.parties.map((p) => textIn(p.name).split(/\s/)[0] ?? ''));
    for (const text of texts)
      for (const m of text.matchAll(/(?<=[a-z0-9,;)]\s+)([A-Z][a-z]+)/g))
        if (!lower.has(m[1]!.toLowerCase())) found.add(m[1]!);
    namesOf.set(model, found);
  }
  return found;
}

/**
 * A label or name as it reads mid-sentence: in English the first word lower-cased when it is an
 * ordinary capitalised word — not an acronym, a word with digits, a name the scenario capitalises
 * mid-sentence elsewhere, or the start of a capitalised name ("Entity List"). Other languages as given.
 */
export function midSentence(model: Model, text: string, lang = 'en'): string {
  if (toLang(lang) !== 'en') return text;
  const m = /^([A-Z][a-z]*)(?:-[a-z]+)*(?:['’]s)?(?=[\s,.:;)]|$)/.exec(text);
  if (!m) return text;
  const next = /^\s+(\S+)/.exec(text.slice(m[0].length))?.[1] ?? '';
  if (names(model).has(m[1]!) || /^[A-Z][a-z]/.test(next)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The words a reason's parameters stand for, on the mover's side of the scenario. */
function words(model: Model, side: Side, p: Reason['params'], lang: string): Params {
  const mid = (text: string) => midSentence(model, text, lang);
  const issueOf = (id: unknown) => model.issues.find((i) => i.id === id);
  const issue = (id: unknown) => (issueOf(id) ? mid(textIn(issueOf(id)!.name, lang)) : undefined);
  const label = (iss: unknown, opt: unknown) => {
    const o = issueOf(iss)?.options.find((x) => x.id === opt);
    return o ? mid(textIn(o.label, lang)) : undefined;
  };
  /** An option as it reads in a sentence: the scenario's phrase for it, else "<label> on <issue>". */
  const onIssue = (iss: unknown, opt: unknown) => {
    const phrase = issueOf(iss)?.options.find((x) => x.id === opt)?.phrase;
    if (phrase !== undefined) return mid(textIn(phrase, lang));
    return (
      label(iss, opt) && fill(enReasonParts.option, { option: label(iss, opt)!, issue: issue(iss)! }, lang)
    );
  };
  const party = model.parties[side];
  const factor = [...party.constituencies, ...party.security].find((f) => f.id === p.factor);
  const x = typeof p.link === 'number' ? factor?.interactions[p.link] : undefined;
  const at = (ref: readonly [number, number]) =>
    onIssue(model.issues[ref[0]]?.id, model.issues[ref[0]]?.options[ref[1]]?.id);
  const link =
    x && at(x.a) && at(x.b) ? fill(enReasonParts.link, { a: at(x.a)!, b: at(x.b)! }, lang) : undefined;
  const st = model.statements.find((s) => s.id === p.statement);
  const statement = st ? textIn(st.text, lang) : undefined;
  const out: Record<string, string | number | undefined> = {
    factor: factor && mid(textIn(factor.name, lang)),
    issue: issue(p.issue),
    option: label(p.issue, p.option),
    choice: onIssue(p.issue, p.option),
    ours: label(p.issue, p.ours),
    theirs: label(p.issue, p.theirs),
    theirIssue: issue(p.theirIssue),
    ourIssue: issue(p.ourIssue),
    via: onIssue(p.viaIssue, p.viaOption),
    link,
    statement,
    cause:
      link ??
      (statement && fill(enReasonParts.statement, { text: statement }, lang)) ??
      onIssue(p.issue, p.option),
    offers: typeof p.offers === 'number' ? p.offers : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Params;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The placeholders a template names. */
const slots = (template: string) => new Set([...template.matchAll(/\{(\w+)/g)].map((m) => m[1]!));

/** The variants that say the most: those naming only placeholders with words, and most of them. */
function fitting(variants: readonly string[], w: Params): string[] {
  const ok = variants.filter((v) => [...slots(v)].every((k) => k in w));
  const most = Math.max(0, ...ok.map((v) => slots(v).size));
  return ok.filter((v) => slots(v).size === most);
}

/** The list rotated to start at `start`. */
const rotated = <T>(list: readonly T[], start: number): T[] =>
  list.map((_, k) => list[(k + start) % list.length]!);

/** What one side has said so far in a game. */
interface Said {
  readonly texts: Set<string>;
  /** Reasons given per code (to rotate through the variants). */
  readonly uses: Map<string, number>;
  finals: number;
}

/** The sentence for one move's reason, given what its side said before; null when nothing fits. */
function sentence(
  model: Model,
  entry: Extract<LogEntry, { kind: 'move' }>,
  said: Said,
  lang: string,
): string | null {
  const { move } = entry;
  const reason = move.reason!;
  const tone: Tone = TONES.find((x) => x === reason.params.tone) ?? 'plain';
  const w = words(model, move.side, reason.params, lang);
  const same = reason.code === 'reciprocate' && reason.params.theirIssue === reason.params.ourIssue;
  const variants = fitting((same ? enReciprocateSame : enReasons[reason.code])?.[tone] ?? [], w);
  if (variants.length === 0) return null;
  const n = said.uses.get(reason.code) ?? 0;
  said.uses.set(reason.code, n + 1);
  const bases = rotated(variants, n + move.side).map((v) => capital(fill(v, w, lang)));
  const final = move.type === 'propose' && move.final;
  const frames = final
    ? rotated(enFinalOffer[said.finals === 0 ? 'first' : 'again'][tone], said.finals)
    : ['{reason}'];
  if (final) said.finals++;
  const all = frames.flatMap((f) => bases.map((b) => fill(f, { reason: b }, lang)));
  const text =
    all.find((s) => !said.texts.has(s)) ??
    enSaidAgain
      .flatMap((a) => all.map((s) => fill(a, { reason: s, round: entry.round }, lang)))
      .find((s) => !said.texts.has(s)) ??
    all[0]!;
  said.texts.add(text);
  return text;
}

/** The words of every reason in a log (null for events and moves without a reason), in log order. */
export function reasonTexts(model: Model, log: readonly LogEntry[], lang = 'en'): (string | null)[] {
  const said: [Said, Said] = [
    { texts: new Set(), uses: new Map(), finals: 0 },
    { texts: new Set(), uses: new Map(), finals: 0 },
  ];
  return log.map((e) =>
    e.kind === 'move' && e.move.reason ? sentence(model, e, said[e.move.side], lang) : null,
  );
}
