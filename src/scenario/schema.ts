// The scenario file format: one zod schema, from which the TypeScript types and the committed
// JSON Schema (scenarios/scenario.schema.json) both come. Unknown keys are errors, so a typo in
// a field name is reported instead of silently ignored.
import { z } from 'zod';

const MAX_TEXT = 20_000;
const MAX_ID = 64;

/** Ids are short, lower-case and safe to use as keys: 'fentanyl-tariff', 'us', 'p25'. */
export const Id = z
  .string()
  .min(1)
  .max(MAX_ID)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an id of lower-case letters, digits, - or _ (e.g. "fentanyl-tariff")')
  .refine((s) => !['__proto__', 'constructor', 'prototype'].includes(s), 'a name that is not reserved')
  .meta({ description: 'Identifier: lower-case letters, digits, - and _. Referenced elsewhere in the file.' });

const LangText = z
  .record(
    z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "zh-Hans"'),
    z.string().max(MAX_TEXT),
  )
  .refine((r) => Object.keys(r).length > 0, 'at least one language');

/** Plain text, or the same text per language: { en: "...", zh-Hans: "..." }. Never HTML. */
export const Text = z
  .union([z.string().max(MAX_TEXT), LangText])
  .meta({
    description:
      'Plain text, or per-language texts such as { en: "...", zh-Hans: "..." }. Shown as text, never as HTML. Model numbers are written as placeholders such as {us.threshold} or {us.farmers.effects.soybeans.p25}; a brace always starts one (docs/scenario-format.md).',
  });

const Num = (min: number, max: number) => z.number().min(min).max(max);
/** Change of support or level, in points on the 0–100 scale. */
const Change = Num(-100, 100).meta({ description: 'Change in points on the 0–100 scale.' });

const OptionSchema = z.strictObject({
  id: Id,
  label: Text,
  description: Text.optional(),
  phrase: Text.optional().meta({
    description:
      'How the option reads inside a sentence, naming its issue: "lifting every rare-earth control". The computer\'s reasons use it ("… was too far for us before"); without it they say "<label> on <issue name>".',
  }),
});

const IssueSchema = z.strictObject({
  id: Id,
  name: Text,
  description: Text,
  options: z.array(OptionSchema).min(2).max(12).meta({ description: 'The options in order, e.g. from no concession to full concession.' }),
  statusQuo: Id.optional().meta({
    description:
      'The option id that holds with no deal (late October 2025 in the default scenario). Leave it out when no option holds without a deal; then each party states its walk-away value as noDeal.score.',
  }),
  concededBy: Id.optional().meta({
    description:
      'The party id that gives something up when this issue moves from the status quo. Leave it out when neither side simply gives ground (an issue best in the middle for a side, or one without a status quo).',
  }),
  sources: z.array(Id).optional().meta({ description: 'Ids from the top-level sources list.' }),
});

/** Support change per option of each issue: { issue-id: { option-id: change } }. */
const Effects = z
  .record(Id, z.record(Id, Change))
  .meta({ description: 'Support change per option, by issue: { soybeans: { p25: 20, none: 0 } }. Missing options mean 0.' });

const InteractionSchema = z.strictObject({
  when: z.record(Id, Id).meta({ description: 'Exactly two issue: option pairs that must both be in the package.' }),
  change: Change,
  note: Text.optional(),
});

const factorFields = {
  id: Id,
  name: Text,
  description: Text.optional(),
  baseline: Num(0, 100).meta({ description: 'Support (or level) 0–100 under the status quo.' }),
  effects: Effects,
  interactions: z.array(InteractionSchema).max(200).optional(),
};

const ConstituencySchema = z.strictObject({
  ...factorFields,
  clout: Num(0, 100).meta({ description: 'Political weight in the domestic approval (a weighted mean).' }),
  veto: Num(0, 100)
    .optional()
    .meta({ description: 'If support falls below this level, this constituency blocks ratification.' }),
});

const IndicatorSchema = z.strictObject({
  ...factorFields,
  weight: Num(0, 100).meta({ description: 'Weight in the security index (a weighted mean).' }),
});

const PartyPayoffSchema = z.strictObject({
  constituencies: z.array(ConstituencySchema).min(1).max(40),
  security: z.array(IndicatorSchema).max(40).default([]).meta({
    description: 'National-security indicators; leave them out when the negotiation has none (the score is then approval alone).',
  }),
  approvalWeight: Num(0, 1).default(1).meta({
    description:
      'Share of domestic approval in the score; security gets the rest. Required with security indicators; without them it is 1.',
  }),
  ratification: z.strictObject({
    threshold: Num(0, 100).meta({ description: 'Domestic approval (0–100) needed to ratify a deal.' }),
  }),
  noDeal: z.strictObject({
    description: Text,
    effects: z
      .record(Id, Change)
      .default({})
      .meta({ description: 'Change per constituency or indicator id if talks fail, beyond the status quo.' }),
    score: Num(0, 100)
      .optional()
      .meta({
        description:
          'The walk-away value stated directly: this side’s score (0–100) with no deal, instead of the status quo plus effects. Events do not move it. Give score or effects, not both.',
      }),
  }),
  costPerRound: Num(0, 100)
    .optional()
    .meta({ description: 'Time pressure: score points lost for each round that passes before a deal.' }),
  briefing: Text.meta({ description: "This side's confidential briefing." }),
  publicHints: z.array(Text).max(20).optional().meta({ description: 'What the other side may know about this side.' }),
});

