/**
 * `/?action=record` (the shortcut « Nouvelle dépense », Siri, a bookmark) starts recording at
 * once; another site's page linking there must not (web/src/capture/record-shortcut.ts). Only the
 * browser's Sec-Fetch-Site says who opened a navigation whatever the opener hid, and only the
 * server sees it: `cross-site` or `same-site` is another site's page (its link, window.open, its
 * referrer hidden or not), sent to `/?action=offer` where the button waits for a tap; `none` is the
 * person (a home-screen shortcut, a bookmark, a typed address), `same-origin` the app's own link,
 * no header an older browser.
 *
 * Once a service worker holds the page, the navigation reaches the server as the worker's
 * navigation preload, with the same Sec-Fetch-Site (web/src/sw/record-launch.ts): a launch the
 * server vouches for (`none` only: Firefox ESR 153 marks its preload of another site's link
 * `same-origin`) is answered `204` with `VoiceTrack-Launch: person` and the worker serves its
 * cached page; any other preload gets an empty `204` (the worker has the page: it is not sent
 * twice) and the worker decides alone.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

export function guardRecordLaunch(isAppRoute: (path: string) => boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' || !isAppRoute(c.req.path)) return next();
    // The worker's preload (the header's value is the worker's; the browser sends `true`).
    const preload = c.req.header('service-worker-navigation-preload') !== undefined;
    if (c.req.query('action') === 'record') {
      const site = c.req.header('sec-fetch-site');
      if (site === 'cross-site' || site === 'same-site') return c.redirect('/?action=offer', 303);
      // Only `none` vouches: Firefox (ESR 153) marks its preload of another site's navigation
      // `same-origin`, and an older browser sends nothing: the worker then decides alone.
      if (preload && site === 'none')
        return c.body(null, 204, { 'VoiceTrack-Launch': 'person', 'Cache-Control': 'no-store' });
    }
    return preload ? c.body(null, 204, { 'Cache-Control': 'no-store' }) : next();
  };
}
