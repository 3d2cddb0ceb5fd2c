// Placeholders in scenario texts: a text names a model quantity instead of typing its number, e.g.
// "support is {us.farm-voters.baseline} out of 100", and the game writes in the model's value.
// `{fact …}` marks a real-world figure that is not a model number. See docs/scenario-format.md.
// This module only reads the syntax; the checker resolves the ids and the store fills in values.

/** Quantities of a party: its rule numbers and values the engine derives from them. */
export const PARTY_QUANTITIES = [
  'threshold',
  'costPerRound',
  'approvalShare',
  'securityShare',
  'statusQuoApproval',
  'walkAway',
] as const;
export type PartyQuantity = (typeof PARTY_QUANTITIES)[number];

/** Quantities of one constituency or security indicator of a party. */
export const FACTOR_QUANTITIES = ['baseline', 'clout', 'weight', 'veto'] as const;
export type FactorQuantity = (typeof FACTOR_QUANTITIES)[number];

/** What a placeholder names. */
export type Ref =
  | { readonly kind: 'rounds' }
  | { readonly kind: 'party'; readonly party: string; readonly quantity: PartyQuantity }
  | {
      readonly kind: 'factor';
      readonly party: string;
      readonly factor: string;
      readonly quantity: FactorQuantity;
    }
  | {
      readonly kind: 'effect';
      readonly party: string;
      readonly factor: string;
      readonly issue: string;
      readonly option: string;
    }
  | { readonly kind: 'fact'; readonly text: string };

/** A placeholder as written: what it names, where it starts in the text and its raw form. */
export interface Placeholder {
  readonly ref: Ref;
  readonly at: number;
  readonly raw: string;
}

/** A placeholder that cannot be read: why, and what was expected. */
export interface PlaceholderError {
  readonly at: number;
  readonly raw: string;
  readonly message: string;
  readonly expected: string;
}

/** A text cut into literal strings and placeholders, in order, and the placeholders it could not read. */
export interface ParsedText {
  readonly pieces: readonly (string | Placeholder)[];
  readonly errors: readonly PlaceholderError[];
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;
const FORMS =
  '{rounds}, {party.quantity}, {party.factor.quantity}, {party.factor.effects.issue.option} or {fact …}';

const BRACES = 'braces only around placeholders';

const has = <T extends string>(list: readonly T[], x: string): x is T =>
  (list as readonly string[]).includes(x);

/** Why a placeholder's body cannot be read, and what was expected instead. */
type Problem = { readonly problem: string; readonly expected: string };

function refOf(body: string): Ref | Problem {
  if (body.startsWith('fact ')) {
    const text = body.slice(5).trim();
    return text
      ? { kind: 'fact', text }
      : { problem: 'a fact without its figure', expected: '{fact 27 MMT}' };
  }
  const parts = body.split('.');
  const [party = '', a = '', b = '', c = '', d = ''] = parts;
  const form = { problem: 'not a placeholder', expected: FORMS };
  if (parts.some((p) => !SEGMENT.test(p))) return form;
  switch (parts.length) {
    case 1:
      return party === 'rounds' ? { kind: 'rounds' } : form;
    case 2:
      return has(PARTY_QUANTITIES, a)
        ? { kind: 'party', party, quantity: a }
        : {
            problem: `unknown quantity "${a}" of a party`,
            expected: `one of ${PARTY_QUANTITIES.join(', ')}`,
          };
    case 3:
      return has(FACTOR_QUANTITIES, b)
        ? { kind: 'factor', party, factor: a, quantity: b }
        : {
            problem: `unknown quantity "${b}" of a constituency or indicator`,
            expected: `one of ${FACTOR_QUANTITIES.join(', ')}`,
          };
    case 5:
      return b === 'effects'
        ? { kind: 'effect', party, factor: a, issue: c, option: d }
        : { problem: `"${b}" where "effects" belongs`, expected: '{party.factor.effects.issue.option}' };
    default:
      return form;
  }
}

/**
 * Cut a text into literal strings and placeholders. Every "{" starts a placeholder; one that cannot
 * be read stays in the literal text as written and is listed in `errors`.
 */
export function parseText(text: string): ParsedText {
  const pieces: (string | Placeholder)[] = [];
  const errors: PlaceholderError[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    const close = open < 0 ? -1 : text.indexOf('}', open);
    const stray = text.indexOf('}', i);
    if (stray >= 0 && (open < 0 || stray < open)) {
      errors.push({ at: stray, raw: '}', message: 'a "}" without its "{"', expected: BRACES });
      literal += text.slice(i, stray + 1);
      i = stray + 1;
      continue;
    }
    if (open < 0) break;
    literal += text.slice(i, open);
    const next = text.indexOf('{', open + 1);
    if (close < 0 || (next >= 0 && next < close)) {
      errors.push({ at: open, raw: '{', message: 'a "{" without its "}"', expected: BRACES });
      literal += '{';
      i = open + 1;
      continue;
    }
    const raw = text.slice(open, close + 1);
    const ref = refOf(raw.slice(1, -1).trim());
    if ('problem' in ref) {
      errors.push({ at: open, raw, message: `${ref.problem} in ${raw}`, expected: ref.expected });
      literal += raw;
    } else {
      if (literal) pieces.push(literal);
      literal = '';
      pieces.push({ ref, at: open, raw });
    }
    i = close + 1;
  }
  literal += text.slice(i);
  if (literal) pieces.push(literal);
  return { pieces, errors };
}
