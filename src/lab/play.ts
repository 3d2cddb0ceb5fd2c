// "Play it": the hand-over to the game. The Lab writes the scenario's text under LAB_KEY in
// localStorage and opens the game at `index.html?scenario=lab:`; the game (src/main.ts) reads it
// as an outside file (src/outside), checks it as the command line does and plays it, keeping the
// text in its save. Nothing else crosses: the game validates the text itself.

/** The localStorage key holding the text the game plays. */
export const LAB_KEY = 'bc.lab.scenario';
/** The `scenario` link value that names the Lab's text. */
export const LAB_PARAM = 'lab:';
/** The game's address for the Lab's scenario, relative to lab.html. */
export const PLAY_URL = `index.html?scenario=${LAB_PARAM}`;

/** Store the text for the game; false when the browser refuses storage (private mode, full). */
export function handOver(storage: Storage | null, text: string): boolean {
  try {
    storage?.setItem(LAB_KEY, text);
    return storage !== null;
  } catch {
    return false;
  }
}
