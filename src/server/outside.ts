// A table on an instructor's own scenario file, sent by the table's creator: validated exactly as
// the game and the command line validate it (loadScenario), so a broken file is refused with the
// same located messages, and a file that is not the one the creator's page has (another id or
// content hash) is refused as another version.
import { ServerError } from '@colyseus/core';
import type { Model } from '../engine';
import { formatDiagnostic, loadScenario } from '../scenario';
import type { OutsideScenario } from '../net/protocol';

/** Messages listed in a refusal (the rest are counted). */
const SHOWN = 12;

/** The model of an outside file, or a refusal: the file's problems, or a mismatch with the creator's page. */
export function outsideModel(file: OutsideScenario, scenarioId: string): Model {
  const r = loadScenario(file.text, file.name);
  if (!r.ok) {
    const lines = r.errors.slice(0, SHOWN).map(formatDiagnostic);
    const more = r.errors.length > SHOWN ? [`… and ${r.errors.length - SHOWN} more`] : [];
    throw new ServerError(
      422,
      [`The scenario file "${file.name}" cannot be played:`, ...lines, ...more].join('\n'),
    );
  }
  if (r.model.id !== scenarioId)
    throw new ServerError(
      409,
      `The scenario file "${file.name}" is "${r.model.id}", not "${scenarioId}": this is another version of it.`,
    );
  return r.model;
}
