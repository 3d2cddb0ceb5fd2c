// Turning engine data into words in the player's language: packages, causes, failures, moves.
import type { Cause, Factor, LogEntry, Model, Package, RatificationFailure, Side } from '../engine';
import { textIn } from '../engine';
import { fmtScore, fmtSigned, reasonTexts, type Translate } from '../i18n';
import { memoLast } from './memo';

/** A scenario text in the player's language. */
export const tx = textIn;

/** The words of every reason in a game's log, in log order (memoised: the log only grows). */
export const logReasons = memoLast(
  (model: Model, log: readonly LogEntry[], lang: string): (string | null)[] => reasonTexts(model, log, lang),
);

/** A party's name. */
export function partyName(model: Model, side: Side, lang: string): string {
  return textIn(model.parties[side].name, lang);
}

/** One line per issue: 'Soybean purchases: 25 Mt a year'. */
export function packageLines(model: Model, pkg: Package, lang: string): string[] {
  return model.issues.map(
    (issue, i) => `${textIn(issue.name, lang)}: ${textIn(issue.options[pkg[i] ?? 0]?.label, lang)}`,
  );
}

/** The issues where the package leaves the status quo, joined: for short announcements. */
export function packageSummary(model: Model, pkg: Package, lang: string, unchanged: string): string {
  const moved = model.issues.flatMap((issue, i) =>
    pkg[i] === issue.statusQuo && !issue.noStatusQuo
      ? []
      : [`${textIn(issue.name, lang)}: ${textIn(issue.options[pkg[i] ?? 0]?.label, lang)}`],
  );
  return moved.length > 0 ? moved.join('; ') : unchanged;
}

/** Why a factor moved, as a readable line with its signed change. */
export function causeLine(
  model: Model,
  factor: Factor | undefined,
  cause: Cause,
  t: Translate,
  lang: string,
): string {
  const change = fmtSigned(cause.change, lang);
  switch (cause.kind) {
    case 'option': {
      const issue = model.issues[cause.issue];
      const label = t('cause.option', {
        issue: textIn(issue?.name, lang),
        option: textIn(issue?.options[cause.option]?.label, lang),
      });
      return `${label} ${change}`;
    }
    case 'interaction': {
      const note = textIn(factor?.interactions[cause.index]?.note, lang);
      return `${note ? t('cause.interaction', { note }) : t('cause.interactionPlain')} ${change}`;
    }
    case 'statement': {
      const st = model.statements.find((s) => s.id === cause.statement);
      return `${t('cause.statement', { text: textIn(st?.text, lang) })} ${change}`;
    }
    case 'noDeal':
      return `${t('cause.noDeal')} ${change}`;
  }
}

/** A ratification failure in words. */
export function failureLine(
  model: Model,
  side: Side,
  f: RatificationFailure,
  t: Translate,
  lang: string,
): string {
  if (f.kind === 'threshold')
    return t('failure.threshold', {
      approval: fmtScore(f.approval, lang),
      threshold: fmtScore(f.threshold, lang),
    });
  const factor = model.parties[side].constituencies.find((c) => c.id === f.factor);
  return t('failure.veto', {
    factor: textIn(factor?.name ?? f.factor, lang),
    value: fmtScore(f.value, lang),
    veto: fmtScore(f.veto, lang),
  });
}
