import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOutside, shareCode } from './index';

const tutorial = readFileSync(new URL('../../scenarios/tutorial.yaml', import.meta.url), 'utf8');

describe('loading an outside file', () => {
  it('validates a file handed in as text', async () => {
    const r = await loadOutside({ kind: 'text', name: 'tutorial.yaml', text: tutorial });
    expect(r.ok && r.file.file.id).toBe('tutorial');
    expect(r.ok && r.file.origin).toEqual({ kind: 'text' });
  });

  it('gives every problem as the command line prints it, hostile text left as it was', async () => {
    const text = tutorial
      .replace('id: tutorial', 'id: 20')
      .replace('statusQuo: t30', "statusQuo: '<img src=x onerror=alert(1)>'");
    const r = await loadOutside({ kind: 'text', name: 'bad.yaml', text });
    expect(r.ok).toBe(false);
    if (r.ok || r.problem.kind !== 'invalid') throw new Error('expected problems');
    expect(r.problem.lines).toHaveLength(2);
    expect(r.problem.lines[0]).toMatch(/^bad\.yaml:\d+:\d+ error id: .*20 is read as a number; put it in quotes.* — expected text$/);
    expect(r.problem.lines[1]).toMatch(
      /^bad\.yaml:\d+:\d+ error issues\[0\]\.statusQuo: .*<img src=x onerror=alert\(1\)>/,
    );
  });

  it('reads the file a link carries, and refuses a damaged link', async () => {
    const code = shareCode('tutorial.yaml', tutorial);
    if (!code.ok) throw new Error('too big');
    const r = await loadOutside({ kind: 'fragment', code: code.code });
    expect(r.ok && [r.file.name, r.file.text]).toEqual(['tutorial.yaml', tutorial]);
    expect(await loadOutside({ kind: 'fragment', code: code.code.slice(0, 100) })).toEqual({
      ok: false,
      problem: { kind: 'fragment' },
    });
  });
});
