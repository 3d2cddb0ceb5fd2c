// The one door for secrets: what a side may see of a game. A player (the screen or the computer)
// gets its own payoff model as events changed it, its own walk-away value and the public record;
// never the other side's payoffs, walk-away value, statement costs or persona.
import type { Cache } from './cache';
import type { Model, Package, PartyModel, Side } from './model';
import { other } from './model';
import { groundNow } from './protocol';
import type {
  GameState,
  Outcome,
  PlayerView,
  PublicEvent,
  PublicParty,
  PublicStatement,
} from './protocol-types';
import type { SideScore } from './score';
import { timeCost } from './results';
import { scorePackage } from './score';

/** Every statement as `side` sees it: costs only on its own. */
function statementsFor(model: Model, side: Side): readonly PublicStatement[] {
  return model.statements.map((st) =>
    st.side === side ? st : { id: st.id, side: st.side, text: st.text, breaks: st.breaks },
  );
}

/** The statements as each side sees them (one pair per model object when a cache keeps them). */
const statementsBySide = (model: Model) => [statementsFor(model, 0), statementsFor(model, 1)] as const;

function publicParty(p: PartyModel): PublicParty {
  return { id: p.id, name: p.name, colour: p.colour, publicHints: p.publicHints };
}

function publicEvents(model: Model, state: GameState): PublicEvent[] {
  const out: PublicEvent[] = [];
  for (const entry of state.log) {
    if (entry.kind !== 'event') continue;
    const e = model.events.find((x) => x.id === entry.event);
    if (e) out.push({ id: e.id, name: e.name, news: e.news, round: entry.round });
  }
  return out;
}

/** The outcome as `side` may see it: a failure at home names only its own reasons (the other side's are its numbers). */
function ownOutcome(outcome: Outcome | null, side: Side): Outcome | null {
  if (outcome?.kind !== 'rejectedAtHome') return outcome;
  const mine = outcome.failures[side];
  return { ...outcome, failures: side === 0 ? [mine, []] : [[], mine] };
}

/**
 * What `side` may see of the game now. A cache (owned by whoever runs the game) keeps the
 * event-changed model, walk-away value and statement list between views; results never differ.
 */
export function playerView(model: Model, state: GameState, side: Side, cache?: Cache): PlayerView {
  const ground = groundNow(model, state, cache);
  const now = ground.model;
  return {
    side,
    scenarioId: model.id,
    issues: model.issues,
    rules: model.rules,
    own: now.parties[side],
    ownWalkAway: ground.walkAway(side),
    opponent: publicParty(model.parties[other(side)]),
    statementOptions: cache ? cache.of(model, statementsBySide)[side] : statementsFor(model, side),
    round: state.round,
    turn: state.turn,
    standing: state.standing,
    statementsMade: state.statements,
    fired: state.fired,
    events: publicEvents(model, state),
    log: state.log,
    outcome: ownOutcome(state.outcome, side),
  };
}

const BLANK: Omit<PartyModel, 'id' | 'name' | 'colour'> = {
  constituencies: [],
  security: [],
  approvalWeight: 1,
  threshold: 0,
  noDeal: { description: '', constituencies: [], security: [] },
  costPerRound: 0,
  briefing: '',
  publicHints: [],
};

/** A Model built from a view alone, for scoring the viewer's own side (the other party is blank). */
export function viewModel(view: PlayerView): Model {
  const opp: PartyModel = {
    ...BLANK,
    id: view.opponent.id,
    name: view.opponent.name,
    colour: view.opponent.colour,
  };
  return {
    id: view.scenarioId,
    title: '',
    summary: '',
    year: 0,
    contentHash: '',
    sources: [],
    parties: view.side === 0 ? [view.own, opp] : [opp, view.own],
    issues: view.issues,
    rules: view.rules,
    events: [],
    statements: view.statementOptions.map((s) => ({ ...s, costs: s.costs ?? [] })),
    personas: [],
    historical: null,
    glossary: [],
    debrief: null,
  };
}

/** The viewer's own full scoring of a package, with the audience costs of its statements made. */
export function scoreForView(view: PlayerView, pkg: Package): SideScore {
  return scorePackage(viewModel(view), view.side, pkg, { statements: view.statementsMade[view.side] });
}

/** What accepting a package would charge the viewer's side: the result settleDeal would give it. */
export interface DealForView {
  /** The side's scoring: statements made (and the one about to be made) count, as do fired events. */
  readonly detail: SideScore;
  /** The round in which the deal would be accepted. */
  readonly round: number;
  /** Score points lost to time pressure for a deal in that round. */
  readonly timeCost: number;
  /** The side's score from the deal if ratified (after time cost); else its walk-away value. */
  readonly score: number;
}

/**
 * The earliest round in which the other side could accept a package the viewer proposes now:
 * this round when the viewer moves first in it, else the next (past the deadline when none is left).
 */
export function acceptRoundForProposal(view: PlayerView): number {
  return view.side === view.rules.firstMover ? view.round : view.round + 1;
}

/**
 * What the viewer's side would be charged if `pkg` were accepted in `round` (default: now), with the
 * statements it made plus `statement` (one it is about to make). Only known (fired) events count.
 */
export function dealForView(
  view: PlayerView,
  pkg: Package,
  options: { readonly statement?: string | null; readonly round?: number } = {},
): DealForView {
  const made = view.statementsMade[view.side];
  const extra = options.statement && !made.includes(options.statement) ? [options.statement] : [];
  const detail = scorePackage(viewModel(view), view.side, pkg, { statements: [...made, ...extra] });
  const round = options.round ?? view.round;
  const cost = timeCost(viewModel(view), view.side, round);
  const score = detail.ratified ? Math.max(0, detail.score - cost) : view.ownWalkAway;
  return { detail, round, timeCost: cost, score };
}
