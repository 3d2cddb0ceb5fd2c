// The settings slice: sound, motion, language and the student's name, remembered between visits (autosave.ts).
import { INITIAL_STATE } from './initial';
import type { Settings } from './sound';
import { cleanName } from './student';
import type { SettingsData, SettingsSlice, SliceCreator } from './types';

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Create the settings slice. */
export const settingsSlice: SliceCreator<SettingsData, SettingsSlice> = (set, get) => {
  const change = (patch: Partial<Settings>) => set((s) => ({ settings: { ...s.settings, ...patch } }));
  return {
    settings: INITIAL_STATE.settings,
    replaceSettings: (settings) => set({ settings }),
    toggleMute: () => change({ muted: !get().settings.muted }),
    setVolume: (v) => change({ volume: clamp01(v) }),
    setReducedMotion: (on) => change({ reducedMotion: on }),
    setLang: (lang) => change({ lang }),
    markTutorialDone: () => change({ tutorialDone: true }),
    setPlayerName: (name) => change({ playerName: cleanName(name), nameAsked: true }),
    markNameAsked: () => change({ nameAsked: true }),
  };
};
