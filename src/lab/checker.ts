// The page's side of the analysis worker: one check at a time, and while one runs only the latest
// text waits (typing fast over a million packages never queues a backlog).
import type { AnalysisReply, AnalysisRequest, CheckResult } from './protocol';
import type { JsonSchema } from './schema-keys';

export interface Checker {
  check(text: string, fileName: string): Promise<CheckResult>;
  readonly schema: Promise<JsonSchema>;
}

type Waiting = { text: string; fileName: string; resolve: ((r: CheckResult) => void)[] };

/** A checker over a worker. */
export function createChecker(worker: Worker): Checker {
  let next = 1;
  let running: { id: number; fileName: string; resolve: ((r: CheckResult) => void)[] } | null = null;
  let waiting: Waiting | null = null;
  let schemaReady: (s: JsonSchema) => void = () => {};
  const schema = new Promise<JsonSchema>((r) => {
    schemaReady = r;
  });
  const send = (w: Waiting) => {
    const id = next++;
    running = { id, fileName: w.fileName, resolve: w.resolve };
    const m: AnalysisRequest = { type: 'check', id, text: w.text, fileName: w.fileName };
    worker.postMessage(m);
  };
  worker.addEventListener('message', (e: MessageEvent<AnalysisReply>) => {
    const m = e.data;
    if (m.type === 'schema') return schemaReady(m.schema);
    const done = running;
    running = null;
    if (waiting) {
      send(waiting);
      waiting = null;
    }
    for (const r of done?.resolve ?? []) r(m);
  });
  // A worker that fails (out of memory on a huge space) answers the waiting check with one located
  // problem, and the next check starts a fresh worker's work: nothing waits forever.
  worker.addEventListener('error', (e) => {
    const done = running;
    running = null;
    const failed: CheckResult = {
      type: 'result',
      id: done?.id ?? 0,
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'internal',
          file: done?.fileName ?? 'scenario',
          line: 1,
          column: 1,
          path: '',
          message: `the checker stopped: ${e.message || 'out of memory?'}`,
        },
      ],
      summary: null,
      refusal: null,
      knobs: [],
      timings: { load: 0, analyze: 0 },
    };
    for (const r of done?.resolve ?? []) r(failed);
    if (waiting) {
      send(waiting);
      waiting = null;
    }
  });
  worker.postMessage({ type: 'schema' } satisfies AnalysisRequest);
  return {
    schema,
    check: (text, fileName) =>
      new Promise((resolve) => {
        if (!running) send({ text, fileName, resolve: [resolve] });
        else if (waiting) waiting = { text, fileName, resolve: [...waiting.resolve, resolve] };
        else waiting = { text, fileName, resolve: [resolve] };
      }),
  };
}
