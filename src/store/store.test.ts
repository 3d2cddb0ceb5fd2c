import { describe, expect, it } from 'vitest';
import * as ai from '../ai';
import type { ScenarioFile } from '../scenario';
import { GAME_BACKUP_KEY, GAME_KEY, SETTINGS_KEY } from './persist';
import { createGameStore } from './store';
import { manualClock, memoryStorage, shippedScenarios, testOptions } from './test-kit';
import type { SliceCreator, UiData } from './types';

const started = (opts = testOptions()) => {
  const store = createGameStore(opts);
  store.getState().beginBriefing();
  store.getState().beginTable();
  return store;
};

describe('the shipped scenarios (smoke test)', () => {
  it('load into the store with the default first, and a game starts and gets an answer', () => {
    const store = createGameStore(
      testOptions({ scenarios: shippedScenarios(), defaultScenarioId: 'busan-2025' }),
    );
    const s = store.getState();
    expect(s.catalog.map((e) => e.id)).toEqual(['busan-2025', 'geneva-2025', 'tutorial', 'zte-2018']);
    expect(s.notice).toBeNull();
    s.beginBriefing();
    store.getState().beginTable();
    store.getState().propose();
    expect(store.getState().game?.log.filter((e) => e.kind === 'move')).toHaveLength(2);
  });
});

