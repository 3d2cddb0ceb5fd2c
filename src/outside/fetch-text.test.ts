import { describe, expect, it } from 'vitest';
import { fetchText } from './fetch-text';

const PAGE = 'https://course.example/game/index.html?scenario=x';

/** A fetch that answers with a status, text and content type, and records the address asked. */
function answer(status: number, text: string, type = 'text/yaml') {
  const asked: string[] = [];
  const fetcher = (async (url: string) => {
    asked.push(url);
    return new Response(status === 204 ? null : text, { status, headers: { 'content-type': type } });
  }) as unknown as typeof fetch;
  return { fetcher, asked };
}

const refuse = (async () => {
  throw new TypeError('Failed to fetch');
}) as unknown as typeof fetch;

describe('fetching an outside file', () => {
  it('reads a file relative to the page', async () => {
    const { fetcher, asked } = answer(200, 'id: x\n');
    expect(await fetchText('scenarios/my-case.yaml', PAGE, fetcher)).toEqual({ ok: true, text: 'id: x\n' });
    expect(asked).toEqual(['https://course.example/game/scenarios/my-case.yaml']);
  });

  it('tells a missing file, another status, and a fallback web page apart', async () => {
    const url = 'scenarios/nothere.yaml';
    expect(await fetchText(url, PAGE, answer(404, 'Not found').fetcher)).toMatchObject({
      ok: false,
      problem: { kind: 'fetch', url, reason: 'notFound', status: 404 },
    });
    expect(await fetchText(url, PAGE, answer(500, 'oops').fetcher)).toMatchObject({
      problem: { reason: 'http', status: 500 },
    });
    const html = answer(200, '<!doctype html><html><body>app</body></html>', 'text/html');
    expect(await fetchText(url, PAGE, html.fetcher)).toMatchObject({ problem: { reason: 'notFound' } });
  });

  it('calls a refused request to another site or from file:// "blocked", on the same site "network"', async () => {
    expect(await fetchText('https://other.example/a.yaml', PAGE, refuse)).toMatchObject({
      problem: { reason: 'blocked' },
    });
    const { fetcher, asked } = answer(200, 'id: x\n');
    expect(await fetchText('a.yaml', 'file:///home/t/game/index.html', fetcher)).toMatchObject({
      problem: { reason: 'blocked' },
    });
    expect(asked).toEqual([]);
    expect(await fetchText('scenarios/a.yaml', PAGE, refuse)).toMatchObject({
      problem: { reason: 'network' },
    });
  });

  it('never fetches other schemes', async () => {
    const { fetcher, asked } = answer(200, 'id: x\n');
    for (const url of ['javascript:alert(1)//a.yaml', 'data:text/yaml,id: x']) {
      expect(await fetchText(url, PAGE, fetcher)).toMatchObject({ problem: { reason: 'blocked' } });
    }
    expect(asked).toEqual([]);
  });

  it('refuses a file larger than a scenario may be', async () => {
    const { fetcher } = answer(200, 'x'.repeat(2_000_001));
    expect(await fetchText('big.yaml', PAGE, fetcher)).toMatchObject({ problem: { reason: 'tooBig' } });
  });
});
