// The Lab's analysis worker: loads a scenario text with the checker, analyses every package and
// locates the what-if knobs, off the page's thread (a million packages take a second or more).
import { analyze } from '../engine';
import { jsonSchemaText, loadScenario } from '../scenario';
import type { AnalysisReply, AnalysisRequest, CheckResult } from './protocol';
import type { JsonSchema } from './schema-keys';
import { summarize } from './summary';
import { knobDrafts, locateKnobs } from './knobs';

/** Check and analyse one text. */
export function check(id: number, text: string, fileName: string): CheckResult {
  const t0 = performance.now();
  const r = loadScenario(text, fileName);
  const t1 = performance.now();
  if (!r.ok)
    return {
      type: 'result',
      id,
      ok: false,
      diagnostics: [...r.errors, ...r.warnings],
      summary: null,
      refusal: null,
      knobs: [],
      timings: { load: t1 - t0, analyze: 0 },
    };
  const a = analyze(r.model);
  const summary = a.ok ? summarize(a.analysis) : null;
  const t2 = performance.now();
  return {
    type: 'result',
    id,
    ok: true,
    diagnostics: r.warnings,
    summary,
    refusal: a.ok ? null : a.error.message,
    knobs: locateKnobs(text, knobDrafts(r.model)),
    timings: { load: t1 - t0, analyze: t2 - t1 },
  };
}

const post = (reply: AnalysisReply) => {
  const transfer =
    reply.type === 'result' && reply.summary
      ? [reply.summary.density.all.buffer, reply.summary.density.zopa.buffer]
      : [];
  postMessage(reply, { transfer });
};

addEventListener('message', (e: MessageEvent<AnalysisRequest>) => {
  const m = e.data;
  if (m.type === 'schema') post({ type: 'schema', schema: JSON.parse(jsonSchemaText()) as JsonSchema });
  else post(check(m.id, m.text, m.fileName));
});
