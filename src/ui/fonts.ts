// The fonts the game ships (subsets in assets/fonts, made by scripts/make-fonts.ts): fonts.css
// brings in their @font-face sheet for the overlay; the stage's Text measures and draws once, so
// they must load before it.
import './fonts.css';

/** The faces the stage draws with (the Chinese face loads when Chinese text first shows). */
const STAGE_FACES = ['400 16px Inter', '700 16px Inter', '700 16px "Noto Serif"'] as const;

/** Wait until the stage's fonts are ready, or `timeoutMs` at most: a missing font never blocks the game. */
export async function loadFonts(timeoutMs = 3000): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((done) => {
    timer = setTimeout(done, timeoutMs);
  });
  const loaded = Promise.all(STAGE_FACES.map((f) => document.fonts.load(f))).then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([loaded, late]);
  clearTimeout(timer);
}
