/**
 * The worker's caching rules, each a small named function with the reason it exists.
 */
import { createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

/** The app shell (HTML, JS, CSS, icons) is precached at install: a cold start in the metro works. */
export function precacheAppShell(manifest: Parameters<typeof precacheAndRoute>[0]): void {
  precacheAndRoute(manifest);
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
