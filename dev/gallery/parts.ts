// Gallery pages of single widgets (dev only): every widget in several states, and the deal chart.
import type * as Phaser from 'phaser';
import { CN, handle, NEWS, type PageHandle, type PageOptions, US } from './common';
import { DEMO_METERS, DEMO_OFFER, demoChart } from './data';
import { PALETTE } from '../../src/game/theme';
import {
  DealChart,
  Delegation,
  MeterStack,
  type Mood,
  NewsTicker,
  OfferCard,
  RoundClock,
  type Widget,
} from '../../src/game/widgets';

/** Every widget in several states side by side. */
export function widgetsPage(scene: Phaser.Scene, o: PageOptions): PageHandle {
  const reducedMotion = o.reducedMotion;
  const made: Widget<object>[] = [];
  const strip = scene.add.graphics();
  strip.fillStyle(PALETTE.woodDark, 1).fillRect(0, 208, 1280, 36);
  strip.fillStyle(PALETTE.wood, 1).fillRect(0, 196, 1280, 14);
  const moods: Mood[] = ['neutral', 'pleased', 'tense', 'angry'];
  moods.forEach((mood, i) => {
    const side = i % 2 === 0 ? 'left' : 'right';
    made.push(
      new Delegation(scene, 170 + i * 313, 214, {
        colour: side === 'left' ? US : CN,
        side,
        mood,
        thinking: i === 3,
        reducedMotion,
      }),
    );
  });
  strip.setDepth(15);
  made.push(
    new MeterStack(scene, 16, 252, {
      title: 'Constituencies (after the offer)',
      items: DEMO_METERS[1],
      width: 320,
      reducedMotion,
    }),
  );
  const clocks = [
    { round: 2, caption: 'Round 2 of 8' },
    { round: 7, caption: 'Round 7 of 8' },
    { round: 8, caption: 'Last round' },
  ];
  clocks.forEach((c, i) => {
    made.push(new RoundClock(scene, 420 + i * 128, 318, { ...c, total: 8, reducedMotion }));
  });
  const news = new NewsTicker(scene, 356, 430, { kicker: 'News', ...NEWS[0]!, width: 400, reducedMotion });
  const card = new OfferCard(scene, 1000, 476, {
    title: 'China proposes',
    subtitle: 'Round 4 of 8 · twelve issues',
    lines: DEMO_OFFER,
    changed: DEMO_OFFER.map((_, i) => i % 3 === 0),
    note: '“A fair exchange: purchases for relief.”',
    accent: CN,
    width: 420,
    reducedMotion,
  });
  made.push(news, card);
  let state = 0;
  return {
    widgets: made,
    step: () => {
      state++;
      for (const w of made) {
        if (w instanceof Delegation)
          w.update({ mood: moods[(moods.indexOf('neutral') + state + made.indexOf(w)) % 4] });
        if (w instanceof MeterStack) w.update({ items: DEMO_METERS[(state + 1) % 2]! });
      }
      news.update({ ...NEWS[state % 2]! });
      void card.send(state % 2 === 0 ? 'left' : 'right');
    },
    destroy: () => {
      for (const w of made) w.destroy();
      strip.destroy();
    },
  };
}

/** The debrief chart with a large cloud of deals. */
export function chartPage(scene: Phaser.Scene, o: PageOptions, compact = false): PageHandle {
  const data = demoChart(o.points);
  const legend = {
    all: `Possible deals (${o.points.toLocaleString('en-US')})`,
    zopa: 'Zone of agreement',
    frontier: 'Pareto frontier',
    walkAway: 'Walk-away (no deal)',
    nash: 'Nash bargaining point',
    kalai: 'Kalai–Smorodinsky point',
    historical: 'Busan, October 2025',
    yours: 'Your deal',
  };
  const box = compact
    ? { x: 10, y: 56, width: 630, height: 650 }
    : { x: 40, y: 30, width: 1200, height: 660 };
  const chart = new DealChart(scene, box.x, box.y, {
    ...data,
    legend,
    width: box.width,
    height: box.height,
    xLabel: 'United States: utility (0 = worst deal, 1 = best)',
    yLabel: 'China: utility',
    accent: US,
    reducedMotion: o.reducedMotion,
  });
  return handle([chart as Widget<object>], () =>
    chart.update({ yours: chart.destroyed ? null : { x: 0.42, y: 0.66 } }),
  );
}
