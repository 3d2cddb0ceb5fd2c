// The session slice: starting a game, the human's moves, the computer's replies (after a short
// pause for feel, none with reduced motion), and the end of the game. Every change of the game
// goes through `commit`, which narrates it, picks a sound, saves the log and hands the turn on.
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { GameState, Model, Move, Side } from '../engine';
import { applyMove, createCache, newGame, other, statusQuo } from '../engine';
import { translator } from '../i18n';
import { modelOf } from './catalog';
import { computerMove } from './computer';
import { narrate, tensionOf } from './narrate';
import { clearGame, type KeyValueStorage, saveGame } from './persist';
import { normaliseSetup } from './setup';
import type { SessionSlice, StoreState } from './types';

/** What the session needs from outside: storage, timing and a source of fresh seeds. */
export interface SessionDeps {
  readonly storage: KeyValueStorage | null;
  /** Pause before the computer answers, in ms (0: at once). */
  readonly computerDelayMs: number;
  readonly randomSeed: () => number;
}

type Set = StoreApi<StoreState>['setState'];
type Get = StoreApi<StoreState>['getState'];

/** The model of the game in progress. */
export function gameModel(s: Pick<StoreState, 'catalog' | 'config'>): Model | null {
  return s.config ? modelOf(s.catalog, s.config.scenarioId) : null;
}

/** Handles the computer's pending reply so it can be cancelled when a game ends or restarts. */
class Pending {
  private timer: ReturnType<typeof setTimeout> | null = null;
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
  later(ms: number, fn: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      fn();
    }, ms);
  }
}

function announce(set: Set, get: Get, text: string): void {
  if (text === '') return;
  set({ announcement: { text, seq: (get().announcement?.seq ?? 0) + 1 } });
}

/** Create the session slice. */
export function sessionSlice(deps: SessionDeps): StateCreator<StoreState, [], [], SessionSlice> {
  const pending = new Pending();
  // One cache per store for the computer's package spaces: a browser tab keeps at most 64 MB.
  const cache = createCache({ maxBytes: 64 * 2 ** 20 });
  return (set, get) => {
    const commit = (before: GameState | null, after: GameState, model: Model): void => {
      const s = get();
      const human = s.config?.side ?? 0;
      const lang = s.settings.lang;
      const told = narrate(model, before, after, human, translator(lang), lang);
      const screen = after.outcome ? 'outcome' : s.screen;
      set({ game: after, screen, tension: tensionOf(model, after), thinking: false, confirmingWalk: false });
      announce(set, get, told.text);
      if (told.cue) get().playCue(told.cue);
      saveGame(deps.storage, get().config, after, screen);
      if (screen === 'table') scheduleComputer();
    };

    const scheduleComputer = (): void => {
      const s = get();
      const model = gameModel(s);
      if (!model || !s.game || !s.config || s.game.outcome || s.game.turn === s.config.side) return;
      const run = (): void => {
        const now = get();
        const m = gameModel(now);
        if (!m || !now.game || !now.config || now.game.outcome || now.game.turn === now.config.side) return;
        const move = computerMove(
          m,
          now.game,
          other(now.config.side),
          now.config.personaId,
          now.config.difficulty,
          cache,
        );
        const r = applyMove(m, now.game, move);
        if (r.ok) commit(now.game, r.state, m);
        else set({ thinking: false });
      };
      const delay = s.settings.reducedMotion ? 0 : deps.computerDelayMs;
      if (delay <= 0) {
        run();
        return;
      }
      set({ thinking: true });
      pending.later(delay, run);
    };

    const human = (build: (side: Side, s: StoreState) => Move | null): void => {
      const s = get();
      const model = gameModel(s);
      if (!model || !s.game || !s.config || s.screen !== 'table') return;
      const move = build(s.config.side, s);
      if (!move) return;
      const r = applyMove(model, s.game, move);
      if (!r.ok) {
        announce(
          set,
          get,
          translator(s.settings.lang)('announce.rejected', { message: r.rejection.message }),
        );
        return;
      }
      if (move.type === 'propose') set({ statementId: '' });
      commit(s.game, r.state, model);
    };

    return {
      catalog: [],
      setup: { scenarioId: '', side: 0, difficulty: null, personaId: '', seed: 1 },
      config: null,
      game: null,
      draft: [],
      statementId: '',
      thinking: false,
      tension: 0,
      updateSetup: (patch) => set((s) => ({ setup: normaliseSetup(s.catalog, { ...s.setup, ...patch }) })),
      newSeed: () =>
        set((s) => ({ setup: normaliseSetup(s.catalog, { ...s.setup, seed: deps.randomSeed() }) })),
      beginBriefing: () => {
        const { setup, catalog } = get();
        const model = modelOf(catalog, setup.scenarioId);
        if (!model) return;
        pending.cancel();
        const config = { ...setup };
        const game = newGame(model, config.seed);
        set({
          config,
          game,
          draft: statusQuo(model),
          statementId: '',
          screen: 'briefing',
          thinking: false,
          tension: 0,
        });
        saveGame(deps.storage, config, game, 'briefing');
      },
      beginTable: () => {
        const s = get();
        const model = gameModel(s);
        if (!model || !s.game) return;
        const screen = s.game.outcome ? 'outcome' : 'table';
        set({ screen, tension: tensionOf(model, s.game) });
        saveGame(deps.storage, s.config, s.game, screen);
        if (screen === 'table') scheduleComputer();
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
      showDebrief: () => {
        const s = get();
        if (!s.game?.outcome) return;
        set({ screen: 'debrief', tension: 0 });
        saveGame(deps.storage, s.config, s.game, 'debrief');
      },
      playAgain: () => {
        pending.cancel();
        clearGame(deps.storage);
        set((s) => ({
          config: null,
          game: null,
          draft: [],
          statementId: '',
          thinking: false,
          tension: 0,
          screen: 'setup',
          setup: normaliseSetup(s.catalog, { ...s.setup, seed: deps.randomSeed() }),
        }));
      },
    };
  };
}
