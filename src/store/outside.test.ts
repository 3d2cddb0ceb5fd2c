import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, loadScenario } from '../scenario';
import {
  classifyScenarioParam,
  fragmentCode,
  nameOfUrl,
  type OutsideModule,
  type OutsideResult,
  startRequests,
} from './outside';
import { GAME_BACKUP_KEY, GAME_KEY } from './persist';
import { createGameStore } from './store';
import { memoryStorage, testOptions } from './test-kit';
import { selectOutsideProblem, selectOutsideShare } from './vm-outside';
import { selectAddress } from './link';

const MINI = readFileSync(new URL('./fixtures/mini.yaml', import.meta.url), 'utf8');
/** The fixture as an instructor's own file: another id. */
const MINE = MINI.replace(/^id: mini$/m, 'id: my-case');
const URL_PATH = 'scenarios/my-case.yaml';

/** What the loader (src/outside) returns for a text, validated the same way. */
function validated(
  text: string,
  origin: { kind: 'url'; url: string } | { kind: 'text' },
  name = 'my-case.yaml',
): OutsideResult {
  const r = loadScenario(text, name);
  return r.ok
    ? { ok: true, file: { origin, name, text, file: r.file } }
    : { ok: false, problem: { kind: 'invalid', name, lines: r.errors.map(formatDiagnostic) } };
}

/** A loader that validates texts and answers addresses from a map (a missing one: 404). */
function fakeLoader(files: Record<string, string> = {}): OutsideModule {
  return {
    loadOutside: async (req) => {
      if (req.kind === 'text') return validated(req.text, { kind: 'text' }, req.name);
      if (req.kind === 'fragment') return { ok: false, problem: { kind: 'fragment' } };
      const text = files[req.url];
      return text === undefined
        ? { ok: false, problem: { kind: 'fetch', url: req.url, reason: 'notFound', status: 404 } }
        : validated(text, { kind: 'url', url: req.url });
    },
    shareCode: (_name, text) =>
      text.length < 100_000 ? { ok: true, code: 'CODE' } : { ok: false, chars: 9, max: 8 },
  };
}

describe('what a scenario parameter names', () => {
  it('takes a value with a slash or a file ending for a path or an address, anything else for an id', () => {
    expect(classifyScenarioParam('busan-2025')).toEqual({ kind: 'id', id: 'busan-2025' });
    expect(classifyScenarioParam('scenarios/my-case.yaml')).toEqual({
      kind: 'url',
      url: 'scenarios/my-case.yaml',
    });
    expect(classifyScenarioParam('my-case.YML')).toMatchObject({ kind: 'url' });
    expect(classifyScenarioParam('case.json')).toMatchObject({ kind: 'url' });
    expect(classifyScenarioParam('https://site.example/x')).toMatchObject({ kind: 'url' });
    expect(classifyScenarioParam('')).toEqual({ kind: 'none' });
    expect(classifyScenarioParam(null)).toEqual({ kind: 'none' });
  });

  it('finds the code of #s= and names a file by its address', () => {
    expect(fragmentCode('#s=abc-_')).toBe('abc-_');
    expect(fragmentCode('#x=1&s=abc')).toBe('abc');
    expect(fragmentCode('#top')).toBeNull();
    expect(nameOfUrl('https://a.example/dir/my%20case.yaml?x=1')).toBe('my case.yaml');
    expect(nameOfUrl('https://a.example/')).toBe('a.example');
    expect(nameOfUrl('%E0%A4%A.yaml')).toBe('%E0%A4%A.yaml');
  });

  it('loads the link file and the saved game file, once when they are the same', () => {
    const saved = { kind: 'url', url: URL_PATH } as const;
    expect(startRequests(URL_PATH, '', saved)).toEqual({ link: saved, saved: null });
    expect(startRequests('busan-2025', '#s=abc', saved)).toEqual({
      link: { kind: 'fragment', code: 'abc' },
      saved,
    });
    expect(startRequests('busan-2025', '', null)).toEqual({ link: null, saved: null });
  });
});

