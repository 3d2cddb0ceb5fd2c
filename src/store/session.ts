// The session slice: where the player is (title, setup, briefing, table, outcome, debrief) and the
// game in progress. Every change of the game goes through the engine's reducer in `commit`; what
// follows a change (narration and sound, saving, the computer's answer) is done by the store's
// subscribers (narrator.ts, autosave.ts, scheduler.ts), not here.
import type { GameState, Model, Move, Side } from '../engine';
import { applyMove, createCache, newGame, other, statusQuo } from '../engine';
import { translator } from '../i18n';
import { gameModel, modelOf, withEntry } from './catalog';
import { type ComputerModule, computerMove } from './computer';
import { INITIAL_STATE, NO_GAME } from './initial';
import { tensionOf } from './narrate';
import { draftOf, hasMoved, modeOf, viewerSide } from './seat';
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
        screen: after.outcome ? 'outcome' : (patch.screen ?? s.screen),
        tension: tensionOf(model, after),
        thinking: false,
      }));
    };

    const human = (build: (side: Side, s: StoreState) => Move | null): void => {
      const s = get();
      const model = gameModel(s);
      if (!model || !s.game || !s.config || s.screen !== 'table') return;
      const move = build(viewerSide(s), s);
      if (!move) return;
      if (modeOf(s.config) === 'network') {
        // The server is the authority: the move shows when its answer (the new view) arrives.
        // While the connection is down nothing is sent (it would be lost): the student is told.
        if (s.net?.connection !== 'connected') {
          const t = translator(s.settings.lang);
          s.announce(t('net.connection.reconnecting'));
          return;
        }
        s.sendMove(move);
        return;
      }
      const r = applyMove(model, s.game, move);
      if (!r.ok) {
        const t = translator(s.settings.lang);
        s.announce(t('announce.rejected', { message: t(`rejection.${r.rejection.code}`) }));
        return;
      }
      const patch: Partial<SessionData> = move.type === 'propose' ? { statementId: '' } : {};
      if (modeOf(s.config) === 'hotseat' && !r.state.outcome) {
        // Two players on one device: the screen hides the side that just moved until the next is ready.
        const next = r.state.turn;
        commit(r.state, model, {
          ...patch,
          statementId: '',
          screen: 'handover',
          seat: next,
          draft: draftOf(model, r.state, next),
        });
        return;
      }
      commit(r.state, model, patch);
    };

    return {
      catalog: INITIAL_STATE.catalog,
      setup: INITIAL_STATE.setup,
      screen: INITIAL_STATE.screen,
      computerReady: INITIAL_STATE.computerReady,
      ...NO_GAME,
      setCatalog: (entries) => set({ catalog: entries, setup: initialSetup(entries, deps.randomSeed()) }),
      // The scenario of a game in progress is never swapped under it.
      addScenario: (entry) =>
        set((s) =>
          s.game && s.config?.scenarioId === entry.id ? {} : { catalog: withEntry(s.catalog, entry) },
        ),
      showTitle: () => set((s) => (s.game ? {} : { screen: 'title' })),
      showSetup: () => set((s) => (s.game ? {} : { screen: 'setup' })),
      updateSetup: (patch) => set((s) => ({ setup: normaliseSetup(s.catalog, { ...s.setup, ...patch }) })),
      newSeed: () =>
        set((s) => ({ setup: normaliseSetup(s.catalog, { ...s.setup, seed: deps.randomSeed() }) })),
      // Over the network the game starts at a table the server holds: create one first.
      beginBriefing: () =>
        modeOf(get().setup) === 'network' ? get().createTable() : get().openGame(get().setup),
      openGame: (choice) => {
        const { catalog } = get();
        const model = modelOf(catalog, choice.scenarioId);
        if (!model) return;
        if (modeOf(choice) === 'network') return;
        const config = { ...choice };
        const hotseat = modeOf(config) === 'hotseat';
        set({
          ...NO_GAME,
          config,
          game: newGame(model, config.seed),
          setup: normaliseSetup(catalog, config),
          draft: statusQuo(model),
          // Two players on one device: the first mover takes the device first.
          screen: hotseat ? 'handover' : 'briefing',
          seat: hotseat ? model.rules.firstMover : null,
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
          seat: modeOf(config) === 'hotseat' ? game.turn : null,
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
        if (modeOf(s.config) !== 'computer') return;
        const { side, personaId, difficulty } = s.config;
        const move = computerMove(ai, model, s.game, other(side), personaId, difficulty, cache);
        const r = applyMove(model, s.game, move);
        if (r.ok) commit(r.state, model);
        else set({ thinking: false });
      },
      showDebrief: () => {
        if (get().game?.outcome) set({ screen: 'debrief', tension: 0 });
      },
      // A game of this device (a save reopened at start-up) is set aside, still saved: the
      // network game is not saved here (autosave.ts), so nothing overwrites or clears it.
      showLobby: () => set({ ...NO_GAME, screen: 'lobby' }),
      offerJoin: () => {
        if (get().game) get().leaveGame();
        set((s) => ({ screen: 'setup', setup: normaliseSetup(s.catalog, { ...s.setup, mode: 'network' }) }));
      },
      continueHandover: () => {
        const s = get();
        if (s.screen !== 'handover' || !s.game || s.seat === null) return;
        set({ screen: s.game.outcome ? 'outcome' : hasMoved(s.game, s.seat) ? 'table' : 'briefing' });
      },
      receiveGame: (game) => {
        const model = gameModel(get());
        if (!model || modeOf(get().config) !== 'network') return;
        commit(game, model);
      },
      updateConfig: (patch) => set((s) => (s.config ? { config: { ...s.config, ...patch } } : {})),
      leaveGame: () => {
        get().leaveTable();
        set({ ...NO_GAME, screen: 'title' });
      },
      playAgain: () => {
        get().leaveTable();
        set((s) => ({
          ...NO_GAME,
          screen: 'setup',
          setup: normaliseSetup(s.catalog, { ...s.setup, seed: deps.randomSeed() }),
        }));
      },
    };
  };
}
