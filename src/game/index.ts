// The Phaser stage's public face: one factory holds the only game config.
import * as Phaser from 'phaser';
import type { GameStore } from '../store';
import { restWhenStill } from './idle';
import { DESIGN, REGISTRY_KEYS } from './keys';
import { Boot } from './scenes/Boot';
import { Debrief } from './scenes/Debrief';
import { Preloader } from './scenes/Preloader';
import { Table } from './scenes/Table';
import { Title } from './scenes/Title';

export { DESIGN, SCENE_KEYS, type SceneKey } from './keys';

/** Render scale RS: 1 on ordinary screens, 2 on high-density ones (crisp text). */
export function renderScaleFor(devicePixelRatio: number): number {
  return Math.min(2, Math.max(1, Math.ceil(devicePixelRatio || 1)));
}

/** Which renderer to use: 'auto' picks Canvas where WebGL would run in software. */
export type RendererChoice = 'auto' | 'canvas' | 'webgl';

/**
 * True when WebGL is missing or emulated on the CPU (SwiftShader, llvmpipe): old school laptops
 * and headless browsers, where Phaser's Canvas renderer draws this stage several times faster.
 */
export function softwareWebGL(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(name);
  } catch {
    return true;
  }
}

function rendererType(choice: RendererChoice): number {
  if (choice === 'canvas') return Phaser.CANVAS;
  if (choice === 'webgl') return Phaser.WEBGL;
  return softwareWebGL() ? Phaser.CANVAS : Phaser.AUTO;
}

/** Start the stage in `parent`, drawing from `store`. Game coordinates stay in the design size (DESIGN). */
export function startGame(
  parent: HTMLElement,
  store: GameStore,
  devicePixelRatio = 1,
  renderer: RendererChoice = 'auto',
): Phaser.Game {
  const rs = renderScaleFor(devicePixelRatio);
  const game = new Phaser.Game({
    type: rendererType(renderer),
    parent,
    backgroundColor: '#081424',
    banner: false,
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: DESIGN.width * rs,
      height: DESIGN.height * rs,
    },
    scene: [Boot, Preloader, Title, Table, Debrief],
    callbacks: {
      preBoot: (g) => {
        g.registry.set(REGISTRY_KEYS.store, store);
        g.registry.set(REGISTRY_KEYS.renderScale, rs);
      },
      // The stage is decoration for assistive technology: the overlay carries every word and control.
      postBoot: (g) => {
        g.canvas.setAttribute('aria-hidden', 'true');
        const stop = restWhenStill(g, store);
        g.events.once(Phaser.Core.Events.DESTROY, stop);
      },
    },
  });
  return game;
}
