// Remembering between visits: settings, and the game in progress as config + move log. What is
// read back is checked field by field; anything odd is dropped (a notice, never a broken page).
import type { GameState, Side } from '../engine';
import { DIFFICULTIES, parseSavedLog, type SavedLog, saveLog } from '../engine';
import type { Settings } from './sound';
import type { OutsideRequest } from './outside';
import { cleanName } from './student';
import { type CatalogEntry, type GameConfig, PLAY_MODES } from './types';
import type { Screen } from './vm-types';

/** The part of Web Storage the store uses (localStorage, or a stand-in in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SETTINGS_KEY = 'bargaining-chips/settings';
export const GAME_KEY = 'bargaining-chips/game';
/** Where a saved game that cannot be resumed is kept aside (its text as it was), never deleted. */
export const GAME_BACKUP_KEY = 'bargaining-chips/game-backup';
/** Bump when the saved game's shape changes; older saves are migrated (see migrateV1) or start fresh with a notice. */
export const SAVE_VERSION = 2;

/** Screens a saved game may reopen on. */
const RESUMABLE: readonly Screen[] = ['handover', 'briefing', 'table', 'outcome', 'debrief'];

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function readJson(storage: KeyValueStorage | null, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text == null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage | null, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked (private mode): the game still works, it just is not remembered.
  }
}

/** Settings as saved, merged over defaults; unknown or bad fields keep the default. */
export function loadSettings(storage: KeyValueStorage | null, defaults: Settings): Settings {
  const raw = readJson(storage, SETTINGS_KEY);
  if (!isRecord(raw)) return defaults;
  const volume =
    typeof raw.volume === 'number' && raw.volume >= 0 && raw.volume <= 1 ? raw.volume : defaults.volume;
  return {
    muted: typeof raw.muted === 'boolean' ? raw.muted : defaults.muted,
    volume,
    reducedMotion: typeof raw.reducedMotion === 'boolean' ? raw.reducedMotion : defaults.reducedMotion,
    lang: typeof raw.lang === 'string' && raw.lang.length < 20 ? raw.lang : defaults.lang,
    tutorialDone: typeof raw.tutorialDone === 'boolean' ? raw.tutorialDone : defaults.tutorialDone,
    playerName: typeof raw.playerName === 'string' ? cleanName(raw.playerName) : defaults.playerName,
    nameAsked: typeof raw.nameAsked === 'boolean' ? raw.nameAsked : defaults.nameAsked,
  };
}

/** Remember the settings. */
export function saveSettings(storage: KeyValueStorage | null, settings: Settings): void {
  write(storage, SETTINGS_KEY, settings);
}

/**
 * A saved game: the config, the screen it was on and the move log (which carries the scenario's
 * content hash). A game on an outside file also keeps what reloads that file: its address, or its
 * name and text; the reloaded file must have the same content hash, or the game is not replayed.
 */
export interface SavedGame {
  readonly config: GameConfig;
  readonly screen: Screen;
  readonly log: SavedLog;
  readonly outside?: SavedOutside;
}

/** What reloads a saved game's outside file. */
export type SavedOutside = Extract<OutsideRequest, { kind: 'url' | 'text' }>;

function parseOutside(x: unknown): SavedOutside | null | undefined {
  if (x === undefined) return undefined;
  if (!isRecord(x)) return null;
  if (x.kind === 'url' && typeof x.url === 'string') return { kind: 'url', url: x.url };
  if (x.kind === 'text' && typeof x.name === 'string' && typeof x.text === 'string')
    return { kind: 'text', name: x.name, text: x.text };
  return null;
}

/** What reloads an outside entry's file. */
export function outsideOf(entry: CatalogEntry | undefined): SavedOutside | undefined {
  const o = entry?.outside;
  if (!o) return undefined;
  return o.origin.kind === 'url'
    ? { kind: 'url', url: o.origin.url }
    : { kind: 'text', name: entry.fileName, text: o.text };
}

/** What reading the saved game found. */
export type ReadGame =
  | { readonly kind: 'none' }
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'old' }
  | { readonly kind: 'ok'; readonly saved: SavedGame; readonly migrated: boolean };

