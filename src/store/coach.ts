// The guided first game: a coach that walks a new player through the tutorial scenario step by
// step — read the briefing, compose, read the preview, a public statement, propose, read the
// reason, concede, close, ratify. A step is done when the game shows it happened (or, for
// reading steps, when the player says so); the player may skip the whole guide at any time.
// Done or skipped, it is remembered in the settings and only offered again, never forced.
import { other, scorePackage, statusQuo } from '../engine';
import { translator } from '../i18n';
import { gameModel } from './catalog';
import { INITIAL_STATE } from './initial';
import type { CoachData, CoachSlice, SliceCreator, StoreState } from './types';

/** The scenario the guided first game plays. */
export const TUTORIAL_ID = 'tutorial';

export const COACH_STEPS = [
  'briefing',
  'compose',
  'preview',
  'statement',
  'propose',
  'reason',
  'concede',
  'close',
  'ratify',
] as const;
export type CoachStep = (typeof COACH_STEPS)[number];

/** Steps done when the player says they have read (the game cannot see reading). */
const READING: readonly CoachStep[] = ['preview', 'statement', 'reason', 'ratify'];

/** The human's proposals so far, oldest first. */
function ownProposals(s: StoreState) {
  const side = s.config?.side;
  return (s.game?.log ?? []).flatMap((e) =>
    e.kind === 'move' && e.move.type === 'propose' && e.move.side === side ? [e.move] : [],
  );
}

/** The game ended with a deal at the table (ratified at home or not). */
const dealReached = (s: StoreState): boolean =>
  s.game?.outcome?.kind === 'ratified' || s.game?.outcome?.kind === 'rejectedAtHome';

/** The scenario gives the human's side public statements to make. */
const hasStatements = (s: StoreState): boolean =>
  gameModel(s)?.statements.some((st) => st.side === s.config?.side) ?? false;

/** True when the game shows the step happened (reading steps: never; they are acknowledged). */
function happened(step: CoachStep, s: StoreState): boolean {
  const model = gameModel(s);
  const { game, config } = s;
  if (!model || !game || !config) return false;
  const ended = game.outcome !== null;
  const proposals = ownProposals(s);
  switch (step) {
    case 'briefing':
      return s.screen !== 'briefing';
    case 'compose':
      return ended || proposals.length > 0 || s.draft.some((o, i) => o !== statusQuo(model)[i]);
    case 'propose':
      return proposals.length > 0 || ended;
    case 'concede': {
      // A later proposal the other side scores higher than the first one (what conceding means to them).
      const them = other(config.side);
      const first = proposals[0];
      const gives = (p: (typeof proposals)[number]) =>
        first !== undefined &&
        scorePackage(model, them, p.package).score > scorePackage(model, them, first.package).score;
      return ended || proposals.slice(1).some(gives);
    }
    case 'close':
      return ended;
    default:
      return false;
  }
}

/** The step the coach shows now, or null when every step is done. */
export function currentStep(s: StoreState): CoachStep | null {
  // The coach guides one game: another game (a new one, a link) leaves it silent.
  if (!s.coach || s.config?.scenarioId !== TUTORIAL_ID || s.config.seed !== s.coach.seed) return null;
  const acked = s.coach.acked;
  const proposed = ownProposals(s).length > 0;
  const ended = s.game?.outcome != null;
  const statements = hasStatements(s);
  for (const step of COACH_STEPS) {
    if (READING.includes(step)) {
      // Reading the preview or the statements is moot once a proposal is made or the game ended
      // (statements also when the scenario gives this side none); the reason once the game ended.
      const moot =
        ((step === 'preview' || step === 'statement') && (proposed || ended)) ||
        (step === 'statement' && !statements) ||
        (step === 'reason' && ended);
      if (!acked.includes(step) && !moot) return step;
    } else if (!happened(step, s)) return step;
  }
  return null;
}

/** What the overlay shows of the coach. */
export interface CoachVM {
  readonly step: CoachStep;
  /** 1-based position and the number of steps, for "Step 3 of 9". */
  readonly index: number;
  readonly count: number;
  readonly progress: string;
  readonly text: string;
  /** A reading step: the player says "Next" when done. */
  readonly canAck: boolean;
  readonly ackLabel: string;
  readonly skipLabel: string;
}

/** The coach's prompt for the current step, or null when no guided game runs. */
export function selectCoach(s: StoreState): CoachVM | null {
  const step = currentStep(s);
  if (!step) return null;
  const t = translator(s.settings.lang);
  // Steps this game can show: no statement step where the scenario gives this side none.
  const steps = COACH_STEPS.filter((k) => k !== 'statement' || hasStatements(s));
  const index = steps.indexOf(step) + 1;
  return {
    step,
    index,
    count: steps.length,
    progress: t('coach.progress', { index, count: steps.length }),
    text: t(step === 'ratify' && !dealReached(s) ? 'coach.noDeal' : `coach.${step}`),
    canAck: READING.includes(step),
    ackLabel: t(step === 'ratify' ? 'coach.finish' : 'coach.next'),
    skipLabel: t('coach.skip'),
  };
}

/** Create the coach slice. */
export const coachSlice: SliceCreator<CoachData, CoachSlice> = (set, get) => {
  const finish = () => {
    set({ coach: null });
    get().markTutorialDone();
  };
  return {
    coach: INITIAL_STATE.coach,
    startTutorial: () => {
      const s = get();
      if (!s.catalog.some((e) => e.id === TUTORIAL_ID)) return;
      s.updateSetup({ scenarioId: TUTORIAL_ID, side: 0, personaId: '', difficulty: null, mode: 'computer' });
      get().beginBriefing();
      const config = get().config;
      if (config) set({ coach: { seed: config.seed, acked: [] } });
    },
    ackCoach: () => {
      const step = currentStep(get());
      const coach = get().coach;
      if (!step || !coach || !READING.includes(step)) return;
      set({ coach: { ...coach, acked: [...coach.acked, step] } });
      if (currentStep(get()) === null) finish();
    },
    skipCoach: () => {
      if (get().coach) finish();
    },
  };
};