describe('createGameStore', () => {
  it('loads the scenarios and shows the title', () => {
    const s = createGameStore(testOptions()).getState();
    expect(s.catalog.map((e) => e.id)).toEqual(['mini']);
    expect(s.screen).toBe('title');
    expect(s.notice).toBeNull();
  });

  it('names scenario files that fail to compile in a notice', () => {
    const bad = { fileName: 'bad.yaml', file: { id: 'broken' } as unknown as ScenarioFile };
    const s = createGameStore(testOptions({ scenarios: [...testOptions().scenarios, bad] })).getState();
    expect(s.notice).toContain('bad.yaml');
    expect(s.catalog.length).toBe(1);
  });

  it('starting from setup shows the briefing with a fresh game', () => {
    const store = createGameStore(testOptions());
    store.getState().beginBriefing();
    const s = store.getState();
    expect(s.screen).toBe('briefing');
    expect(s.game?.round).toBe(1);
    expect(s.config?.personaId).toBe(s.setup.personaId);
    expect(s.draft).toEqual(s.catalog[0]!.model.issues.map((i) => i.statusQuo));
  });

  it('answers a proposal with the computer at once when the delay is 0', () => {
    const store = started();
    store.getState().propose();
    const s = store.getState();
    const moves = s.game!.log.filter((e) => e.kind === 'move');
    expect(moves).toHaveLength(2);
    expect(s.game!.turn).toBe(0);
    expect(s.announcement?.text).toContain('China proposes');
    expect(s.thinking).toBe(false);
  });

  it('answers after the delay and shows the computer thinking meanwhile', () => {
    const clock = manualClock();
    const store = started(testOptions({ computerDelayMs: 500, clock }));
    store.getState().propose();
    expect(store.getState().thinking).toBe(true);
    expect(store.getState().cue?.name).toBe('propose');
    clock.advance(499);
    expect(store.getState().thinking).toBe(true);
    clock.advance(1);
    expect(store.getState().thinking).toBe(false);
    expect(['counter', 'news']).toContain(store.getState().cue?.name);
    expect(clock.pending).toBe(0);
  });

  it('answers only once its negotiators have loaded, then at once', async () => {
    let arrive: (m: typeof ai) => void = () => {};
    const loading = new Promise<typeof ai>((resolve) => {
      arrive = resolve;
    });
    const store = started(testOptions({ computer: () => loading }));
    store.getState().propose();
    expect(store.getState().game!.turn).toBe(1);
    arrive(ai);
    await loading;
    await Promise.resolve();
    expect(store.getState().game!.turn).toBe(0);
  });

  it('skips the delay when motion is reduced', () => {
    const store = started(testOptions({ computerDelayMs: 500, prefersReducedMotion: true }));
    store.getState().propose();
    expect(store.getState().game!.turn).toBe(0);
  });

  it('cancels a pending answer when the player starts again, and when the store stops', () => {
    const clock = manualClock();
    const store = started(testOptions({ computerDelayMs: 500, clock }));
    store.getState().propose();
    store.getState().playAgain();
    expect(clock.pending).toBe(0);
    expect(store.getState().thinking).toBe(false);
    store.getState().beginBriefing();
    store.getState().beginTable();
    store.getState().propose();
    expect(clock.pending).toBe(1);
    store.stop();
    expect(clock.pending).toBe(0);
  });

  it('announces an illegal move instead of applying it', () => {
    const store = started();
    const before = store.getState().game;
    store.getState().accept();
    expect(store.getState().game).toBe(before);
    expect(store.getState().announcement?.text).toBe(
      'That move is not allowed: there is no offer on the table to accept.',
    );
  });

  it('ends on the outcome screen with the collapse sound when the human walks away', () => {
    const store = started();
    store.getState().askWalkAway();
    expect(store.getState().confirmingWalk).toBe(true);
    store.getState().walkAway();
    const s = store.getState();
    expect(s.screen).toBe('outcome');
    expect(s.confirmingWalk).toBe(false);
    expect(s.game?.outcome?.kind).toBe('walkAway');
    expect(s.cue?.name).toBe('collapse');
    expect(s.tension).toBe(0);
    s.showDebrief();
    expect(store.getState().screen).toBe('debrief');
  });

  it('increments the cue sequence for each sound, even a repeated one', () => {
    const store = createGameStore(testOptions());
    store.getState().playCue('click');
    store.getState().playCue('click');
    expect(store.getState().cue).toEqual({ name: 'click', seq: 2 });
  });

  it('raises tension toward the deadline', () => {
    const store = started();
    const seen: number[] = [store.getState().tension];
    while (!store.getState().game?.outcome) {
      store.getState().propose();
      seen.push(store.getState().tension);
    }
    const playing = seen.slice(0, -1);
    expect(playing[0]).toBe(0);
    expect(Math.max(...playing)).toBe(1);
    expect(playing.every((x, i) => i === 0 || x >= playing[i - 1]!)).toBe(true);
  });

  it('keeps a draft option only when it exists', () => {
    const store = started();
    store.getState().setOption(0, 1);
    expect(store.getState().draft[0]).toBe(1);
    store.getState().setOption(0, 99);
    expect(store.getState().draft[0]).toBe(1);
    store.getState().resetDraft();
    expect(store.getState().draft[0]).toBe(store.getState().catalog[0]!.model.issues[0]!.statusQuo);
  });

  it('resets the game to the initial state when the player starts again', () => {
    const store = started();
    store.getState().setStatement('no-chips');
    store.getState().walkAway();
    store.getState().playAgain();
    const s = store.getState();
    const initial = store.getInitialState();
    for (const key of ['config', 'game', 'draft', 'statementId', 'thinking', 'tension'] as const)
      expect(s[key], key).toEqual(initial[key]);
    expect(s.screen).toBe('setup');
    expect(s.setup.seed).not.toBe(initial.setup.seed);
  });
});

describe('slices', () => {
  it('write only their own fields (the compiler checks)', () => {
    const ui: SliceCreator<UiData, object> = (set) => {
      // @ts-expect-error the ui slice may not write the session's screen
      set({ screen: 'table' });
      // @ts-expect-error nor through an updater
      set((s) => ({ notice: null, game: s.game }));
      set({ notice: null });
      return {};
    };
    expect(typeof ui).toBe('function');
  });
});

