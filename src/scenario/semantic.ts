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
import {
  checkDebrief,
  checkEvents,
  checkEventWeights,
  checkHistorical,
  checkPersonas,
  checkStatements,
} from './semantic-moves';
import { checkTexts } from './semantic-texts';
import { fieldLine } from './examples';
import { nodeAt, type Source } from './located';

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
    if (issue.statusQuo !== undefined)
      expectId(
        ck,
        [...path, 'statusQuo'],
        'option',
        issue.statusQuo,
        issue.options.map((o) => o.id),
      );
    if (issue.concededBy !== undefined)
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
  const written = (field: string) => nodeAt(ck.source.doc, [...path, field]).complete;
  if (payoff.security.length > 0 && !written('approvalWeight')) {
    report(
      ck,
      [...path, 'approvalWeight'],
      'missing-field',
      'missing field "approvalWeight": with security indicators, say how the score splits between approval and security',
      {
        expected: `a number from 0 to 1, e.g. ${fieldLine(ck.source.file, 'approvalWeight', 0.6)} (approval 60%, security 40%)`,
      },
    );
    return;
  }
  if (payoff.security.length === 0 && payoff.approvalWeight < 1) {
    report(
      ck,
      [...path, 'approvalWeight'],
      'zero-weight',
      'there are no security indicators, so security cannot take a share of the score',
      {
        expected: 'approvalWeight 1 (or leave it out), or some security indicators',
        found: `${payoff.approvalWeight}`,
      },
    );
    return;
  }
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
    checkNoDeal(ck, party, payoff);
  }
}

/** A walk-away value is stated (noDeal.score) or scored from the status quo (effects), not both; without a status quo it must be stated. */
function checkNoDeal(ck: Check, party: string, payoff: Payoff): void {
  const path = ['payoffs', party, 'noDeal'];
  const { score, effects } = payoff.noDeal;
  if (score !== undefined && Object.keys(effects).length > 0) {
    report(
      ck,
      [...path, 'score'],
      'conflicting-fields',
      'noDeal gives both a score and effects: a stated score replaces the status quo plus effects, so the effects would do nothing',
      { expected: 'either score or effects, not both' },
    );
  }
  const open = ck.file.issues.find((i) => i.statusQuo === undefined);
  if (score === undefined && open) {
    report(
      ck,
      [...path, 'score'],
      'missing-field',
      `missing field "score": issue ${quote(open.id)} has no statusQuo, so no deal cannot be scored from the status quo; state this side's walk-away value`,
      { expected: `a score from 0 to 100, e.g. ${fieldLine(ck.source.file, 'score', 40)} under noDeal` },
    );
  }
}

/** Effects on a status-quo option: baseline already is the support under the status quo. */
function checkStatusQuoEffects(ck: Check): void {
  const sq = new Map(
    ck.file.issues.flatMap((i) => (i.statusQuo === undefined ? [] : [[i.id, i.statusQuo] as const])),
  );
  for (const [party, payoff] of Object.entries(ck.file.payoffs)) {
    for (const list of ['constituencies', 'security'] as const) {
      payoff[list].forEach((f, k) => {
        for (const [issue, byOption] of Object.entries(f.effects)) {
          const option = sq.get(issue);
          const change = option === undefined || !Object.hasOwn(byOption, option) ? 0 : byOption[option];
          if (!change) continue;
          report(
            ck,
            ['payoffs', party, list, k, 'effects', issue, option ?? ''],
            'status-quo-effect',
            `an effect on ${quote(option ?? '')}, the status quo of issue ${quote(issue)}: baseline is the support under the status quo, so this ${change > 0 ? 'adds to' : 'takes from'} every package that keeps the status quo`,
            {
              severity: 'warning',
              expected: `0 (move it into baseline), or effects on the other options`,
              found: `${change}`,
              key: true,
            },
          );
        }
      });
    }
  }
}

/** Every semantic problem in a schema-valid file, located in its source. */
export function semanticDiagnostics(file: ScenarioFile, source: Source): Sink {
  const ck: Check = { file, source, defined: collectIds(file), out: new Sink() };
  checkIssues(ck);
  checkPayoffs(ck);
  checkStatusQuoEffects(ck);
  checkEvents(ck);
  checkEventWeights(ck);
  checkStatements(ck);
  checkPersonas(ck);
  checkHistorical(ck);
  checkTexts(ck);
  checkDebrief(ck);
  return ck.out;
}
