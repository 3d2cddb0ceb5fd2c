// The Lab's tournament worker: every persona pairing over N seeds; the page keeps it between runs
// and cancels a run by ending it.
import { createCache } from '../engine';
import { loadScenario } from '../scenario';
import type { TournamentReply, TournamentRequest } from './protocol';
import { batchFor, personaPairs, playPair } from './tournament';

const post = (reply: TournamentReply) => postMessage(reply);

/**
 * The package spaces and analyses of every run this worker has played, keyed by value (payoffs,
 * issues, statements), so a run on the same or a slightly changed scenario reuses what it can.
 */
const cache = createCache();

function run({ text, fileName, seeds, firstSeed }: TournamentRequest): void {
  const t0 = performance.now();
  const r = loadScenario(text, fileName);
  if (!r.ok) {
    post({ type: 'error', message: 'The scenario has errors: fix them first.' });
    return;
  }
  const pairs = personaPairs(r.model);
  if (pairs.length === 0) {
    post({ type: 'error', message: 'The scenario has no personas for one side.' });
    return;
  }
  const total = pairs.length * seeds;
  post({ type: 'start', pairs: pairs.length, games: total });
  let done = 0;
  for (const pair of pairs) {
    const stats = playPair(r.model, pair, { seeds, firstSeed, batch: batchFor(seeds), cache }, (games) => {
      done += games;
      post({ type: 'progress', done, total });
    });
    post({ type: 'pair', stats });
  }
  post({ type: 'done', ms: performance.now() - t0 });
}

addEventListener('message', (e: MessageEvent<TournamentRequest>) => {
  try {
    run(e.data);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});
