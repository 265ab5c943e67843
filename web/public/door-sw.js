// The door page's service worker: a check-in phone must open its page again when the venue Wi-Fi is
// down (a reload, a browser that dropped the tab). Scope /conference/door only: it answers navigations
// there network-first, falling back to the page it last saw, and serves the content-hashed /assets/*
// cache-first. The page, once this worker is active, sends the assets it loaded before the worker
// existed, so the first visit is enough. API calls are never touched (the page queues scans itself).
const CACHE = 'gateway-door-v1';
const SHELL = '/conference/door';

const sameOrigin = (url) => new URL(url, self.location.origin).origin === self.location.origin;
const cacheable = (url) => sameOrigin(url) && (new URL(url, self.location.origin).pathname.startsWith('/assets/') || new URL(url, self.location.origin).pathname === '/favicon.svg');

async function keepShell(response) {
  if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) await (await caches.open(CACHE)).put(SHELL, response);
}

async function cacheAll(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(urls.filter(cacheable).map((url) => cache.add(url).catch(() => undefined)));
  await keepShell(await fetch(SHELL, { headers: { accept: 'text/html' } }).catch(() => Response.error()));
}

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'cache' && Array.isArray(event.data.urls)) event.waitUntil(cacheAll(event.data.urls));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          event.waitUntil(keepShell(response.clone()));
          return response;
        })
        .catch(async () => (await caches.match(SHELL)) ?? Response.error()),
    );
    return;
  }
  if (!cacheable(request.url)) return;
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ??
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
          }
          return response;
        }),
    ),
  );
});
