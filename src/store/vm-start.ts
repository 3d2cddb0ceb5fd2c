// View models before the table: the setup form and the confidential briefing.
import { modeOf, personAcross, viewerSide } from './seat';
import type { Factor, Model, Side } from '../engine';
import { DIFFICULTIES, other, playerView, textIn } from '../engine';
import { fmtPoints, fmtScore, translator, type Translate } from '../i18n';
import { gameModel } from './catalog';
import { personasFor } from './setup';
import { PLAY_MODES, type StoreState } from './types';
import type { BriefingVM, ChoiceVM, FactorBriefVM, RoomVM, SetupVM, TextBlock } from './vm-types';
import { memoLast } from './memo';

function personaLabel(model: Model, id: string, t: Translate, lang: string): string {
  const p = model.personas.find((x) => x.id === id);
  return p ? `${textIn(p.name, lang)} (${t(`difficulty.${p.difficulty}`)})` : t('setup.noPersona');
}

const setupVM = memoLast((s: Pick<StoreState, 'catalog' | 'setup'>, lang: string): SetupVM => {
  const t = translator(lang);
  const entry = s.catalog.find((e) => e.id === s.setup.scenarioId) ?? s.catalog[0];
  const model = entry?.model;
  const scenarios = s.catalog.map((e) => ({
    value: e.id,
    label: textIn(e.model.title, lang),
    description: textIn(e.model.summary, lang),
  }));
  const sides = model ? model.parties.map((p, i) => ({ value: String(i), label: textIn(p.name, lang) })) : [];
  const difficulties: ChoiceVM[] = [
    { value: '', label: t('difficulty.own') },
    ...DIFFICULTIES.map((d) => ({ value: d, label: t(`difficulty.${d}`) })),
  ];
  const list = model ? personasFor(model, s.setup.side) : [];
  const personas = list.length
    ? list.map((p) => ({
        value: p.id,
        label: personaLabel(model!, p.id, t, lang),
        description: textIn(p.description, lang),
      }))
    : [{ value: '', label: t('setup.noPersona') }];
  const chosen = list.find((p) => p.id === s.setup.personaId);
  const mode = modeOf(s.setup);
  return {
    scenarios,
    sides,
    difficulties,
    personas,
    scenarioId: entry?.id ?? '',
    side: String(s.setup.side),
    difficulty: s.setup.difficulty ?? '',
    personaId: s.setup.personaId,
    seed: s.setup.seed,
    summary:
      mode === 'hotseat'
        ? t('setup.hotseatHint')
        : mode === 'network'
          ? model
            ? textIn(model.summary, lang)
            : ''
          : chosen
            ? textIn(chosen.description, lang)
            : model
              ? textIn(model.summary, lang)
              : '',
    modes: PLAY_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) })),
    mode,
    sideLabel: t(
      mode === 'hotseat' ? 'setup.sideFirst' : mode === 'network' ? 'setup.sideNetwork' : 'setup.side',
    ),
  };
});

/** The setup form. */
export const selectSetup = (s: StoreState): SetupVM => setupVM(s, s.settings.lang);

