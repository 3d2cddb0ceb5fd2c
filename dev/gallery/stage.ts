// Gallery pages of the whole stage (dev only): the full table, the app's compact table, effects.
import type * as Phaser from 'phaser';
import { CN, handle, MOOD_CYCLE, NEWS, type PageHandle, type PageOptions, US } from './common';
import { DEMO_METERS, DEMO_OFFER, DEMO_SECURITY } from './data';
import { DESIGN } from '../../src/game/keys';
import { PALETTE } from '../../src/game/theme';
import { PANELS } from '../../src/store';
import {
  DealSeal,
  Delegation,
  MeterStack,
  NewsTicker,
  OfferCard,
  RoundClock,
  TableBackdrop,
  TalksCollapse,
  type Widget,
} from '../../src/game/widgets';

/** The negotiating table with everything on it. */
export function tablePage(scene: Phaser.Scene, o: PageOptions): PageHandle {
  const reducedMotion = o.reducedMotion;
  const room = new TableBackdrop(scene, 0, 0, {
    left: { colour: US, name: 'United States' },
    right: { colour: CN, name: 'China' },
    active: 'left',
    reducedMotion,
  });
  const left = new Delegation(scene, room.seat('left').x, room.seat('left').y, {
    colour: US,
    side: 'left',
    scale: room.layout.figureScale,
    reducedMotion,
  });
  const right = new Delegation(scene, room.seat('right').x, room.seat('right').y, {
    colour: CN,
    side: 'right',
    scale: room.layout.figureScale,
    reducedMotion,
  });
  const home = new MeterStack(scene, 16, 16, {
    title: 'Your home front',
    items: DEMO_METERS[0],
    reducedMotion,
  });
  const security = new MeterStack(scene, 1280 - 316, 16, {
    title: 'Security',
    items: DEMO_SECURITY[0],
    reducedMotion,
  });
  const clock = new RoundClock(scene, 640, 58, {
    round: 1,
    total: 8,
    caption: 'Round 1 of 8',
    reducedMotion,
  });
  const lane = room.cardLane();
  const card = new OfferCard(scene, lane.x, lane.y + 30, {
    title: 'United States proposes',
    subtitle: 'Round 1 of 8',
    lines: DEMO_OFFER.slice(0, 8),
    accent: US,
    travel: lane.travel,
    reducedMotion,
  });
  const news = new NewsTicker(scene, 400, 600, { kicker: 'News', ...NEWS[0]!, width: 480, reducedMotion });
  news.setPosition(400, 720 - 12 - news.height);
  void card.send('left');
  let state = 0;
  const step = () => {
    state++;
    const moods = MOOD_CYCLE[state % MOOD_CYCLE.length]!;
    left.update({ mood: moods[0], thinking: false });
    right.update({ mood: moods[1], thinking: state % 2 === 1 });
    home.update({ items: DEMO_METERS[state % 2]! });
    security.update({ items: DEMO_SECURITY[state % 2]! });
    const round = (state % 8) + 1;
    clock.update({ round, caption: `Round ${round} of 8` });
    const from = state % 2 === 0 ? 'left' : 'right';
    room.update({ active: from });
    card.update({
      title: from === 'left' ? 'United States proposes' : 'China proposes',
      subtitle: `Round ${round} of 8`,
      accent: from === 'left' ? US : CN,
      changed: [true, false, true, false, false, true, false, false],
      note:
        from === 'right'
          ? '“Our security establishment cannot accept lifting the affiliates rule for nothing.”'
          : undefined,
    });
    void card.send(from);
    news.update({ ...NEWS[state % 2]! });
  };
  return handle([room, left, right, home, security, clock, card, news] as Widget<object>[], step);
}

/** The app's Table layout: a room in the stage's area on the left, news and two meter columns below. */
export function compactPage(scene: Phaser.Scene, o: PageOptions): PageHandle {
  const reducedMotion = o.reducedMotion;
  const { stage, compose } = PANELS.table;
  const meterWidth = (stage.width - 8) / 2;
  const panel = scene.add.graphics();
  panel.fillStyle(PALETTE.panel, 1).fillRect(compose.x - 2, 0, DESIGN.width - compose.x + 2, DESIGN.height);
  const room = new TableBackdrop(scene, 0, 0, {
    width: stage.width,
    height: 330,
    left: { colour: US, name: 'United States' },
    right: { colour: CN, name: 'China' },
    active: 'left',
    reducedMotion,
  });
  const fs = room.layout.figureScale;
  const left = new Delegation(scene, room.seat('left').x, room.seat('left').y, {
    colour: US,
    side: 'left',
    scale: fs,
    reducedMotion,
  });
  const right = new Delegation(scene, room.seat('right').x, room.seat('right').y, {
    colour: CN,
    side: 'right',
    scale: fs,
    reducedMotion,
    thinking: true,
  });
  const clock = new RoundClock(scene, 44, 50, {
    round: 3,
    total: 8,
    caption: 'Round 3 of 8',
    radius: 28,
    reducedMotion,
  });
  const news = new NewsTicker(scene, 6, 336, {
    kicker: 'News',
    ...NEWS[1]!,
    width: stage.width - 12,
    reducedMotion,
  });
  const meters = [
    new MeterStack(scene, 4, 400 + 60, {
      items: DEMO_METERS[1].slice(0, 3),
      width: meterWidth,
      reducedMotion,
    }),
    new MeterStack(scene, 8 + meterWidth, 400 + 60, {
      items: [...DEMO_METERS[1].slice(3), ...DEMO_SECURITY[1].slice(0, 1)],
      width: meterWidth,
      reducedMotion,
    }),
  ];
  const lane = room.cardLane();
  const card = new OfferCard(scene, lane.x, lane.y, {
    title: 'China proposes',
    subtitle: 'Round 3 of 8',
    lines: DEMO_OFFER.slice(0, 8),
    accent: CN,
    width: 300,
    travel: lane.travel,
    reducedMotion,
  });
  void card.send('right');
  let state = 0;
  const made = [room, left, right, clock, news, ...meters, card] as Widget<object>[];
  return {
    widgets: made,
    step: () => {
      state++;
      const moods = MOOD_CYCLE[state % MOOD_CYCLE.length]!;
      left.update({ mood: moods[0] });
      right.update({ mood: moods[1], thinking: state % 2 === 0 });
      clock.update({ round: (state % 8) + 1, caption: `Round ${(state % 8) + 1} of 8` });
      void card.send(state % 2 === 0 ? 'right' : 'left');
    },
    destroy: () => {
      for (const w of made) w.destroy();
      panel.destroy();
    },
  };
}

/** Signing and collapse side by side over the room. */
export function effectsPage(scene: Phaser.Scene, o: PageOptions): PageHandle {
  const reducedMotion = o.reducedMotion;
  const room = new TableBackdrop(scene, 0, 0, { left: { colour: US }, right: { colour: CN }, reducedMotion });
  const seal = new DealSeal(scene, 360, 330, {
    caption: 'Deal signed',
    subcaption: 'Both capitals ratify',
    colours: [US, CN],
    reducedMotion,
  });
  const fail = new TalksCollapse(scene, 920, 330, {
    caption: 'Talks collapsed',
    subcaption: 'China walked away',
    stage: { x: 640, y: 0, width: 640, height: 720 },
    reducedMotion,
  });
  const run = () => {
    void seal.play();
    void fail.play();
  };
  run();
  return handle([room, seal, fail] as Widget<object>[], run);
}
