// Checks the schema cannot express: every id a file refers to exists, ids are unique, events fall
// within the game and change something, weights can form a mean, placeholders in texts name
// what exists. Runs on a schema-valid file.
import { quote, Sink } from './diagnostic';
import type { ScenarioFile } from './schema';
import {
  type Check,
  collectIds,
  expectFactorKeys,
  expectId,
  expectIssueOptions,
  expectUnique,
  report,
} from './semantic-context';
import { checkDebrief, checkEvents, checkHistorical, checkPersonas, checkStatements } from './semantic-moves';
import { checkTexts } from './semantic-texts';
import type { Source } from './located';

type Payoff = ScenarioFile['payoffs'][string];
type Factor = Payoff['constituencies'][number] | Payoff['security'][number];

function checkIssues(ck: Check): void {
  const { file } = ck;
  expectUnique(ck, file.parties, ['parties'], 'party');
  expectUnique(ck, file.sources, ['sources'], 'source');
  expectUnique(ck, file.issues, ['issues'], 'issue');
  file.issues.forEach((issue, i) => {
    const path = ['issues', i];
    expectUnique(ck, issue.options, [...path, 'options'], 'option');
    expectId(
      ck,
      [...path, 'statusQuo'],
      'option',
      issue.statusQuo,
      issue.options.map((o) => o.id),
    );
    expectId(ck, [...path, 'concededBy'], 'party', issue.concededBy, ck.defined.parties);
    for (const [j, s] of (issue.sources ?? []).entries())
      expectId(ck, [...path, 'sources', j], 'source', s, ck.defined.sources);
  });
  expectId(ck, ['rules', 'firstMover'], 'party', file.rules.firstMover, ck.defined.parties);
}

function checkFactor(ck: Check, path: (string | number)[], f: Factor): void {
  expectIssueOptions(ck, [...path, 'effects'], f.effects);
  f.interactions?.forEach((x, k) => {
    const xp = [...path, 'interactions', k];
    const pairs = Object.entries(x.when);
    if (pairs.length !== 2) {
      report(
        ck,
        [...xp, 'when'],
        'interaction-pairs',
        'an interaction needs exactly two issue: option pairs',
        {
          expected: '2 pairs',
          found: `${pairs.length}`,
        },
      );
    }
    for (const [issueId, optionId] of pairs) {
      if (!expectId(ck, [...xp, 'when', issueId], 'issue', issueId, [...ck.defined.options.keys()], true))
        continue;
      expectId(
        ck,
        [...xp, 'when', issueId],
        ['option', `of issue ${issueId}`],
        optionId,
        ck.defined.options.get(issueId) ?? [],
      );
    }
  });
}

function checkWeights(ck: Check, path: (string | number)[], payoff: Payoff): void {
  const clout = payoff.constituencies.reduce((s, c) => s + c.clout, 0);
  const weight = payoff.security.reduce((s, c) => s + c.weight, 0);
  if (clout <= 0 && payoff.approvalWeight > 0) {
    report(
      ck,
      [...path, 'constituencies'],
      'zero-weight',
      'the constituencies’ clout adds up to 0, so approval cannot be computed',
      {
        expected: 'at least one clout above 0',
      },
    );
  }
  if (weight <= 0 && payoff.approvalWeight < 1) {
    report(
      ck,
      [...path, 'security'],
      'zero-weight',
      'the security indicators’ weights add up to 0, so the security index cannot be computed',
      {
        expected: 'at least one weight above 0',
      },
    );
  }
}

function checkPayoffs(ck: Check): void {
  const { file } = ck;
  const missing = ck.defined.parties.filter((p) => !Object.hasOwn(file.payoffs, p));
  for (const p of missing)
    report(ck, ['payoffs'], 'missing-id', `no payoff model for party ${quote(p)}`, {
      expected: `an entry "${p}:"`,
    });
  for (const [party, payoff] of Object.entries(file.payoffs)) {
    if (!expectId(ck, ['payoffs', party], 'party', party, ck.defined.parties, true)) continue;
    const path = ['payoffs', party];
    const firstOf = new Map<string, string>();
    for (const [list, items] of [
      ['constituencies', payoff.constituencies],
      ['security', payoff.security],
    ] as const) {
      items.forEach((f, i) => {
        const seen = firstOf.get(f.id);
        if (seen)
          report(
            ck,
            [...path, list, i, 'id'],
            'duplicate-id',
            `the id ${quote(f.id)} is already used by ${seen} (constituencies and indicators share ids)`,
          );
        else
          firstOf.set(f.id, `${list === 'security' ? 'a security indicator' : 'a constituency'} of ${party}`);
      });
      for (const [i, f] of items.entries()) checkFactor(ck, [...path, list, i], f);
    }
    checkWeights(ck, path, payoff);
    expectFactorKeys(ck, [...path, 'noDeal', 'effects'], party, payoff.noDeal.effects);
  }
}

/** Every semantic problem in a schema-valid file, located in its source. */
export function semanticDiagnostics(file: ScenarioFile, source: Source): Sink {
  const ck: Check = { file, source, defined: collectIds(file), out: new Sink() };
  checkIssues(ck);
  checkPayoffs(ck);
  checkEvents(ck);
  checkStatements(ck);
  checkPersonas(ck);
  checkHistorical(ck);
  checkTexts(ck);
  checkDebrief(ck);
  return ck.out;
}
