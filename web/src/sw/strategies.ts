/**
 * The worker's caching rules, each a small named function with the reason it exists.
 */
import { createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { OCR_BASE } from '../config.ts';

/** The app shell (HTML, JS, CSS, icons) is precached at install: a cold start in the metro works. */
export function precacheAppShell(manifest: Parameters<typeof precacheAndRoute>[0]): void {
  // `retry`: a chunk asked again by a new URL (base/chunk-again.ts, where Firefox keeps a failed
  // module failed) is the same file: answered from the precache, offline too. The other two are
  // Workbox's defaults, kept.
  precacheAndRoute(manifest, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^retry$/] });
}

/** Every page navigation gets the shell, online or not; the app routes on the client. */
export function serveShellForNavigations(): void {
  registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));
}

/**
 * The API is never cached by the worker: notes go through the outbox (which keeps them until
 * the server answers), and the expense list is kept in IndexedDB by the page.
 */
export function neverCacheApi(): void {
  registerRoute(({ url }) => url.pathname.startsWith('/api/'), new NetworkOnly(), 'GET');
}

/** Tesseract's cache is named after its folder: a new version is a new cache. */
const OCR_CACHE = `voicetrack${OCR_BASE.replace(/\/$/, '').replaceAll('/', '-')}`;

/**
 * Tesseract (its library, worker, WebAssembly core and the French and English models: 5 MB) is
 * not precached, most people never photograph a ticket. The first photo fetches it; from then on
 * it is served from this cache, so a ticket is read in the metro. Its URLs hold its versions, so
 * what is cached never goes stale; the caches of older versions are deleted.
 */
export function keepOcrOnFirstUse(scope: ServiceWorkerGlobalScope): void {
  registerRoute(({ url }) => url.pathname.startsWith(OCR_BASE), new CacheFirst({ cacheName: OCR_CACHE }));
  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((names) =>
          Promise.all(
            names
              .filter((n) => n.startsWith('voicetrack-ocr-') && n !== OCR_CACHE)
              .map((n) => caches.delete(n)),
          ),
        ),
    );
  });
}
