// The audio layer's public face: a Howler sound board driven by the store's cues and settings.
export type { HowlLike, MixerLike, SoundBoard, SoundDeps, SoundStatus } from './board';
export { createSoundBoard } from './board';
export { connectAudio } from './connect';
export { MUSIC_LEVEL, musicGains, spriteMap } from './mix';
