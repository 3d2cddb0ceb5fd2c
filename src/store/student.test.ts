import { describe, expect, it } from 'vitest';
import { selectExport } from './export';
import { SETTINGS_KEY } from './persist';
import { createGameStore } from './store';
import { cleanName, NAME_MAX, nameSlug } from './student';
import { memoryStorage, testOptions } from './test-kit';

/** A finished game (walked away) in a store remembering settings in `storage`. */
function finished(storage = memoryStorage()) {
  const store = createGameStore(testOptions({ storage }));
  store.getState().beginBriefing();
  store.getState().beginTable();
  store.getState().walkAway();
  return store;
}

/** Names a student (or a prankster) might type. */
const HOSTILE = {
  html: '<img src=x onerror="alert(1)">Ann',
  long: `Zoë ${'x'.repeat(10_000)}`,
  control: 'Bob\u0000\u0007\r\nSmith\u202e\u200b\u2028',
  formula: '=HYPERLINK("http://evil","Li")',
  path: '../../etc/passwd',
  blank: ' \t\n ',
};

describe('the student name', () => {
  it('keeps letters of any script, one line, no control or direction characters, at most NAME_MAX', () => {
    expect(cleanName('  Wang   Xiu\u00a0Ying ')).toBe('Wang Xiu Ying');
    expect(cleanName('王秀英')).toBe('王秀英');
    expect(cleanName(HOSTILE.control)).toBe('Bob Smith');
    expect([...cleanName(HOSTILE.long)]).toHaveLength(NAME_MAX);
    expect(cleanName(HOSTILE.blank)).toBe('');
    expect(cleanName(42)).toBe('');
    for (const raw of Object.values(HOSTILE)) expect(cleanName(raw)).not.toMatch(/[\p{C}\n\r]/u);
  });

  it('becomes a file-name slug of letters and digits joined by dashes', () => {
    expect(nameSlug('Zoë  O’Brien-Smith')).toBe('Zoë-O-Brien-Smith');
    expect(nameSlug('王秀英')).toBe('王秀英');
    expect(nameSlug(HOSTILE.html)).toBe('img-src-x-onerror-alert-1-Ann');
    expect(nameSlug(HOSTILE.path)).toBe('etc-passwd');
    expect(nameSlug(HOSTILE.blank)).toBe('');
    for (const raw of Object.values(HOSTILE)) {
      const slug = nameSlug(raw);
      expect(slug).toMatch(/^[\p{L}\p{M}\p{N}-]*$/u);
      expect([...slug].length).toBeLessThanOrEqual(40);
      expect(slug.startsWith('-') || slug.endsWith('-')).toBe(false);
    }
  });

  it('is remembered in settings, cleaned, and can be changed or cleared', () => {
    const storage = memoryStorage();
    const store = finished(storage);
    expect(store.getState().settings.playerName).toBe('');
    store.getState().setPlayerName(HOSTILE.control);
    expect(createGameStore(testOptions({ storage })).getState().settings.playerName).toBe('Bob Smith');
    store.getState().setPlayerName('Ann Lee');
    expect(createGameStore(testOptions({ storage })).getState().settings.playerName).toBe('Ann Lee');
    store.getState().setPlayerName('');
    expect(createGameStore(testOptions({ storage })).getState().settings.playerName).toBe('');
    // A name put into storage by hand is cleaned on the way in.
    storage.setItem(SETTINGS_KEY, JSON.stringify({ playerName: HOSTILE.long }));
    expect([...createGameStore(testOptions({ storage })).getState().settings.playerName]).toHaveLength(
      NAME_MAX,
    );
  });

  it('is asked for once: until a name is given or an export made, remembered', () => {
    for (const answer of [
      (s: ReturnType<typeof finished>) => s.getState().markNameAsked(),
      (s: ReturnType<typeof finished>) => s.getState().setPlayerName('Ann'),
    ]) {
      const storage = memoryStorage();
      const store = finished(storage);
      expect(store.getState().settings.nameAsked).toBe(false);
      answer(store);
      expect(createGameStore(testOptions({ storage })).getState().settings.nameAsked).toBe(true);
    }
  });

  it('goes into the JSON, the CSV and both file names; without one, none of them changes', () => {
    const store = finished();
    const plain = selectExport(store.getState(), 'json')!;
    expect(plain.name).toMatch(/^bargaining-chips-mini-\d+\.json$/);
    expect(JSON.parse(plain.text).student).toBeNull();
    store.getState().setPlayerName('Zoë Li');
    const json = selectExport(store.getState(), 'json')!;
    const csv = selectExport(store.getState(), 'csv')!;
    expect(json.name).toBe(plain.name.replace('.json', '-Zoë-Li.json'));
    expect(csv.name).toBe(plain.name.replace('.json', '-Zoë-Li.csv'));
    expect(JSON.parse(json.text).student).toBe('Zoë Li');
    const [head, row] = csv.text.trim().split('\r\n');
    expect(head!.startsWith('"student",')).toBe(true);
    expect(row!.startsWith('"Zoë Li",')).toBe(true);
  });

  it('handles hostile names safely in every export', () => {
    const store = finished();
    for (const raw of Object.values(HOSTILE)) {
      store.getState().setPlayerName(raw);
      const json = selectExport(store.getState(), 'json')!;
      const csv = selectExport(store.getState(), 'csv')!;
      const name = cleanName(raw);
      expect(JSON.parse(json.text).student).toBe(name || null);
      for (const f of [json, csv]) {
        expect(f.name).toMatch(/^bargaining-chips-mini-\d+(-[\p{L}\p{M}\p{N}-]+)?\.(json|csv)$/u);
        expect(f.name.length).toBeLessThan(100);
      }
      // One header and one row, the same number of cells; a formula is defused with a quote mark.
      const lines = csv.text.trim().split('\r\n');
      expect(lines).toHaveLength(2);
      const cell = lines[1]!.match(/^"((?:[^"]|"")*)",/)![1]!.replace(/""/g, '"');
      expect(cell).toBe(/^[=+\-@]/.test(name) ? `'${name}` : name);
    }
  });
});