/**
 * A scenario's long text as blocks: paragraphs split on blank lines, with lines that start with
 * "- " or "• " turned into list items (hard-wrapped lines inside either are joined).
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    let prose: string[] = [];
    let items: string[] | null = null;
    const flushProse = () => {
      if (prose.length > 0) blocks.push({ kind: 'p', text: prose.join(' ') });
      prose = [];
    };
    for (const raw of para.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      const bullet = /^[-•*]\s+(.*)$/.exec(line);
      if (bullet) {
        flushProse();
        if (!items) {
          items = [];
          blocks.push({ kind: 'list', items });
        }
        items.push(bullet[1] ?? '');
      } else if (items && /^\s/.test(raw)) {
        items[items.length - 1] += ` ${line}`;
      } else {
        items = null;
        prose.push(line);
      }
    }
    flushProse();
  }
  return blocks;
}

function factorBrief(
  f: Factor,
  kind: 'constituency' | 'security',
  t: Translate,
  lang: string,
): FactorBriefVM {
  const facts =
    kind === 'constituency'
      ? [
          t('briefing.clout', { value: fmtScore(f.weight, lang) }),
          t('briefing.baseline', { value: fmtScore(f.baseline, lang) }),
        ]
      : [
          t('briefing.weight', { value: fmtScore(f.weight, lang) }),
          t('briefing.level', { value: fmtScore(f.baseline, lang) }),
        ];
  if (f.veto !== null) facts.push(t('briefing.veto', { level: fmtScore(f.veto, lang) }));
  return { name: textIn(f.name, lang), description: textIn(f.description, lang), facts: facts.join(' · ') };
}

const briefingVM = memoLast(
  (
    model: Model,
    game: NonNullable<StoreState['game']>,
    side: Side,
    personaId: string,
    /** A classmate plays the other side (one device or two). */
    person: boolean,
    lang: string,
  ): BriefingVM => {
    const t = translator(lang);
    const view = playerView(model, game, side);
    const own = view.own;
    const persona = model.personas.find((p) => p.id === personaId);
    const costPerRound = own.costPerRound;
    return {
      heading: t('briefing.heading', { party: textIn(own.name, lang) }),
      against: person
        ? t('briefing.againstPerson', { party: textIn(view.opponent.name, lang) })
        : t('briefing.against', {
            party: textIn(view.opponent.name, lang),
            persona: persona ? textIn(persona.name, lang) : t('setup.noPersona'),
          }),
      scenarioTitle: textIn(model.title, lang),
      summary: textIn(model.summary, lang),
      briefing: textBlocks(textIn(own.briefing, lang)),
      constituencies: own.constituencies.map((f) => factorBrief(f, 'constituency', t, lang)),
      security: own.security.map((f) => factorBrief(f, 'security', t, lang)),
      scoreRule: t('briefing.score', {
        approval: fmtScore(own.approvalWeight * 100, lang),
        security: fmtScore((1 - own.approvalWeight) * 100, lang),
      }),
      walkAway: textIn(own.noDeal.description, lang),
      walkAwayScore: t('briefing.walkAwayScore', { score: fmtScore(view.ownWalkAway, lang) }),
      ratification: t('briefing.ratificationRule', { threshold: fmtScore(own.threshold, lang) }),
      deadline: t('briefing.deadlineRule', {
        rounds: model.rules.rounds,
        first: textIn(model.parties[model.rules.firstMover].name, lang),
      }),
      timeCost: costPerRound > 0 ? t('briefing.timeCost', { points: fmtPoints(costPerRound, lang) }) : null,
      hints: view.opponent.publicHints.map((h) => textIn(h, lang)),
    };
  },
);

/** The confidential briefing of the human's side, or null with no game. */
export function selectBriefing(s: StoreState): BriefingVM | null {
  const model = gameModel(s);
  if (!model || !s.game || !s.config || s.screen === 'handover') return null;
  return briefingVM(
    model,
    s.game,
    viewerSide(s),
    s.config.personaId,
    personAcross(s),
    s.settings.lang,
  );
}

/** The computer's side. */
export const computerSide = (s: StoreState): Side => other(viewerSide(s));

const roomVM = memoLast((model: Model | null, human: Side, lang: string): RoomVM | null => {
  if (!model) return null;
  const party = (s: Side) => ({
    name: textIn(model.parties[s].name, lang),
    colour: model.parties[s].colour,
    human: s === human,
  });
  return { parties: [party(human), party(other(human))] };
});

/** The room on the title screens: the chosen scenario's parties, the human's first. */
export function selectRoom(s: StoreState): RoomVM | null {
  const id = s.config?.scenarioId ?? s.setup.scenarioId;
  const side = s.config ? viewerSide(s) : s.setup.side;
  return roomVM(s.catalog.find((e) => e.id === id)?.model ?? null, side, s.settings.lang);
}