describe('narration', () => {
  it('tells every listener the human move and its sound before the computer answers', () => {
    const store = started();
    const heard: string[] = [];
    store.subscribe((s, prev) => {
      if (s.game !== prev.game) heard.push(`moves ${s.game?.log.length ?? 0}`);
      if (s.announcement !== prev.announcement) heard.push(`says ${s.announcement?.text.split(':')[0]}`);
      if (s.cue !== prev.cue) heard.push(`plays ${s.cue?.name}`);
    });
    store.getState().propose(); // the computer answers at once; round 2 opens with scripted news
    expect(heard).toEqual([
      'moves 1',
      'says United States proposes',
      'plays propose',
      'moves 3',
      'says China proposes',
      'plays news',
    ]);
  });

  it('says nothing when a game starts, resumes or ends by starting again', () => {
    const storage = memoryStorage();
    const store = started(testOptions({ storage }));
    store.getState().playAgain();
    store.getState().beginBriefing();
    createGameStore(testOptions({ storage }));
    expect(store.getState().announcement).toBeNull();
  });
});
describe('persistence', () => {
  it('saves after each move and resumes the game by replay', () => {
    const storage = memoryStorage();
    const store = started(testOptions({ storage }));
    store.getState().setOption(1, 2);
    store.getState().propose();
    const game = store.getState().game!;
    const again = createGameStore(testOptions({ storage })).getState();
    expect(again.screen).toBe('table');
    expect(again.game?.log).toEqual(game.log);
    expect(again.draft[1]).toBe(2);
    expect(again.notice).toBeNull();
  });

  it('saves on the briefing, the table, every move and the debrief, and forgets on play again', () => {
    const storage = memoryStorage();
    const writes: string[] = [];
    const spy = {
      ...storage,
      setItem: (k: string, v: string) => {
        if (k === GAME_KEY) {
          const { screen, log } = JSON.parse(v) as { screen: string; log: { moves: unknown[] } };
          writes.push(`${screen} ${log.moves.length}`);
        }
        storage.setItem(k, v);
      },
      removeItem: (k: string) => {
        if (k === GAME_KEY) writes.push('forget');
        storage.removeItem(k);
      },
    };
    const store = createGameStore(testOptions({ storage: spy }));
    store.getState().showSetup();
    store.getState().beginBriefing();
    store.getState().beginTable();
    store.getState().propose();
    store.getState().setOption(0, 1);
    store.getState().walkAway();
    store.getState().showDebrief();
    store.getState().playAgain();
    expect(writes).toEqual([
      'briefing 0',
      'table 0',
      'table 1',
      'table 2',
      'outcome 3',
      'debrief 3',
      'forget',
    ]);
  });

  it('starts fresh with a notice when the save is corrupt', () => {
    const storage = memoryStorage();
    storage.setItem(GAME_KEY, '{"version":1,"config":');
    const s = createGameStore(testOptions({ storage })).getState();
    expect(s.screen).toBe('title');
    expect(s.game).toBeNull();
    expect(s.notice).toContain('could not be read');
    expect(s.notice).toContain(`kept aside in this browser under "${GAME_BACKUP_KEY}"`);
    expect(storage.data.has(GAME_KEY)).toBe(false);
    expect(storage.getItem(GAME_BACKUP_KEY)).toBe('{"version":1,"config":');
  });

  it('keeps a save with hostile or unknown values aside, and a link still opens', () => {
    const storage = memoryStorage();
    started(testOptions({ storage }));
    const saved = JSON.parse(storage.getItem(GAME_KEY)!);
    const hostile = JSON.stringify({
      ...saved,
      config: { ...saved.config, scenarioId: '<img src=x onerror=alert(1)>' },
    });
    storage.setItem(GAME_KEY, hostile);
    const s = createGameStore(testOptions({ storage, link: { scenario: 'mini', seed: '3' } })).getState();
    expect(s.notice).toContain('another version');
    expect(s.notice).not.toContain('<img');
    expect(storage.getItem(GAME_BACKUP_KEY)).toBe(hostile);
    expect(s.config?.seed).toBe(3);
    expect(s.linkOffer).toBeNull();
  });

  it('starts fresh with a notice when the save replays an illegal move', () => {
    const storage = memoryStorage();
    const store = started(testOptions({ storage }));
    store.getState().propose();
    const saved = JSON.parse(storage.getItem(GAME_KEY)!);
    saved.log.moves[0].side = 1;
    storage.setItem(GAME_KEY, JSON.stringify(saved));
    const s = createGameStore(testOptions({ storage })).getState();
    expect(s.game).toBeNull();
    expect(s.notice).toContain('could not be read');
  });

  it('starts fresh with a notice when the save is from another version', () => {
    const storage = memoryStorage();
    const store = started(testOptions({ storage }));
    const saved = JSON.parse(storage.getItem(GAME_KEY)!);
    storage.setItem(GAME_KEY, JSON.stringify({ ...saved, log: { ...saved.log, contentHash: 'other' } }));
    expect(createGameStore(testOptions({ storage })).getState().notice).toContain('another version');
    storage.setItem(GAME_KEY, JSON.stringify({ ...saved, version: 0 }));
    expect(createGameStore(testOptions({ storage })).getState().notice).toContain('another version');
    expect(store.getState().game).not.toBeNull();
  });

  it('resumes a save of version 1 (reasons in English) with its final offers marked, its text kept aside', () => {
    const storage = memoryStorage();
    const store = started(testOptions({ storage }));
    store.getState().propose();
    const saved = JSON.parse(storage.getItem(GAME_KEY)!);
    const english = ['This is our final offer. We start here.', 'Some older reason.'];
    const old = JSON.stringify({
      ...saved,
      version: 1,
      log: {
        ...saved.log,
        moves: saved.log.moves.map((m: Record<string, unknown>, k: number) => ({ ...m, reason: english[k] })),
      },
    });
    storage.setItem(GAME_KEY, old);
    const s = createGameStore(testOptions({ storage })).getState();
    const moves = s.game!.log.flatMap((e) => (e.kind === 'move' ? [e.move] : []));
    expect(moves.map((m) => [m.type === 'propose' && m.final === true, m.reason])).toEqual([
      [true, undefined],
      [false, undefined],
    ]);
    expect(s.notice).toContain('older version');
    expect(storage.getItem(GAME_BACKUP_KEY)).toBe(old);
    expect(JSON.parse(storage.getItem(GAME_KEY)!).version).toBe(2);
  });

  it('forgets the save when the player starts again', () => {
    const storage = memoryStorage();
    const store = started(testOptions({ storage }));
    store.getState().walkAway();
    store.getState().playAgain();
    expect(storage.data.has(GAME_KEY)).toBe(false);
    expect(store.getState().screen).toBe('setup');
    expect(store.getState().game).toBeNull();
  });

  it('remembers settings and ignores bad stored values', () => {
    const storage = memoryStorage();
    const store = createGameStore(testOptions({ storage }));
    store.getState().toggleMute();
    store.getState().setVolume(0.25);
    store.getState().setReducedMotion(true);
    store.getState().markTutorialDone();
    expect(createGameStore(testOptions({ storage })).getState().settings).toEqual({
      muted: true,
      volume: 0.25,
      reducedMotion: true,
      lang: 'en',
      tutorialDone: true,
      playerName: '',
      nameAsked: false,
    });
    storage.setItem(SETTINGS_KEY, '{"muted":"yes","volume":7,"tutorialDone":"no"}');
    expect(createGameStore(testOptions({ storage })).getState().settings).toEqual({
      muted: false,
      volume: 0.7,
      reducedMotion: false,
      lang: 'en',
      tutorialDone: false,
      playerName: '',
      nameAsked: false,
    });
  });

  it('clamps the volume to 0..1', () => {
    const store = createGameStore(testOptions());
    store.getState().setVolume(3);
    expect(store.getState().settings.volume).toBe(1);
    store.getState().setVolume(-1);
    expect(store.getState().settings.volume).toBe(0);
  });
});

