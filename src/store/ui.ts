// The ui slice: the overlay's own state (the walk-away confirmation, the settings popover, the
// notice, the question a link raises) and what the game tells the player (live-region announcements, sound cues).
import { INITIAL_STATE } from './initial';
import type { SliceCreator, UiData, UiSlice } from './types';

/** Create the ui slice. */
export const uiSlice: SliceCreator<UiData, UiSlice> = (set, get) => ({
  confirmingWalk: INITIAL_STATE.confirmingWalk,
  confirmingMove: INITIAL_STATE.confirmingMove,
  settingsOpen: INITIAL_STATE.settingsOpen,
  notice: INITIAL_STATE.notice,
  linkOffer: INITIAL_STATE.linkOffer,
  announcement: INITIAL_STATE.announcement,
  cue: INITIAL_STATE.cue,
  askWalkAway: () => set((s) => (s.screen === 'table' ? { confirmingWalk: true } : {})),
  cancelWalkAway: () => {
    if (get().confirmingWalk) set({ confirmingWalk: false });
  },
  askMove: (move) => set((s) => (s.screen === 'table' ? { confirmingMove: move } : {})),
  cancelMove: () => {
    if (get().confirmingMove) set({ confirmingMove: null });
  },
  setSettingsOpen: (open) => set({ settingsOpen: open }),
  showNotice: (text) => set({ notice: text }),
  dismissNotice: () => set({ notice: null }),
  offerLink: (config) => set({ linkOffer: config }),
  answerLink: (openIt) => {
    const offer = get().linkOffer;
    if (!offer) return;
    set({ linkOffer: null });
    if (openIt) get().openGame(offer);
  },
  playCue: (name) => set((s) => ({ cue: { name, seq: (s.cue?.seq ?? 0) + 1 } })),
  announce: (text, cue = null) => {
    if (text === '' && !cue) return;
    set((s) => ({
      ...(text === '' ? {} : { announcement: { text, seq: (s.announcement?.seq ?? 0) + 1 } }),
      ...(cue ? { cue: { name: cue, seq: (s.cue?.seq ?? 0) + 1 } } : {}),
    }));
  },
});
