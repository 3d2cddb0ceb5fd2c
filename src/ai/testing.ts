// Test helpers for ai/: standard personas added to a (generated) model.
import type { Model, Persona, Side } from '../engine';

/** The three standard characters, as scenario files define them. */
export const STANDARD_PERSONAS = [
  { name: 'hardliner', difficulty: 'hard', concession: 0.3, floor: 0.6, empathy: 0.3 },
  { name: 'pragmatist', difficulty: 'normal', concession: 0.6, floor: 0.3, empathy: 0.6 },
  { name: 'dealmaker', difficulty: 'easy', concession: 1.5, floor: 0.1, empathy: 0.8 },
] as const;

/** The model with the standard personas for both sides, ids like 'a-pragmatist'. */
export function withPersonas(model: Model): Model {
  const personas: Persona[] = ([0, 1] as const).flatMap((side: Side) =>
    STANDARD_PERSONAS.map((p) => ({
      id: `${model.parties[side].id}-${p.name}`,
      side,
      name: p.name,
      description: `The ${p.name}.`,
      difficulty: p.difficulty,
      concession: p.concession,
      floor: p.floor,
      empathy: p.empathy,
    })),
  );
  return { ...model, personas };
}
