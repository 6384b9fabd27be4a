/*
 * The offline service worker. Not bundled: the `offline` plugin in vite.config.ts copies it to dist/sw.js
 * after each build, filling in the build hash and the precache manifest (every built file: page chunks, the
 * compute worker, CSS, KaTeX's woff2 fonts, index.html, the icon).
 *
 * - Each build has its own cache (`mfml-<hash>`), so a test build or a deploy never serves another build's JS;
 *   older caches are deleted when the new worker activates.
 * - Hashed assets (`assets/…`): cache first (their names change whenever their content does).
 * - The page (navigations, index.html): network first, so a new deploy is seen on the next visit; the cached
 *   copy when offline.
 * - A new worker takes over at once (skipWaiting + clients.claim); the page then shows "Updated".
 */
const BUILD = '__BUILD_HASH__';
const PRECACHE = ['__PRECACHE__'];
const CACHE = `mfml-${BUILD}`;
const SCOPE = self.registration.scope;
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // cache: 'reload' bypasses the HTTP cache, so the precache holds exactly this build's files.
      .then((cache) =>
        cache.addAll(PRECACHE.map((p) => new Request(new URL(p, SCOPE).href, { cache: 'reload' }))),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('mfml-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'version' && event.source) event.source.postMessage({ build: BUILD });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  if (request.mode === 'navigate' || url.href === SCOPE || url.href === INDEX) {
    event.respondWith(networkFirst(request, INDEX));
  } else if (url.pathname.includes('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request, request));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: servers send `Vary: Origin`, and module scripts are requested with an Origin header that the
  // precache requests did not carry; the bytes are the same either way.
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) cache.put(key, response.clone());
    return response;
  } catch {
    const hit = await cache.match(key, { ignoreSearch: true, ignoreVary: true });
    return hit || Response.error();
  }
}
