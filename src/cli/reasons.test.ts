// The computer's reasons in words, as `simulate --json --moves` lists them (the same i18n code
// the game uses): varied over 200 Busan games, never repeated by a side within a game, and plain
// sentences that say no number of the payoff model.
import { describe, expect, it } from 'vitest';
import { REASON_CODES, textIn } from '../engine';
import { type Output, readScenarioFile } from './io';
import { run } from './simulate';

const FILE = 'scenarios/busan-2025.yaml';

// As the command reads it: texts filled in from the model (placeholders and {fact …} figures).
const busan = await (async () => {
  const r = await readScenarioFile(FILE, {}, { out: () => {}, err: () => {} });
  if (!r.ok) throw new Error('busan-2025.yaml does not load');
  return r.model;
})();

function capture(): { io: Output; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l) }, out, err };
}

interface MoveJson {
  side: string;
  type: string;
  round: number;
  reason: { code: string; text: string } | null;
}

/** Every scenario word a reason may quote (names, labels, phrases, statements), longest first, lower-case. */
const quotable = [
  ...busan.issues.flatMap((i) => [
    textIn(i.name),
    ...i.options.flatMap((o) => [textIn(o.label), ...(o.phrase ? [textIn(o.phrase)] : [])]),
  ]),
  ...busan.parties.flatMap((p) => [...p.constituencies, ...p.security].map((f) => textIn(f.name))),
  ...busan.statements.map((s) => textIn(s.text)),
]
  .map((q) => q.toLowerCase())
  .sort((a, b) => b.length - a.length);

describe('simulate --json --moves', () => {
  it('lists 200 Busan games’ moves with varied reasons no side repeats within a game', async () => {
    const c = capture();
    const args = [FILE, '--us', 'pragmatist', '--cn', 'pragmatist', '--games', '200', '--json', '--moves'];
    expect(await run(args, c.io)).toBe(0);
    expect(c.err).toEqual([]);
    const j = JSON.parse(c.out.join('\n')) as { games: { moves: MoveJson[] }[] };
    expect(j.games).toHaveLength(200);
    const distinct = new Set<string>();
    let repeats = 0;
    for (const g of j.games) {
      const said = new Set<string>();
      for (const m of g.moves) {
        expect(['us', 'cn']).toContain(m.side);
        expect(['propose', 'accept', 'walkAway']).toContain(m.type);
        expect(REASON_CODES).toContain(m.reason?.code);
        const text = m.reason!.text;
        expect(text).toMatch(/^[A-Z0-9“].*[.”]$/);
        let rest = text.toLowerCase();
        for (const q of quotable) rest = rest.split(q).join(' ');
        // The only number a template says is how many rounds the other side has not moved.
        expect(rest.replace(/\d+ rounds?/, ''), text).not.toMatch(/\d/);
        distinct.add(text);
        if (said.has(`${m.side}|${text}`)) repeats++;
        said.add(`${m.side}|${text}`);
      }
    }
    expect(distinct.size).toBeGreaterThanOrEqual(25);
    expect(repeats).toBe(0);
  }, 180_000);

  it('prints each game’s moves with their reasons as readable lines without --json', async () => {
    const c = capture();
    const args = [FILE, '--us', 'hardliner', '--cn', 'dealmaker', '--games', '1', '--moves'];
    expect(await run(args, c.io)).toBe(0);
    expect(c.out[0]).toMatch(/^game seed 1: \w+/);
    expect(c.out[1]).toMatch(/^ {2}round 1 {2}us propose: We start from .+\.$/);
    expect(c.out.join('\n')).toContain('simulate busan-2025: us hardliner vs cn dealmaker');
  }, 60_000);
});
