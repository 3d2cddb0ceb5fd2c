// Setup choices: which personas fit, and how a shared link (?scenario=&side=&persona=&seed=,
// optionally &difficulty= and &mode=hotseat) becomes a game config. A wrong value is reported with what is allowed,
// never thrown and never guessed.
import type { Difficulty, Model, Persona, Side } from '../engine';
import { DIFFICULTIES, other } from '../engine';
import type { CatalogEntry, GameConfig, SetupChoice } from './types';

/** URL parameters that configure a game (all optional). */
export interface LinkParams {
  readonly scenario?: string | null;
  readonly side?: string | null;
  readonly persona?: string | null;
  readonly seed?: string | null;
  readonly difficulty?: string | null;
  /** `hotseat`: two players on this device; `computer` (or absent): against the computer. */
  readonly mode?: string | null;
}

/** The URL parameters a link may carry. */
export const LINK_PARAMS = ['scenario', 'side', 'persona', 'seed', 'difficulty', 'mode'] as const;

/** True when the link configures a game at all. */
export function hasLink(link: LinkParams | null | undefined): boolean {
  return (
    !!link &&
    [link.scenario, link.side, link.persona, link.seed, link.difficulty, link.mode].some(
      (v) => v != null && v !== '',
    )
  );
}

/** The computer's personas when the human plays `humanSide`. */
export function personasFor(model: Model, humanSide: Side): Persona[] {
  const side = other(humanSide);
  return model.personas.filter((p) => p.side === side);
}

/** The default persona: the first 'normal' one, else the first one, else '' (the negotiator's default). */
export function defaultPersona(model: Model, humanSide: Side): string {
  const list = personasFor(model, humanSide);
  return (list.find((p) => p.difficulty === 'normal') ?? list[0])?.id ?? '';
}

/** Seeds run from 0 to MAX_SEED - 1. */
export const MAX_SEED = 2_147_483_647;

/** Keep a setup choice consistent after a change (a persona of the computer's side, a valid seed). */
export function normaliseSetup(catalog: readonly CatalogEntry[], choice: SetupChoice): SetupChoice {
  const entry = catalog.find((e) => e.id === choice.scenarioId) ?? catalog[0];
  if (!entry) return choice;
  const list = personasFor(entry.model, choice.side);
  const personaId = list.some((p) => p.id === choice.personaId)
    ? choice.personaId
    : defaultPersona(entry.model, choice.side);
  const seed = Number.isInteger(choice.seed) ? Math.abs(choice.seed) % MAX_SEED : 1;
  return { ...choice, scenarioId: entry.id, personaId, seed };
}

/** A fresh setup: the default scenario, side 0, the default persona at its own difficulty. */
export function initialSetup(catalog: readonly CatalogEntry[], seed: number): SetupChoice {
  const entry = catalog[0];
  return normaliseSetup(catalog, {
    scenarioId: entry?.id ?? '',
    side: 0,
    personaId: '',
    difficulty: null,
    seed,
  });
}

function sideFrom(model: Model, value: string | null | undefined): Side | null {
  if (value == null || value === '') return null;
  const i = model.parties.findIndex((p) => p.id === value.toLowerCase());
  if (i === 0 || i === 1) return i;
  return value === '0' || value === '1' ? (Number(value) as Side) : null;
}

/** The modes a link may open (network play starts at a table, not from a link). */
const LINK_MODES = ['computer', 'hotseat'] as const;

/** Is the text a difficulty? */
export const isDifficulty = (x: string | null | undefined): x is Difficulty =>
  (DIFFICULTIES as readonly string[]).includes(x ?? '');

/** A link parameter that named something that does not exist, and what it may be instead. */
export interface LinkProblem {
  readonly param: 'scenario' | 'side' | 'persona' | 'seed' | 'difficulty' | 'mode';
  readonly value: string;
  /** The allowed values (for a seed: none listed, any whole number 0..MAX_SEED-1). */
  readonly allowed: readonly string[];
}

/**
 * A config from link parameters (`seed` fills in a missing seed), or every parameter that was
 * wrong. A link with any problem opens nothing: no part of it is guessed.
 */
export function configFromLink(
  catalog: readonly CatalogEntry[],
  link: LinkParams,
  seed: number,
):
  | { readonly config: GameConfig; readonly problems: [] }
  | { readonly config: null; readonly problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  const named = link.scenario ? catalog.find((e) => e.id === link.scenario) : undefined;
  if (link.scenario && !named)
    problems.push({ param: 'scenario', value: link.scenario, allowed: catalog.map((e) => e.id) });
  const entry = named ?? catalog[0];
  if (!entry) return { config: null, problems };
  const model = entry.model;
  const side = sideFrom(model, link.side);
  if (link.side && side === null)
    problems.push({ param: 'side', value: link.side, allowed: model.parties.map((p) => p.id) });
  const humanSide = side ?? 0;
  const persona = link.persona ? personasFor(model, humanSide).find((p) => p.id === link.persona) : undefined;
  if (link.persona && !persona)
    problems.push({
      param: 'persona',
      value: link.persona,
      allowed: personasFor(model, humanSide).map((p) => p.id),
    });
  const parsedSeed =
    link.seed != null && /^\d{1,10}$/.test(link.seed) && Number(link.seed) < MAX_SEED
      ? Number(link.seed)
      : null;
  if (link.seed && parsedSeed === null) problems.push({ param: 'seed', value: link.seed, allowed: [] });
  const difficulty = isDifficulty(link.difficulty) ? link.difficulty : null;
  if (link.difficulty && !difficulty)
    problems.push({ param: 'difficulty', value: link.difficulty, allowed: [...DIFFICULTIES] });
  // A link opens a game on this device; a network table is joined with its own link (?table=CODE).
  const mode = LINK_MODES.find((m) => m === link.mode) ?? null;
  if (link.mode && !mode) problems.push({ param: 'mode', value: link.mode, allowed: [...LINK_MODES] });
  if (problems.length > 0) return { config: null, problems };
  const personaId = persona?.id ?? defaultPersona(model, humanSide);
  return {
    config: {
      scenarioId: entry.id,
      side: humanSide,
      personaId,
      difficulty,
      seed: parsedSeed ?? seed,
      ...(mode === 'hotseat' ? { mode } : {}),
    },
    problems: [],
  };
}

/** The link parameters that name a game exactly (written back into the address bar). */
export function linkOf(catalog: readonly CatalogEntry[], config: GameConfig): Record<string, string> {
  const entry = catalog.find((e) => e.id === config.scenarioId);
  const model = entry?.model;
  // A file from a web address is named by its address, so the link (and a reload) fetches it again.
  const origin = entry?.outside?.origin;
  return {
    scenario: origin?.kind === 'url' ? origin.url : config.scenarioId,
    side: model?.parties[config.side]?.id ?? String(config.side),
    ...(config.personaId ? { persona: config.personaId } : {}),
    ...(config.difficulty ? { difficulty: config.difficulty } : {}),
    ...(config.mode === 'hotseat' ? { mode: config.mode } : {}),
    seed: String(config.seed),
  };
}
