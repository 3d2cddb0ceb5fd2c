import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './check';
import type { Output } from './io';

const MINI = fileURLToPath(new URL('../scenario/fixtures/mini.yaml', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'check-test-'));

function capture(): Output & { out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (l) => out_.push(l), err: (l) => err_.push(l) };
}

describe('scenario check', () => {
  it('exits 0 for a valid file and says so on stdout', async () => {
    const io = capture();
    expect(await run([MINI], io)).toBe(0);
    expect(io.out_).toEqual([`${MINI}: valid (3 issues, 0 warnings)`]);
    expect(io.err_).toEqual([]);
  });

  it('exits 1 with every located error on stderr', async () => {
    const bad = join(tmp, 'bad.yaml');
    writeFileSync(bad, 'id: Bad Id\nyear: .inf\n');
    const io = capture();
    expect(await run([bad], io)).toBe(1);
    expect(io.err_).toContain(
      `${bad}:1:5 error id: badly formed value — expected an id of lower-case letters, digits, - or _ (e.g. "fentanyl-tariff"), found "Bad Id"`,
    );
    expect(io.err_).toContain(
      `${bad}:1:1 error parties: missing field "parties" — expected a list (lines starting with "- "), e.g. parties: [{ id: my-id, name: Some text, colour: '#1f5fa8' }]`,
    );
    expect(io.err_.some((l) => l.startsWith(`${bad}:2:7 error year: wrong kind of value`))).toBe(true);
    expect(io.err_.at(-1)).toMatch(/: not valid \(\d+ errors\)$/);
  });

  it('exits 1 for a missing file, a directory, a file over 2 MB and bytes that are not UTF-8', async () => {
    const big = join(tmp, 'big.yaml');
    writeFileSync(big, Buffer.alloc(2_100_000, 0x61));
    const binary = join(tmp, 'binary.yaml');
    writeFileSync(binary, Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x00]));
    const cases: [string, string][] = [
      [join(tmp, 'nope.yaml'), 'no such file'],
      [tmp, 'this is not a file'],
      [big, 'the file is too large (2.1 MB); the limit is 2 MB'],
      [binary, 'this is not a UTF-8 text file'],
    ];
    for (const [file, message] of cases) {
      const io = capture();
      expect(await run([file], io)).toBe(1);
      expect(io.err_[0]).toContain(message);
    }
  });

  it('exits 2 with usage for a missing FILE, two files or an unknown flag', async () => {
    for (const args of [[], [MINI, MINI], ['--strict', MINI]]) {
      const io = capture();
      expect(await run(args, io)).toBe(2);
      expect(io.err_.at(-1)).toMatch(/^usage: npm run scenario -- check FILE/);
    }
  });
});

describe('scenario command line (spawned)', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scenario.ts', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('runs check and returns its exit code; unknown commands are usage errors', () => {
    const good = cli(['check', MINI]);
    expect([good.status, good.stdout.trim()]).toEqual([0, `${MINI}: valid (3 issues, 0 warnings)`]);
    const unknown = cli(['chek', MINI]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "chek"');
    expect(unknown.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 120_000);
});
