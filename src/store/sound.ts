// The contract the sound board codes against: which cues the game asks for, and the settings it honours.

/** Sounds the game asks the sound board to play; `cue.seq` increments on every request. */
export const SOUND_CUES = ['click', 'propose', 'counter', 'news', 'signed', 'collapse'] as const;
export type SoundCue = (typeof SOUND_CUES)[number];

/** The latest sound request; a new object (higher seq) each time, even for the same name. */
export interface CueRequest {
  readonly name: SoundCue;
  readonly seq: number;
}

/** Player settings, remembered between visits. */
export interface Settings {
  readonly muted: boolean;
  /** 0..1 */
  readonly volume: number;
  readonly reducedMotion: boolean;
  /** Interface language tag, e.g. 'en'. */
  readonly lang: string;
  /** The guided first game was finished or skipped: the title offers it, no longer leads with it. */
  readonly tutorialDone: boolean;
  /** The student's name put in exported results ('' when not given), cleaned by cleanName. */
  readonly playerName: string;
  /** Whether the debrief has asked for the name once already (asked until a name or an export). */
  readonly nameAsked: boolean;
}
