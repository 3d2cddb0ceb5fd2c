// Semantic checks of what happens during a game: events, public statements, computer personas,
// and the historical outcome.
import { quote } from './diagnostic';
import type { ScenarioFile } from './schema';
import {
  type Check,
  expectFactorKeys,
  expectId,
  expectIssueOptions,
  expectUnique,
  report,
} from './semantic-context';

type Change = NonNullable<ScenarioFile['events']>[number]['changes'][number];

/** True when a change of an event moves nothing: no clout, baseline or effect that is not 0. */
function changesNothing(c: Change): boolean {
  const effects = Object.values(c.effects ?? {}).flatMap((byOption) => Object.values(byOption));
  return (c.clout ?? 0) === 0 && (c.baseline ?? 0) === 0 && effects.every((v) => v === 0);
}

function checkChange(ck: Check, path: (string | number)[], c: Change): void {
  if (!expectId(ck, [...path, 'party'], 'party', c.party, ck.defined.parties)) return;
  const factors = [...(ck.defined.factors.get(c.party)?.keys() ?? [])];
  expectId(ck, [...path, 'target'], ['constituency or indicator', `of party ${c.party}`], c.target, factors);
  if (c.effects) expectIssueOptions(ck, [...path, 'effects'], c.effects);
}

/** Events: unique ids, rounds within the game, known targets, and each one changes something. */
export function checkEvents(ck: Check): void {
  const events = ck.file.events ?? [];
  const rounds = ck.file.rules.rounds;
  expectUnique(ck, events, ['events'], 'event');
  events.forEach((e, i) => {
    const path = ['events', i];
    for (const field of ['round', 'fromRound'] as const) {
      const r = e[field];
      if (r !== undefined && r > rounds) {
        report(ck, [...path, field], 'event-round', `round ${r} never comes: the game has ${rounds} rounds`, {
          expected: `a round from 1 to ${rounds}`,
          found: `${r}`,
        });
      }
    }
    for (const [j, c] of e.changes.entries()) checkChange(ck, [...path, 'changes', j], c);
    if (e.changes.every(changesNothing)) {
      report(ck, path, 'event-no-change', `the event ${quote(e.id)} changes nothing`, {
        expected: 'a change with clout, baseline or effects other than 0',
      });
    } else {
      e.changes.forEach((c, j) => {
        if (changesNothing(c)) {
          report(ck, [...path, 'changes', j], 'change-no-change', 'this change changes nothing', {
            severity: 'warning',
            expected: 'clout, baseline or effects other than 0',
          });
        }
      });
    }
  });
}

/** Each party's total clout and indicator weight after the given events' changes (clouts stop at 0, as in the engine). */
function weightsAfter(ck: Check, events: readonly NonNullable<ScenarioFile['events']>[number][]) {
  const out = new Map<string, { clout: number; weight: number }>();
  for (const [party, payoff] of Object.entries(ck.file.payoffs)) {
    const w = new Map<string, number>();
    for (const f of payoff.constituencies) if (!w.has(f.id)) w.set(f.id, f.clout);
    for (const f of payoff.security) if (!w.has(f.id)) w.set(f.id, f.weight);
    for (const e of events)
      for (const c of e.changes)
        if (c.party === party && c.clout !== undefined && w.has(c.target))
          w.set(c.target, Math.max(0, (w.get(c.target) ?? 0) + c.clout));
    const sum = (ids: readonly { id: string }[]) => ids.reduce((t, f) => t + (w.get(f.id) ?? 0), 0);
    out.set(party, { clout: sum(payoff.constituencies), weight: sum(payoff.security) });
  }
  return out;
}

/** Warn about an event (or all events together) that leaves a side with no clout (or, where security counts, no indicator weight). */
export function checkEventWeights(ck: Check): void {
  const events = ck.file.events ?? [];
  if (events.length === 0) return;
  const before = weightsAfter(ck, []);
  const emptied = (after: ReturnType<typeof weightsAfter>) =>
    [...after].flatMap(([party, a]) => {
      const b = before.get(party)!;
      const aw = ck.file.payoffs[party]?.approvalWeight ?? 1;
      const lost: string[] = [];
      if (b.clout > 0 && a.clout <= 0)
        lost.push('all clout of its constituencies (approval falls to 0, so no deal can be ratified)');
      if (aw < 1 && b.weight > 0 && a.weight <= 0)
        lost.push('all weight of its security indicators (the security index falls to 0)');
      return lost.map((what) => `${party} loses ${what}`);
    });
  let single = false;
  events.forEach((e, i) => {
    for (const what of emptied(weightsAfter(ck, [e]))) {
      single = true;
      report(ck, ['events', i], 'event-removes-clout', `after the event ${quote(e.id)}, ${what}`, {
        severity: 'warning',
        expected: 'clout changes that leave some clout on each side',
      });
    }
  });
  if (single || events.length < 2) return;
  for (const what of emptied(weightsAfter(ck, events)))
    report(ck, ['events'], 'event-removes-clout', `when every event has fired, ${what}`, {
      severity: 'warning',
      expected: 'clout changes that leave some clout on each side',
    });
}

