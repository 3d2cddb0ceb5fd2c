// The benchmark's baseline: a blank Phaser 4 page built the same way as the game (Vite, base './'),
// so that `npm run bench` can report the game's cold load as a ratio of Phaser's own start-up.
import * as Phaser from 'phaser';

declare global {
  interface Window {
    /** Set once the scene has drawn; the bench waits for it. */
    __blankReady?: boolean;
  }
}

class Blank extends Phaser.Scene {
  constructor() {
    super('Blank');
  }

  create(): void {
    this.add.rectangle(640, 360, 1280, 720, 0x1d2733);
    this.add
      .text(640, 360, 'Blank Phaser page', { fontFamily: 'sans-serif', fontSize: '32px', color: '#ffffff' })
      .setOrigin(0.5);
    this.events.once(Phaser.Scenes.Events.POST_UPDATE, () => {
      window.__blankReady = true;
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'app',
  width: 1280,
  height: 720,
  backgroundColor: '#1d2733',
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [Blank],
});