function parseConfig(x: unknown): GameConfig | null {
  if (!isRecord(x)) return null;
  const { scenarioId, side, personaId, seed, difficulty, mode } = x;
  if (typeof scenarioId !== 'string' || typeof personaId !== 'string') return null;
  if (side !== 0 && side !== 1) return null;
  if (typeof seed !== 'number' || !Number.isInteger(seed)) return null;
  const level = DIFFICULTIES.find((d) => d === difficulty) ?? null;
  if (difficulty !== null && difficulty !== undefined && level === null) return null;
  const played = PLAY_MODES.find((m) => m === mode);
  if (mode !== undefined && played === undefined) return null;
  // A network game is the server's to keep: only games on this device are resumed from here.
  if (played === 'network') return null;
  return {
    scenarioId,
    side: side as Side,
    personaId,
    difficulty: level,
    seed,
    ...(played && played !== 'computer' ? { mode: played } : {}),
  };
}

/** How version 1 marked a final offer: its English reason began with this. */
const V1_FINAL = 'This is our final offer.';

/**
 * A version-1 log in the current shape: its reasons were English text, which cannot become
 * codes, so they are dropped (the text stays in the backup); a final offer keeps its mark.
 */
function migrateV1(log: unknown): unknown {
  if (!isRecord(log) || !Array.isArray(log.moves)) return log;
  const moves = log.moves.map((m: unknown) => {
    if (!isRecord(m) || typeof m.reason !== 'string') return m;
    const { reason, ...rest } = m;
    return m.type === 'propose' && reason.startsWith(V1_FINAL) ? { ...rest, final: true } : rest;
  });
  return { ...log, moves };
}

/** Read the saved game, telling apart none, corrupt and an older format (version 1 is migrated). */
export function loadGame(storage: KeyValueStorage | null): ReadGame {
  const raw = readJson(storage, GAME_KEY);
  if (raw === undefined) return { kind: 'none' };
  if (!isRecord(raw)) return { kind: 'corrupt' };
  const migrated = raw.version === 1;
  if (raw.version !== SAVE_VERSION && !migrated) return { kind: 'old' };
  const config = parseConfig(raw.config);
  const log = parseSavedLog(migrated ? migrateV1(raw.log) : raw.log);
  const screen = RESUMABLE.find((s) => s === raw.screen);
  const outside = parseOutside(raw.outside);
  if (!config || !log.ok || !screen || outside === null) return { kind: 'corrupt' };
  return {
    kind: 'ok',
    saved: { config, screen, log: log.log, ...(outside ? { outside } : {}) },
    migrated,
  };
}

/** The outside file the saved game was played on, if any (main.ts loads it before the store opens). */
export function savedOutside(storage: KeyValueStorage | null): SavedOutside | null {
  const read = loadGame(storage);
  return read.kind === 'ok' ? (read.saved.outside ?? null) : null;
}

/** Remember the game in progress (or forget it when there is none). */
export function saveGame(
  storage: KeyValueStorage | null,
  config: GameConfig | null,
  game: GameState | null,
  screen: Screen,
  outside?: SavedOutside,
): void {
  if (!config || !game || !RESUMABLE.includes(screen)) {
    clearGame(storage);
    return;
  }
  write(storage, GAME_KEY, {
    version: SAVE_VERSION,
    config,
    screen,
    log: saveLog(game),
    ...(outside ? { outside } : {}),
  });
}

/** Forget the saved game. */
export function clearGame(storage: KeyValueStorage | null): void {
  try {
    storage?.removeItem(GAME_KEY);
  } catch {
    // Blocked storage: nothing to forget.
  }
}

/** Keep a copy of the saved game's text under GAME_BACKUP_KEY; false when storage refused. */
export function backUpGame(storage: KeyValueStorage | null): boolean {
  try {
    const text = storage?.getItem(GAME_KEY);
    if (text != null) storage?.setItem(GAME_BACKUP_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** Keep the saved game's text aside under GAME_BACKUP_KEY, then forget it as the game in progress. */
export function setGameAside(storage: KeyValueStorage | null): void {
  // Storage full or blocked: the text stays where it is rather than being lost.
  if (backUpGame(storage)) clearGame(storage);
}
