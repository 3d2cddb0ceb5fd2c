// The first scene: hands over to the Preloader, which starts Title once the art is ready.
import * as Phaser from 'phaser';
import { SCENE_KEYS } from '../keys';

/** Starts the Preloader (which starts Title when the art is ready). */
export class Boot extends Phaser.Scene {
  constructor() {
    super(SCENE_KEYS.Boot);
  }

  create(): void {
    this.scene.start(SCENE_KEYS.Preloader, { next: SCENE_KEYS.Title });
  }
}
