// Setup choices: which personas fit, and how a shared link (?scenario=&side=&persona=&seed=,
// optionally &difficulty=) becomes a game config. Unknown values fall back to defaults and are
// reported, never thrown.
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
}

/** True when the link configures a game at all. */
export function hasLink(link: LinkParams | null | undefined): boolean {
  return (
    !!link &&
    [link.scenario, link.side, link.persona, link.seed, link.difficulty].some((v) => v != null && v !== '')
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

const MAX_SEED = 2_147_483_647;

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

/** Is the text a difficulty? */
export const isDifficulty = (x: string | null | undefined): x is Difficulty =>
  (DIFFICULTIES as readonly string[]).includes(x ?? '');

/** A config from link parameters, and the parameters that named something unknown. */
export function configFromLink(
  catalog: readonly CatalogEntry[],
  link: LinkParams,
  seed: number,
): { config: GameConfig | null; unknown: string[] } {
  const unknown: string[] = [];
  const named = link.scenario ? catalog.find((e) => e.id === link.scenario) : undefined;
  if (link.scenario && !named) unknown.push(`scenario "${link.scenario}"`);
  const entry = named ?? catalog[0];
  if (!entry) return { config: null, unknown };
  const model = entry.model;
  const side = sideFrom(model, link.side);
  if (link.side && side === null) unknown.push(`side "${link.side}"`);
  const humanSide = side ?? 0;
  const persona = link.persona ? personasFor(model, humanSide).find((p) => p.id === link.persona) : undefined;
  if (link.persona && !persona) unknown.push(`persona "${link.persona}"`);
  const parsedSeed =
    link.seed != null && /^-?\d{1,10}$/.test(link.seed) ? Math.abs(Number(link.seed)) % MAX_SEED : null;
  if (link.seed && parsedSeed === null) unknown.push(`seed "${link.seed}"`);
  const difficulty = isDifficulty(link.difficulty) ? link.difficulty : null;
  if (link.difficulty && !difficulty) unknown.push(`difficulty "${link.difficulty}"`);
  const personaId = persona?.id ?? defaultPersona(model, humanSide);
  return {
    config: { scenarioId: entry.id, side: humanSide, personaId, difficulty, seed: parsedSeed ?? seed },
    unknown,
  };
}
