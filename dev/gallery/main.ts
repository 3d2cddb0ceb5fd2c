// The widget gallery (dev only, dev/gallery/index.html): every widget in several states, for screenshots and
// the browser test. URL: ?page=table|widgets|chart|effects &reduced=1 &rs=2 &renderer=canvas &auto=1
// &points=N. Exposes window.__gallery (step, measure, cycle, snapshot, restart) to the test.
import * as Phaser from 'phaser';
import { buildPage, type PageHandle, type PageName, type PageOptions, PAGES } from './pages';
import { Preloader } from '../../src/game/scenes/Preloader';
import { DESIGN, REGISTRY_KEYS, SCENE_KEYS } from '../../src/game/keys';
import { PALETTE } from '../../src/game/theme';
import { ART } from '../../src/game/widgets';

/** Counts that must not grow when widgets are made and destroyed again. */
export interface Snapshot {
  readonly children: number;
  readonly shutdownListeners: number;
  readonly tweens: number;
  readonly textures: number;
  /** How many of the art pieces are loaded as textures. */
  readonly art: number;
}

/** Frame-time statistics from requestAnimationFrame deltas, in ms. */
export interface FrameStats {
  readonly frames: number;
  readonly median: number;
  readonly p95: number;
  readonly mean: number;
}

/** What the browser test drives. */
export interface GalleryApi {
  ready: boolean;
  readonly page: PageName;
  step(): void;
  measure(ms: number): Promise<FrameStats>;
  cycle(times: number): Promise<{ before: Snapshot; after: Snapshot }>;
  snapshot(): Snapshot;
  restart(): void;
  /** Switch reduced motion on or off for every widget of the page. */
  reduce(on: boolean): void;
}

declare global {
  interface Window {
    __gallery?: GalleryApi;
  }
}

const params = new URLSearchParams(window.location.search);
const page: PageName = (PAGES as readonly string[]).includes(params.get('page') ?? '')
  ? (params.get('page') as PageName)
  : 'table';
const rs = Math.max(1, Math.min(2, Number(params.get('rs')) || Math.ceil(window.devicePixelRatio || 1)));
const options: PageOptions = {
  reducedMotion: params.get('reduced') === '1',
  points: Math.max(0, Math.min(1_000_000, Number(params.get('points')) || 200_000)),
};

const frames = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Wait (up to `maxMs`) until `done()` holds, checking once a frame. */
const until = async (done: () => boolean, maxMs: number) => {
  const end = (await frames()) + maxMs;
  while (!done() && (await frames()) < end);
};

/** The gallery scene: zooms by RS, builds the page, and answers the test's calls. */
class Gallery extends Phaser.Scene {
  private handle: PageHandle | null = null;

  constructor() {
    super('Gallery');
  }

  create(): void {
    this.cameras.main.setZoom(rs).setOrigin(0, 0).setBackgroundColor(PALETTE.navy);
    this.handle = buildPage(this, page, options);
    if (params.get('auto') === '1')
      this.time.addEvent({ delay: 1600, loop: true, callback: () => this.handle?.step() });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.handle = null;
    });
    api.ready = true;
  }

  step(): void {
    this.handle?.step();
  }

  reduce(on: boolean): void {
    for (const w of this.handle?.widgets ?? []) w.update({ reducedMotion: on });
  }

  /** Build and destroy the page `times` times; counts before and after should match. */
  async cycle(times: number): Promise<{ before: Snapshot; after: Snapshot }> {
    await this.settle();
    const before = this.snapshot();
    for (let i = 0; i < times; i++) {
      this.handle?.destroy();
      this.handle = buildPage(this, page, options);
      await frames();
    }
    await this.settle();
    return { before, after: this.snapshot() };
  }

  /** Wait until only looping (idle) tweens are left, however slow the frames are. */
  private async settle(): Promise<void> {
    await frames();
    await until(() => this.tweens.getTweens().every((t) => t.isInfinite), 60_000);
    await frames();
  }

  snapshot(): Snapshot {
    return {
      children: this.children.list.length,
      shutdownListeners: this.events.listenerCount(Phaser.Scenes.Events.SHUTDOWN),
      tweens: this.tweens.getTweens().length,
      textures: this.textures.getTextureKeys().length,
      art: Object.values(ART).filter((a) => this.textures.exists(a.key)).length,
    };
  }
}

const scene = () => game.scene.getScene('Gallery') as Gallery;

const api: GalleryApi = {
  ready: false,
  page,
  step: () => scene().step(),
  reduce: (on) => scene().reduce(on),
  measure: async (ms) => {
    const deltas: number[] = [];
    let last = await frames();
    const end = last + ms;
    while (last < end) {
      const now = await frames();
      deltas.push(now - last);
      last = now;
    }
    const sorted = [...deltas].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    const mean = deltas.reduce((s, d) => s + d, 0) / Math.max(1, deltas.length);
    return { frames: deltas.length, median: at(0.5), p95: at(0.95), mean };
  },
  cycle: (times) => scene().cycle(times),
  snapshot: () => scene().snapshot(),
  restart: () => {
    api.ready = false;
    scene().scene.restart();
  },
};
window.__gallery = api;

const renderer = params.get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO;
const game = new Phaser.Game({
  type: renderer,
  parent: 'stage',
  width: DESIGN.width * rs,
  height: DESIGN.height * rs,
  backgroundColor: PALETTE.night,
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  callbacks: {
    postBoot: (g) => {
      g.registry.set(REGISTRY_KEYS.renderScale, rs);
      g.scene.add('Gallery', Gallery, false);
      g.scene.add(SCENE_KEYS.Preloader, Preloader, true, { next: 'Gallery' });
    },
  },
});
