// The session slice: where the player is (title, setup, briefing, table, outcome, debrief) and the
// game in progress. Every change of the game goes through the engine's reducer in `commit`; what
// follows a change (narration and sound, saving, the computer's answer) is done by the store's
// subscribers (narrator.ts, autosave.ts, scheduler.ts), not here.
import type { GameState, Model, Move, Side } from '../engine';
import { applyMove, createCache, newGame, other, statusQuo } from '../engine';
import { translator } from '../i18n';
import { gameModel, modelOf } from './catalog';
import { type ComputerModule, computerMove } from './computer';
import { INITIAL_STATE, NO_GAME } from './initial';
import { tensionOf } from './narrate';
import { initialSetup, normaliseSetup } from './setup';
import type { SessionData, SessionSlice, SliceCreator, StoreState } from './types';

/** What the session needs from outside: a source of fresh seeds, and the negotiators once loaded. */
export interface SessionDeps {
  readonly randomSeed: () => number;
  readonly computer: () => ComputerModule | null;
}

/** Create the session slice. */
export function sessionSlice(deps: SessionDeps): SliceCreator<SessionData, SessionSlice> {
  // One cache per store for the computer's package spaces and grounds. A game needs a few spaces
  // (one per set of events that changed its payoffs), the next game mostly others: 8 MB keeps a
  // game's worth and lets the heap level off instead of filling up with spaces of past games.
  const cache = createCache({ maxBytes: 8 * 2 ** 20 });
  return (set, get) => {
    /** Show the game after a move: the outcome when it ended, else the same screen. */
    const commit = (after: GameState, model: Model, patch: Partial<SessionData> = {}): void => {
      get().cancelWalkAway();
      set((s) => ({
        ...patch,
        game: after,
        screen: after.outcome ? 'outcome' : s.screen,
        tension: tensionOf(model, after),
        thinking: false,
      }));
    };

    const human = (build: (side: Side, s: StoreState) => Move | null): void => {
      const s = get();
      const model = gameModel(s);
      if (!model || !s.game || !s.config || s.screen !== 'table') return;
      const move = build(s.config.side, s);
      if (!move) return;
      const r = applyMove(model, s.game, move);
      if (!r.ok) {
        const t = translator(s.settings.lang);
        s.announce(t('announce.rejected', { message: t(`rejection.${r.rejection.code}`) }));
        return;
      }
      commit(r.state, model, move.type === 'propose' ? { statementId: '' } : {});
    };

    return {
      catalog: INITIAL_STATE.catalog,
      setup: INITIAL_STATE.setup,
      screen: INITIAL_STATE.screen,
      computerReady: INITIAL_STATE.computerReady,
      ...NO_GAME,
      setCatalog: (entries) => set({ catalog: entries, setup: initialSetup(entries, deps.randomSeed()) }),
      showTitle: () => set((s) => (s.game ? {} : { screen: 'title' })),
      showSetup: () => set((s) => (s.game ? {} : { screen: 'setup' })),
      updateSetup: (patch) => set((s) => ({ setup: normaliseSetup(s.catalog, { ...s.setup, ...patch }) })),
      newSeed: () =>
        set((s) => ({ setup: normaliseSetup(s.catalog, { ...s.setup, seed: deps.randomSeed() }) })),
      beginBriefing: () => get().openGame(get().setup),
      openGame: (choice) => {
        const { catalog } = get();
        const model = modelOf(catalog, choice.scenarioId);
        if (!model) return;
        const config = { ...choice };
        set({
          ...NO_GAME,
          config,
          game: newGame(model, config.seed),
          setup: normaliseSetup(catalog, config),
          draft: statusQuo(model),
          screen: 'briefing',
        });
      },
      resumeGame: ({ config, game, draft, screen }) =>
        set((s) => ({
          ...NO_GAME,
          config,
          game,
          draft,
          screen,
          setup: normaliseSetup(s.catalog, config),
          tension: tensionOf(modelOf(s.catalog, config.scenarioId), game),
        })),
      beginTable: () => {
        const s = get();
        const model = gameModel(s);
        if (!model || !s.game) return;
        set({ screen: s.game.outcome ? 'outcome' : 'table', tension: tensionOf(model, s.game) });
      },
      setOption: (issue, option) =>
        set((s) => {
          const model = gameModel(s);
          const count = model?.issues[issue]?.options.length ?? 0;
          if (!Number.isInteger(option) || option < 0 || option >= count || s.draft[issue] === option)
            return {};
          const draft = [...s.draft];
          draft[issue] = option;
          return { draft };
        }),
      setStatement: (id) => set({ statementId: id }),
      resetDraft: () =>
        set((s) => {
          const model = gameModel(s);
          return model ? { draft: statusQuo(model) } : {};
        }),
      draftFromStanding: () => set((s) => (s.game?.standing ? { draft: [...s.game.standing.package] } : {})),
      propose: () =>
        human((side, s) => ({
          type: 'propose',
          side,
          package: [...s.draft],
          ...(s.statementId ? { statement: s.statementId } : {}),
        })),
      accept: () => human((side) => ({ type: 'accept', side })),
      walkAway: () => human((side) => ({ type: 'walkAway', side })),
      computerThinks: () => set({ thinking: true }),
      computerLoaded: () => set({ computerReady: true }),
      computerMoves: () => {
        const s = get();
        const model = gameModel(s);
        const ai = deps.computer();
        if (!ai || !model || !s.game || !s.config || s.game.outcome || s.game.turn === s.config.side) return;
        const { side, personaId, difficulty } = s.config;
        const move = computerMove(ai, model, s.game, other(side), personaId, difficulty, cache);
        const r = applyMove(model, s.game, move);
        if (r.ok) commit(r.state, model);
        else set({ thinking: false });
      },
      showDebrief: () => {
        if (get().game?.outcome) set({ screen: 'debrief', tension: 0 });
      },
      leaveGame: () => set({ ...NO_GAME, screen: 'title' }),
      playAgain: () =>
        set((s) => ({
          ...NO_GAME,
          screen: 'setup',
          setup: normaliseSetup(s.catalog, { ...s.setup, seed: deps.randomSeed() }),
        })),
    };
  };
}
