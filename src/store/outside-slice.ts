// The outside slice: opening an instructor's own scenario file during a visit (picker, drop), the
// problem shown when one cannot be used, and a link that carries a small file in its #s= part. The
// loader arrives lazily (deps.loader); files opened at start-up come in through createGameStore.
import { textIn } from '../engine';
import { t } from '../i18n';
import { outsideEntry, withEntry } from './catalog';
import type { OutsideModule } from './outside';
import type { OutsideData, OutsideSlice, SliceCreator } from './types';

/** What the slice needs: the loader, fetched on first use (null: outside files are not available). */
export interface OutsideDeps {
  readonly loader: (() => Promise<OutsideModule>) | null;
}

/** Create the outside slice. */
export function outsideSlice(deps: OutsideDeps): SliceCreator<OutsideData, OutsideSlice> {
  let module: Promise<OutsideModule> | null = null;
  const loader = () => {
    if (!deps.loader) return null;
    module ??= deps.loader().catch((e: unknown) => {
      module = null;
      throw e;
    });
    return module;
  };
  return (set, get) => ({
    outsideProblem: null,
    outsideBusy: false,
    outsideShare: null,
    openOutside: async (request) => {
      const load = loader();
      if (!load || get().outsideBusy) return;
      set({ outsideBusy: true, outsideShare: null });
      const name = request.kind === 'url' ? request.url : request.kind === 'text' ? request.name : 'link';
      let result: Awaited<ReturnType<OutsideModule['loadOutside']>>;
      try {
        result = await (await load).loadOutside(request);
      } catch {
        // The loader's own chunk could not be fetched (the connection dropped before it was ever loaded).
        result = { ok: false, problem: { kind: 'fetch', url: name, reason: 'network' } };
      }
      const entry = result.ok ? outsideEntry(result.file) : null;
      if (!result.ok || !entry) {
        set({
          outsideBusy: false,
          outsideProblem: result.ok
            ? { kind: 'invalid', name, lines: [`${name}: does not compile`] }
            : result.problem,
        });
        return;
      }
      set({ outsideBusy: false, outsideProblem: null });
      const s = get();
      if (s.game) return;
      s.setCatalog(withEntry(s.catalog, entry));
      get().updateSetup({ scenarioId: entry.id });
      get().showSetup();
      const lang = get().settings.lang;
      get().announce(
        t('outside.opened', { title: textIn(entry.model.title, lang), file: entry.fileName }, lang),
      );
    },
    showOutsideProblem: (problem) => set({ outsideProblem: problem }),
    dismissOutsideProblem: () => set({ outsideProblem: null }),
    shareOutside: async () => {
      const s = get();
      const entry = s.catalog.find((e) => e.id === s.setup.scenarioId);
      const load = loader();
      if (!entry?.outside || !load) return;
      try {
        const code = (await load).shareCode(entry.fileName, entry.outside.text);
        set({ outsideShare: { ...code, scenarioId: entry.id } });
      } catch {
        set({ outsideShare: null });
      }
    },
  });
}
