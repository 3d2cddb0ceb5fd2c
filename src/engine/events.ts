// Events change the ground under the talks: clout, baselines or option effects of factors.
import type { Factor, FactorChange, GameEvent, Model, PartyModel } from './model';

function changeFactor(f: Factor, c: FactorChange): Factor {
  const effects = f.effects.map((row, issue) =>
    row.map((v, option) => v + (c.effects ?? []).filter((e) => e.issue === issue && e.option === option).reduce((s, e) => s + e.change, 0)),
  );
  return {
    ...f,
    weight: Math.max(0, f.weight + (c.weight ?? 0)),
    baseline: f.baseline + (c.baseline ?? 0),
    effects,
  };
}

function changeParty(party: PartyModel, changes: readonly FactorChange[]): PartyModel {
  if (changes.length === 0) return party;
  const apply = (list: readonly Factor[], kind: FactorChange['kind']) =>
    list.map((f, i) => changes.filter((c) => c.kind === kind && c.factor === i).reduce(changeFactor, f));
  return { ...party, constituencies: apply(party.constituencies, 'constituency'), security: apply(party.security, 'security') };
}

/** The model as it stands after the given events (by id, in firing order) have fired. */
export function applyEvents(model: Model, fired: readonly string[]): Model {
  if (fired.length === 0) return model;
  const events = fired
    .map((id) => model.events.find((e) => e.id === id))
    .filter((e): e is GameEvent => e !== undefined);
  const changes = events.flatMap((e) => e.changes);
  return {
    ...model,
    parties: [
      changeParty(model.parties[0], changes.filter((c) => c.side === 0)),
      changeParty(model.parties[1], changes.filter((c) => c.side === 1)),
    ],
  };
}
