/**
 * The worker's guard on `/?action=record` (web/src/capture/record-shortcut.ts says why): the page
 * it serves from its cache cannot tell a link that hid its referrer from the person's launch (nor,
 * in Firefox, one that did not: its `document.referrer` is empty there), so the worker decides
 * before serving it, from the request's referrer, the server's word (navigation preload) or,
 * without one, the request's referrer policy (launch-verdict.ts). Another opener is sent to
 * `/?action=offer`, where the button waits for a tap. The only route for these navigations.
 */
import { createHandlerBoundToURL } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { fromHereOrNowhere } from '../capture/record-shortcut.ts';
import { API_BASE } from '../config.ts';
import { launchVerdict, serverWord } from './launch-verdict.ts';

/**
 * How long a launch waits for the server's word before the worker decides alone: a round trip on
 * a slow line, not the metro's minute of a link that answers nothing (the cached page must open).
 */
const SERVER_WAIT_MS = 2500;

export function guardRecordLaunches(scope: ServiceWorkerGlobalScope): void {
  // The preload asks the server that serves the page; only ours (local mode: the API on the same
  // origin) answers it, with a 204: a static host (Supabase mode) would send the whole page for
  // every navigation, for nothing.
  scope.addEventListener('activate', (event) => {
    const preload = scope.registration.navigationPreload;
    if (preload) event.waitUntil((API_BASE ? preload.disable() : preload.enable()).catch(() => {}));
  });
  const shell = createHandlerBoundToURL('/index.html');
  // Registered before the shell's route: the first route that matches answers.
  registerRoute(
    ({ request, url }) => request.mode === 'navigate' && url.searchParams.get('action') === 'record',
    async (options) => {
      const { event, request, url } = options;
      const preload = 'preloadResponse' in event ? (event as FetchEvent).preloadResponse : undefined;
      // Another origin's referrer is sent on whatever the server says: it is not waited for.
      const heard = fromHereOrNowhere(request.referrer, url.origin)
        ? await within(preload, SERVER_WAIT_MS)
        : undefined;
      const verdict = launchVerdict({
        server: serverWord(heard),
        referrer: request.referrer,
        referrerPolicy: request.referrerPolicy,
        origin: url.origin,
      });
      return verdict === 'offer'
        ? Response.redirect(new URL('/?action=offer', url.origin).href, 303)
        : shell(options);
    },
  );
}

/** The preload's response, or undefined when there is none, it failed, or it is not there in time. */
async function within(preload: Promise<Response | undefined> | undefined, ms: number) {
  if (!preload) return undefined;
  let stop = () => {};
  const late = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, ms);
    stop = () => clearTimeout(timer);
  });
  try {
    return await Promise.race([preload.catch(() => undefined), late]);
  } finally {
    stop();
  }
}
