// The Scenario Lab's hand-over to the game (lab.html, "Play it"; src/lab/play.ts writes it): the
// address `index.html?scenario=lab:` plays the scenario text the Lab left in localStorage under
// LAB_KEY. main.ts imports this module only for that address, so the scenario layer's loader
// (YAML parser and schema) stays out of the first page load. The text is checked exactly as the
// CLI checks a file; an invalid one gives null (the link then names a scenario that does not
// exist, and the game says so).
import { loadScenario, type ScenarioFile } from './scenario';

/** The localStorage key the Lab writes the text under. */
export const LAB_KEY = 'bc.lab.scenario';

/** The Lab's scenario as a validated file, and its id. */
export function labScenario(
  storage: { getItem(key: string): string | null } | null,
): { fileName: string; file: ScenarioFile; id: string } | null {
  const text = storage?.getItem(LAB_KEY);
  if (!text) return null;
  const r = loadScenario(text, 'lab.yaml');
  return r.ok ? { fileName: 'lab.yaml', file: r.file, id: r.model.id } : null;
}