const PartySchema = z.strictObject({
  id: Id,
  name: Text,
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as "#1f5fa8"')
    .meta({ description: 'Colour as #rrggbb.' }),
});

const FactorChangeSchema = z.strictObject({
  party: Id,
  target: Id.meta({ description: 'A constituency or security indicator id of that party.' }),
  clout: Change.optional().meta({ description: 'Change of clout (constituency) or weight (indicator).' }),
  baseline: Change.optional(),
  effects: Effects.optional(),
});

const EventSchema = z
  .strictObject({
    id: Id,
    name: Text,
    news: Text.meta({ description: 'The news item players read when the event fires.' }),
    round: z.int().min(1).max(100).optional().meta({ description: 'Fires at the start of this round.' }),
    probability: Num(0, 1).optional().meta({ description: 'Chance to fire at each round start (once at most).' }),
    fromRound: z.int().min(1).max(100).optional().meta({ description: 'First round a probabilistic event may fire (default 2).' }),
    changes: z.array(FactorChangeSchema).min(1).max(50),
  })
  .refine((e) => (e.round === undefined) !== (e.probability === undefined), {
    message: 'either round or probability (exactly one)',
  });

const StatementSchema = z.strictObject({
  id: Id,
  party: Id,
  text: Text.meta({ description: 'What the delegation says in public.' }),
  breaks: z
    .record(Id, z.array(Id).min(1))
    .meta({ description: 'Options that break the statement, by issue: { affiliates-rule: [suspend] }.' }),
  audienceCost: z
    .record(Id, Change)
    .meta({ description: 'Support change per constituency or indicator id if a deal breaks the statement.' }),
});

const PersonaSchema = z.strictObject({
  id: Id,
  party: Id,
  name: Text,
  description: Text,
  difficulty: z.enum(['easy', 'normal', 'hard']),
  concession: Num(0.01, 20).meta({ description: 'Concession exponent: below 1 concedes late (Boulware), above 1 early (Conceder).' }),
  floor: Num(0, 1).meta({ description: 'Lowest aspiration: 0 = walk-away value, 1 = its best package.' }),
  empathy: Num(0, 1).optional().meta({ description: 'How much it favours packages the other side seems to value (default 0.5).' }),
});

const SourceSchema = z.strictObject({
  id: Id,
  title: z.string().max(1000),
  publisher: z.string().max(500).optional(),
  date: z.string().max(40).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

const TimelineEntrySchema = z.strictObject({
  date: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'a date written YYYY-MM-DD or YYYY-MM')
    .meta({ description: 'When it happened: YYYY-MM-DD (or YYYY-MM when only the month is known).' }),
  text: Text.meta({ description: 'What happened, in a sentence or two.' }),
  sources: z.array(Id).min(1).max(10).meta({ description: 'Source ids (top-level or debrief sources), at least one.' }),
});

const ReadingSchema = z.strictObject({
  author: z.string().min(1).max(500).meta({ description: 'Author(s), e.g. "Putnam, Robert D."' }),
  title: z.string().min(1).max(1000),
  year: z.int().min(1500).max(2200).optional(),
  publisher: z.string().max(500).optional().meta({ description: 'Journal (volume, issue, pages) or publisher.' }),
  url: z.url({ protocol: /^https?$/ }).optional(),
  note: Text.optional().meta({ description: 'Why read it for this scenario.' }),
});

/** Material for the discussion after the game: nothing here is shown before the game ends. */
const DebriefSchema = z.strictObject({
  sources: z
    .array(SourceSchema)
    .max(200)
    .optional()
    .meta({ description: 'Sources cited only in the debrief (kept apart so that their titles give nothing away).' }),
  whatHappenedNext: z
    .array(TimelineEntrySchema)
    .max(100)
    .optional()
    .meta({ description: 'Dated, sourced events after the scenario’s date, oldest first.' }),
  questions: z.array(Text).max(50).optional().meta({ description: 'Discussion questions for the debrief.' }),
  readings: z.array(ReadingSchema).max(50).optional().meta({ description: 'Readings: author, title, year.' }),
});

export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: Id,
    title: Text,
    summary: Text,
    year: z.int().min(1800).max(2200),
    sources: z.array(SourceSchema).max(200),
    parties: z.array(PartySchema).length(2),
    issues: z.array(IssueSchema).min(1).max(20),
    payoffs: z.record(Id, PartyPayoffSchema).meta({ description: 'Each party’s payoff model, by party id.' }),
    rules: z.strictObject({
      rounds: z.int().min(1).max(50).meta({ description: 'Rounds before the deadline; each side moves once per round.' }),
      firstMover: Id,
    }),
    events: z.array(EventSchema).max(100).optional(),
    statements: z.array(StatementSchema).max(100).optional(),
    personas: z.array(PersonaSchema).max(50).optional(),
    historical: z
      .strictObject({
        package: z.record(Id, Id).meta({ description: 'The real outcome: an option id for every issue id.' }),
        description: Text,
        source: Id.optional(),
      })
      .optional(),
    glossary: z.array(z.strictObject({ term: Text, definition: Text })).max(300).optional(),
    debrief: DebriefSchema.optional().meta({
      description: 'The debrief pack, shown after the game: what happened next, questions, readings.',
    }),
  })
  .meta({
    title: 'Bargaining Chips scenario',
    description: 'A negotiation scenario for Bargaining Chips. See docs/scenario-format.md.',
  });

/** A scenario file as written (ids, not indices), after validation. */
export type ScenarioFile = z.infer<typeof ScenarioSchema>;
export type TextValue = z.infer<typeof Text>;