/** Statements: unique ids, a known party, options that exist, costs on that party's factors. */
export function checkStatements(ck: Check): void {
  const statements = ck.file.statements ?? [];
  expectUnique(ck, statements, ['statements'], 'statement');
  statements.forEach((s, i) => {
    const path = ['statements', i];
    expectIssueOptions(ck, [...path, 'breaks'], s.breaks);
    if (expectId(ck, [...path, 'party'], 'party', s.party, ck.defined.parties)) {
      expectFactorKeys(ck, [...path, 'audienceCost'], s.party, s.audienceCost);
    }
  });
}

/** Personas: unique ids and a known party. */
export function checkPersonas(ck: Check): void {
  const personas = ck.file.personas ?? [];
  expectUnique(ck, personas, ['personas'], 'persona');
  for (const [i, p] of personas.entries())
    expectId(ck, ['personas', i, 'party'], 'party', p.party, ck.defined.parties);
}

/** The historical outcome names every issue exactly once, with options that exist. */
export function checkHistorical(ck: Check): void {
  const h = ck.file.historical;
  if (!h) return;
  const path = ['historical', 'package'];
  const issueIds = [...ck.defined.options.keys()];
  for (const [issueId, optionId] of Object.entries(h.package)) {
    if (!expectId(ck, [...path, issueId], 'issue', issueId, issueIds, true)) continue;
    expectId(
      ck,
      [...path, issueId],
      ['option', `of issue ${issueId}`],
      optionId,
      ck.defined.options.get(issueId) ?? [],
    );
  }
  const missing = issueIds.filter((id) => !Object.hasOwn(h.package, id));
  if (missing.length > 0) {
    report(
      ck,
      path,
      'missing-id',
      `the historical package has no option for ${missing.map(quote).join(', ')}`,
      {
        expected: 'one option for every issue',
      },
    );
  }
  if (h.source !== undefined) expectId(ck, ['historical', 'source'], 'source', h.source, ck.defined.sources);
}

/** Debrief: its own source ids are new; every timeline entry cites a known source, is in or after the scenario's year, and in date order. */
export function checkDebrief(ck: Check): void {
  const own = ck.file.debrief?.sources ?? [];
  expectUnique(ck, own, ['debrief', 'sources'], 'debrief source');
  own.forEach((src, i) => {
    if (ck.defined.sources.includes(src.id))
      report(
        ck,
        ['debrief', 'sources', i, 'id'],
        'duplicate-id',
        `the source id ${quote(src.id)} is already used in the top-level sources`,
      );
  });
  const known = [...ck.defined.sources, ...own.map((x) => x.id)];
  const entries = ck.file.debrief?.whatHappenedNext ?? [];
  const year = ck.file.year;
  entries.forEach((e, i) => {
    const path = ['debrief', 'whatHappenedNext', i];
    for (const [j, s] of e.sources.entries()) expectId(ck, [...path, 'sources', j], 'source', s, known);
    if (Number(e.date.slice(0, 4)) < year) {
      report(
        ck,
        [...path, 'date'],
        'debrief-date',
        `${e.date} is before the scenario's year (${year}): "what happened next" comes after the game`,
        {
          expected: `a date in ${year} or later`,
          found: e.date,
        },
      );
    }
    // A month-only date (2025-05) sorts with any day of that month.
    const before = (a: string, b: string) => {
      const n = Math.min(a.length, b.length);
      return a.slice(0, n) < b.slice(0, n);
    };
    const later = entries.slice(0, i).find((p) => before(e.date, p.date));
    if (later !== undefined) {
      report(
        ck,
        [...path, 'date'],
        'debrief-date',
        `${e.date} comes before an earlier entry's ${later.date}: list the entries oldest first`,
        {
          expected: `a date on or after ${later.date}`,
          found: e.date,
        },
      );
    }
  });
}
