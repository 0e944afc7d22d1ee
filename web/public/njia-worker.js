/**
 * Njia's service worker: Angular's (ngsw-worker.js keeps the app shell's cache, its updates,
 * push and notification clicks) with one change, for page loads (issue 14 part 9).
 *
 * Angular answers a page load from its cache with the build's own index.html at once, so a
 * returning visitor never got the page the server writes (the sign-in form usable before the
 * scripts, the settings and texts in the visitor's language). Here a page load asks the server
 * first and waits up to NAVIGATION_TIMEOUT_MS for its answer; when the network fails, hangs or
 * the server answers 5xx, the page opens from Angular's cache instead, so a driver out of
 * coverage still opens the app. What that cached answer is, and whether there is one for the
 * address, stays Angular's decision (its navigationUrls, the version it gives the new page,
 * the update check a page load starts): Angular is asked the same page load with the network
 * forbidden, and its answer is the fallback. Pages it has nothing for (/docs, a first visit
 * before the shell is cached) wait for the network as before.
 *
 * ngsw-config.json keeps navigationRequestStrategy "performance" (Angular's own "freshness"
 * has no timeout: a hanging network would hold the start until the browser gives up).
 */

/** How long a page load waits for the server's answer before the cached app opens instead. */
const NAVIGATION_TIMEOUT_MS = 3000;

const networkFetch = self.fetch.bind(self);
/** Copies of page loads handed to Angular to learn what its cache would answer. */
const cacheOnly = new WeakSet();
// Angular fetches through self.fetch: a copy of a page load never reaches the network.
self.fetch = (input, init) =>
  cacheOnly.has(input)
    ? Promise.reject(new TypeError('njia-worker: asked of the cache only'))
    : networkFetch(input, init);

// Angular's fetch listener is kept to be called from ours; its other listeners stay its own.
let angularFetch = null;
self.addEventListener = function (type, listener, options) {
  if (type === 'fetch') angularFetch = listener;
  else EventTarget.prototype.addEventListener.call(this, type, listener, options);
};
importScripts('ngsw-worker.js');
delete self.addEventListener;

const stateUrl = new URL('ngsw/state', self.registration.scope).pathname;

// The browser starts the page's request while the worker wakes up.
self.addEventListener('activate', (event) => {
  if (self.registration.navigationPreload) {
    event.waitUntil(self.registration.navigationPreload.enable());
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (
    request.mode !== 'navigate' ||
    request.method !== 'GET' ||
    new URL(request.url).pathname === stateUrl
  ) {
    return angularFetch(event);
  }
  // A Request copied with no options stays a page load (mode "navigate") to Angular.
  const copy = new Request(request);
  cacheOnly.add(copy);
  let cached = null;
  angularFetch({
    request: copy,
    clientId: event.clientId,
    resultingClientId: event.resultingClientId,
    respondWith: (answer) => (cached = Promise.resolve(answer)),
    waitUntil: (promise) => event.waitUntil(promise),
  });
  // Angular stays out of it (ngsw-bypass, its safe mode): the browser loads the page itself.
  if (!cached) return;
  event.respondWith(networkFirst(event, cached));
  // Angular's own waitUntil calls come while it answers: the event lives until then.
  event.waitUntil(cached.catch(() => null));
});

async function networkFirst(event, cached) {
  const network = Promise.resolve(event.preloadResponse).then(
    (preloaded) => preloaded ?? networkFetch(event.request),
  );
  const usable = network.then(
    (response) => (response.status < 500 ? response : null),
    () => null,
  );
  const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS, null));
  const fresh = await Promise.race([usable, timeout]);
  if (fresh) return fresh;
  const fallback = await cached.catch(() => null);
  // Nothing cached for this address (Angular's answer to a forbidden network is a 504): wait.
  return fallback?.ok ? fallback : network;
}
