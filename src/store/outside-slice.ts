// The outside slice: opening an instructor's own scenario file during a visit (picker, drop), the
// problem shown when one cannot be used, and a link that carries a small file in its #s= part. The
// loader arrives lazily (deps.loader); files opened at start-up come in through createGameStore.
import { textIn } from '../engine';
import { t } from '../i18n';
import { outsideEntry } from './catalog';
import type { OutsideModule, OutsideRequest } from './outside';
import type { OutsideData, OutsideSlice, SliceCreator } from './types';

/** What the slice needs: the loader, fetched on first use (null: outside files are not available). */
export interface OutsideDeps {
  readonly loader: (() => Promise<OutsideModule>) | null;
}

/** A request's name for messages. */
const nameOf = (request: OutsideRequest): string =>
  request.kind === 'url' ? request.url : request.kind === 'text' ? request.name : 'link';

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
    addOutside: async (request) => {
      const load = loader();
      if (!load) return { ok: false, problem: { kind: 'fetch', url: nameOf(request), reason: 'network' } };
      let result: Awaited<ReturnType<OutsideModule['loadOutside']>>;
      try {
        result = await (await load).loadOutside(request);
      } catch {
        // The loader's own chunk could not be fetched (the connection dropped before it was ever loaded).
        return { ok: false, problem: { kind: 'fetch', url: nameOf(request), reason: 'network' } };
      }
      if (!result.ok) return result;
      const entry = outsideEntry(result.file);
      if (!entry) {
        const name = nameOf(request);
        return { ok: false, problem: { kind: 'invalid', name, lines: [`${name}: does not compile`] } };
      }
      get().addScenario(entry);
      return { ok: true, entry };
    },
    openOutside: async (request) => {
      if (!loader() || get().outsideBusy) return;
      set({ outsideBusy: true, outsideShare: null });
      const added = await get().addOutside(request);
      set({ outsideBusy: false, outsideProblem: added.ok ? null : added.problem });
      if (!added.ok || get().game) return;
      const { entry } = added;
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
