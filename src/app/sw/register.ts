/** Fired on window when a newer version of the app has taken over this page (see UpdateNotice). */
export const UPDATED_EVENT = 'mfml:updated';

/**
 * Registers the offline service worker (built by the `offline` plugin in vite.config.ts as ./sw.js) in
 * production builds served over http(s). The worker takes over at once on install; when it replaces an
 * older one (a new deploy, picked up on this visit), the page is told so it can say "updated".
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return;
  if (!/^https?:$/.test(window.location.protocol) || !('serviceWorker' in navigator)) return;
  const hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install also changes the controller (from none): that is not an update.
    if (hadController) window.dispatchEvent(new Event(UPDATED_EVENT));
  });
  const register = () =>
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      /* offline support is a bonus: the app works online without it */
    });
  // After the page has loaded, so precaching never competes with the first paint.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
