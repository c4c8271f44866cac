// Heartpath's service worker: keeps one exact build of the guide on the device, so it opens
// and plays with no connection after the first visit. `cargo xtask dist` writes the build's
// version and file list below (never by hand; in `assets/` they are empty).
const VERSION = "unbuilt";
const FILES = [];

const CACHE = "heartpath-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

// A first install takes charge at once; a newer one waits (see "message") so that files are
// never swapped under a playing animation. Older builds' caches are removed when it starts.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("heartpath-") && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The page sends this when the person chose "Reload" on the "newer version" prompt.
self.addEventListener("message", (event) => {
  if (event.data === "take-over") self.skipWaiting();
});

// This build's files from the device, anything else from the network. Every link into the
// guide (`/#/step/…`, `/?embed`) is the same page. The clinic's file may be changed on the
// host without a new build, so it comes from the network when there is one (and is kept for
// the next time there is none).
self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.endsWith("/clinic.json")) {
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        fetch(request)
          .then((response) => {
            if (response.ok) cache.put(request, response.clone());
            return response;
          })
          .catch(() => cache.match(request)),
      ),
    );
    return;
  }
  const key = request.mode === "navigate" ? "./" : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((found) => found || fetch(request)),
  );
});
