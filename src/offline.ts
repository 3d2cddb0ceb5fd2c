// Work that must not compete with the first load waits until the stage has drawn its first scene
// and the page is idle (main.ts): the sounds, and the service worker that makes the hosted game
// work offline (made at build time by vite-plugin-pwa, see scripts/vite-offline.ts; it precaches
// about 2 MB).

/** True in the multi-file build only: never the single file (file://) nor the dev server. */
declare const __SERVICE_WORKER__: boolean;

/** Run `fn` when the page is idle after the stage marks its first drawn scene (canvas data-scene). */
export function afterFirstDraw(canvas: HTMLCanvasElement, fn: () => void): void {
  const whenIdle = () => {
    observer.disconnect();
    if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 3000 });
    else setTimeout(fn, 1000);
  };
  const observer = new MutationObserver(whenIdle);
  if (canvas.dataset.scene) whenIdle();
  else observer.observe(canvas, { attributes: true, attributeFilter: ['data-scene'] });
}

/** Register the service worker where the build has one and the page came over http(s). */
export function registerServiceWorker(): void {
  if (!__SERVICE_WORKER__ || !/^https?:$/.test(window.location.protocol) || !('serviceWorker' in navigator))
    return;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
}