describe('a link to an outside file', () => {
  const linked = (storage = memoryStorage(), text = MINE) =>
    createGameStore(
      testOptions({
        storage,
        link: { scenario: URL_PATH, side: 'cn', seed: '7' },
        outsideStart: { link: validated(text, { kind: 'url', url: URL_PATH }), saved: null },
      }),
    );

  it('opens the file on the briefing, and the address keeps naming the file', () => {
    const s = linked().getState();
    expect(s.screen).toBe('briefing');
    expect(s.config).toMatchObject({ scenarioId: 'my-case', side: 1, seed: 7 });
    expect(selectAddress(s)).toMatchObject({ scenario: URL_PATH, side: 'cn', seed: '7' });
  });

  it('opens nothing from a link whose file is broken, and shows every located problem', () => {
    const broken = MINE.replace(/^title: .*$/m, 'title: [1, 2]').replace(
      /^ {2}rounds: .*$/m,
      "  rounds: '<img src=x onerror=alert(1)>'",
    );
    const s = linked(memoryStorage(), broken).getState();
    expect(s.game).toBeNull();
    expect(s.screen).toBe('title');
    const vm = selectOutsideProblem(s);
    expect(vm?.lines.length).toBeGreaterThan(1);
    for (const line of vm?.lines ?? []) expect(line).toMatch(/^my-case\.yaml:\d+:\d+ error /);
    expect(vm?.lines.join('\n')).toContain(
      'rules.rounds: wrong kind of value — expected a number, found "<img',
    );
    expect(vm?.offerCopy).toBeNull();
  });

  it('says a missing file is missing and offers a downloaded copy', () => {
    const s = createGameStore(
      testOptions({
        link: { scenario: URL_PATH, side: 'us' },
        outsideStart: {
          link: { ok: false, problem: { kind: 'fetch', url: URL_PATH, reason: 'notFound', status: 404 } },
          saved: null,
        },
      }),
    ).getState();
    expect(s.game).toBeNull();
    const vm = selectOutsideProblem(s);
    expect(vm?.lines[0]).toContain(`no scenario file at “${URL_PATH}”`);
    expect(vm?.offerCopy).not.toBeNull();
  });
});

describe('a saved game on an outside file', () => {
  const play = () => {
    const storage = memoryStorage();
    const store = createGameStore(
      testOptions({
        storage,
        link: { scenario: URL_PATH, seed: '7' },
        outsideStart: { link: validated(MINE, { kind: 'url', url: URL_PATH }), saved: null },
      }),
    );
    store.getState().beginTable();
    store.getState().propose();
    return storage;
  };
  const reopen = (storage: ReturnType<typeof memoryStorage>, saved: OutsideResult | null) =>
    createGameStore(testOptions({ storage, outsideStart: { link: null, saved } })).getState();

  it('keeps what reloads the file, and resumes when the file is the same', () => {
    const storage = play();
    const save = JSON.parse(storage.getItem(GAME_KEY)!);
    expect(save.outside).toEqual({ kind: 'url', url: URL_PATH });
    expect(save.log.contentHash).toMatch(/^[0-9a-f]{16}$/);
    const s = reopen(storage, validated(MINE, { kind: 'url', url: URL_PATH }));
    expect(s.screen).toBe('table');
    expect(s.game?.log.filter((e) => e.kind === 'move').length).toBe(save.log.moves.length);
    expect(save.log.moves.length).toBeGreaterThan(0);
    expect(s.notice).toBeNull();
  });

  it('never replays on a changed file: the player is told and the game kept aside', () => {
    const storage = play();
    const before = storage.getItem(GAME_KEY);
    const edited = MINE.replace(/^title: (.*)$/m, 'title: $1 (edited)');
    expect(edited).not.toBe(MINE);
    const s = reopen(storage, validated(edited, { kind: 'url', url: URL_PATH }));
    expect(s.game).toBeNull();
    expect(s.notice).toContain(`“${URL_PATH}”`.replace(/[“”]/g, '"'));
    expect(s.notice).toContain('has changed');
    expect(storage.getItem(GAME_BACKUP_KEY)).toBe(before);
  });

  it('says so when the file cannot be loaded again', () => {
    const storage = play();
    const s = reopen(storage, { ok: false, problem: { kind: 'fetch', url: URL_PATH, reason: 'network' } });
    expect(s.game).toBeNull();
    expect(s.notice).toContain('could not be loaded again');
    expect(selectOutsideProblem(s)?.lines[0]).toContain('No answer');
    expect(selectOutsideProblem(s)?.offerCopy).not.toBeNull();
  });

  it('does not offer a downloaded copy over a game in progress (a failed link shows the saved game)', () => {
    const storage = play();
    const s = createGameStore(
      testOptions({
        storage,
        link: { scenario: 'scenarios/other.yaml' },
        outsideStart: {
          link: { ok: false, problem: { kind: 'fetch', url: 'scenarios/other.yaml', reason: 'notFound' } },
          saved: validated(MINE, { kind: 'url', url: URL_PATH }),
        },
      }),
    ).getState();
    expect(s.screen).toBe('table');
    expect(selectOutsideProblem(s)).toMatchObject({ offerCopy: null });
  });

  it('keeps the text of a file opened from the computer', async () => {
    const storage = memoryStorage();
    const store = createGameStore(testOptions({ storage, outsideLoader: async () => fakeLoader() }));
    await store.getState().openOutside({ kind: 'text', name: 'mine.yaml', text: MINE });
    store.getState().beginBriefing();
    expect(JSON.parse(storage.getItem(GAME_KEY)!).outside).toEqual({
      kind: 'text',
      name: 'mine.yaml',
      text: MINE,
    });
  });
});