describe('links', () => {
  it('opens the briefing with the side, persona and seed of the link', () => {
    const s = createGameStore(
      testOptions({ link: { scenario: 'mini', side: 'cn', persona: 'us-hardliner', seed: '42' } }),
    ).getState();
    expect(s.screen).toBe('briefing');
    expect(s.config).toEqual({
      scenarioId: 'mini',
      side: 1,
      personaId: 'us-hardliner',
      difficulty: null,
      seed: 42,
    });
    expect(s.notice).toBeNull();
  });

  it('opens nothing from a bad link: the notice names each parameter and what is allowed', () => {
    const s = createGameStore(
      testOptions({ link: { scenario: 'atlantis', side: 'mars', seed: 'x' } }),
    ).getState();
    expect(s.notice).toBe(
      'This link was not opened: its scenario "atlantis" does not exist (allowed: mini); ' +
        'its side "mars" does not exist (allowed: us, cn); ' +
        'its seed "x" is not a whole number from 0 to 2147483646. Choose a game in the form instead.',
    );
    expect(s.config).toBeNull();
    expect(s.screen).toBe('setup');
  });

  it('keeps the game in progress when a bad link is opened', () => {
    const storage = memoryStorage();
    const store = started(testOptions({ storage }));
    store.getState().propose();
    const before = storage.getItem(GAME_KEY);
    const s = createGameStore(
      testOptions({ storage, link: { scenario: 'nope', side: 'xx', seed: '-1' } }),
    ).getState();
    expect(s.screen).toBe('table');
    expect(s.game?.log).toEqual(store.getState().game?.log);
    expect(s.notice).toContain('scenario "nope"');
    expect(s.notice).toContain('Your saved game is shown instead.');
    expect(storage.getItem(GAME_KEY)).toBe(before);
  });

  it('resumes the saved game when reloaded on the same link, with or without its seed', () => {
    const storage = memoryStorage();
    const link = { scenario: 'mini', side: 'us', seed: '9' };
    const store = createGameStore(testOptions({ storage, link }));
    store.getState().beginTable();
    store.getState().propose();
    const again = createGameStore(testOptions({ storage, link })).getState();
    expect(again.game?.log).toEqual(store.getState().game?.log);
    expect(again.linkOffer).toBeNull();
    const seedless = createGameStore(testOptions({ storage, link: { scenario: 'mini' } })).getState();
    expect(seedless.game?.log).toEqual(store.getState().game?.log);
  });

  it('asks before a link for another game replaces the one in progress, and does as answered', () => {
    const storage = memoryStorage();
    const link = { scenario: 'mini', side: 'us', seed: '9' };
    const first = createGameStore(testOptions({ storage, link }));
    first.getState().beginTable();
    first.getState().propose();
    const log = first.getState().game?.log;
    const other = { ...link, seed: '10' };
    const kept = createGameStore(testOptions({ storage, link: other }));
    expect(kept.getState().game?.log).toEqual(log);
    expect(kept.getState().linkOffer?.seed).toBe(10);
    kept.getState().answerLink(false);
    expect(kept.getState().linkOffer).toBeNull();
    expect(kept.getState().game?.log).toEqual(log);
    expect(kept.getState().config?.seed).toBe(9);

    const replaced = createGameStore(testOptions({ storage, link: other }));
    replaced.getState().answerLink(true);
    expect(replaced.getState().config?.seed).toBe(10);
    expect(replaced.getState().screen).toBe('briefing');
    expect(replaced.getState().game?.log.filter((e) => e.kind === 'move')).toHaveLength(0);
  });

  it('opens a link over a finished game without asking', () => {
    const storage = memoryStorage();
    const store = started(testOptions({ storage }));
    store.getState().walkAway();
    const s = createGameStore(testOptions({ storage, link: { scenario: 'mini', seed: '5' } })).getState();
    expect(s.linkOffer).toBeNull();
    expect(s.config?.seed).toBe(5);
    expect(s.screen).toBe('briefing');
  });
});