describe('opening a file during a visit', () => {
  const withLoader = () => createGameStore(testOptions({ outsideLoader: async () => fakeLoader() }));

  it('adds a good file to the setup form, chosen', async () => {
    const store = withLoader();
    await store.getState().openOutside({ kind: 'text', name: 'mine.yaml', text: MINE });
    const s = store.getState();
    expect(s.screen).toBe('setup');
    expect(s.setup.scenarioId).toBe('my-case');
    expect(s.catalog.map((e) => e.id)).toEqual(['mini', 'my-case']);
    expect(s.outsideProblem).toBeNull();
    expect(s.announcement?.text).toContain('mine.yaml');
  });

  it('never swaps the scenario of a game in progress for a file of the same id', async () => {
    const store = withLoader();
    store.getState().beginBriefing();
    const before = store.getState().catalog.find((e) => e.id === 'mini');
    const edited = MINI.replace(/^title: .*$/m, 'title: An edited copy');
    expect(edited).not.toBe(MINI);
    await store.getState().addOutside({ kind: 'text', name: 'mini.yaml', text: edited });
    expect(store.getState().catalog.find((e) => e.id === 'mini')).toBe(before);
    // Once the game is over and set aside, the same file is taken.
    store.getState().leaveGame();
    await store.getState().addOutside({ kind: 'text', name: 'mini.yaml', text: edited });
    expect(store.getState().catalog.find((e) => e.id === 'mini')?.outside?.text).toBe(edited);
  });

  it('shows the problems of a bad file and keeps the catalog', async () => {
    const store = withLoader();
    await store.getState().openOutside({ kind: 'text', name: 'bad.json', text: '{"id": 20' });
    const s = store.getState();
    expect(s.screen).toBe('title');
    expect(s.catalog.map((e) => e.id)).toEqual(['mini']);
    expect(selectOutsideProblem(s)?.lines[0]).toMatch(/^bad\.json:\d+:\d+ error/);
    store.getState().dismissOutsideProblem();
    expect(selectOutsideProblem(store.getState())).toBeNull();
  });

  it('offers a link for an outside file and says when it is too big', async () => {
    const store = withLoader();
    expect(selectOutsideShare(store.getState())).toBeNull();
    await store.getState().openOutside({ kind: 'text', name: 'mine.yaml', text: MINE });
    await store.getState().shareOutside();
    expect(selectOutsideShare(store.getState())).toMatchObject({ code: 'CODE', tooBig: null });
    const big = `${MINE}\n#${'x'.repeat(100_000)}\n`;
    await store.getState().openOutside({ kind: 'text', name: 'big.yaml', text: big });
    await store.getState().shareOutside();
    expect(selectOutsideShare(store.getState())?.tooBig).toContain('too big for a link');
  });

  it('says so when the loader itself cannot be fetched, and tries again next time', async () => {
    let calls = 0;
    const store = createGameStore(
      testOptions({
        outsideLoader: async () => {
          calls += 1;
          if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
          return fakeLoader();
        },
      }),
    );
    await store.getState().openOutside({ kind: 'text', name: 'mine.yaml', text: MINE });
    expect(selectOutsideProblem(store.getState())?.lines[0]).toContain(
      'No answer from the web server for “mine.yaml”',
    );
    await store.getState().openOutside({ kind: 'text', name: 'mine.yaml', text: MINE });
    expect(store.getState().setup.scenarioId).toBe('my-case');
    expect(store.getState().outsideProblem).toBeNull();
  });

  it('opens nothing without the loader', async () => {
    const store = createGameStore(testOptions());
    await store.getState().openOutside({ kind: 'text', name: 'mine.yaml', text: MINE });
    expect(store.getState().catalog).toHaveLength(1);
  });
});
