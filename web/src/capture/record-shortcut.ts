/**
 * `/?action=record` (the manifest's shortcut « Nouvelle dépense », Siri / Shortcuts, a home-screen
 * bookmark) starts recording at once. Another site can link to that URL too (a link, window.open,
 * a script's navigation): once the microphone was granted, it would start recording on its own.
 * Three guards, each seeing what the one before cannot:
 * - the server (edge/src/http/record-launch.ts) reads the browser's Sec-Fetch-Site, which no page
 *   can hide: `cross-site` or `same-site` is sent to `/?action=offer`. It sees the navigation when
 *   no worker holds the page, and, once one does, the worker's navigation preload of it;
 * - the worker (web/src/sw/record-launch.ts, the one route for these navigations) sends a request
 *   whose referrer is another origin to `/?action=offer`, whatever the server says; it serves its
 *   cached page only after the server's word (waited up to 2.5 s); without one (no signal, too
 *   slow, a static host) it also sends there a request whose referrer policy hid the referrer
 *   (`rel=noreferrer`, `window.open(…, 'noreferrer')`, another site's `no-referrer` or
 *   `same-origin` policy);
 * - the page, here: `document.referrer` of another origin waits for a tap. Firefox (ESR 153) gives
 *   a page its worker served an empty one (measured), so there the worker's check is the one.
 * Measured in Chromium (e2e, every opener above). Firefox and WebKit: another site's link with its
 * referrer waits for a tap under the worker (the engines' record-shortcut flow). Not guarded in
 * Firefox once its worker holds the page: its preload of a `rel=noreferrer` link says
 * `Sec-Fetch-Site: same-origin` (so the server vouches only for `none`) and the worker's request
 * has referrer policy `''`: a link hiding its referrer records there
 * (tests/e2e/record-shortcut-firefox.test.ts, an `it.fails`). WebKit's noreferrer link not measured.
 * Not guarded: with no word from the server, an opener that sends no referrer under the default
 * policy (a frame of no origin: `data:`, sandboxed) records. Another app on the phone opening the
 * URL (a chat, a mail, a QR code reader) is, to the browser, the person's launch (`none`): it
 * records, with or without a signal. Supabase mode (a static host serves the page) has no server
 * guard: only the worker's and the page's.
 */

/** What the URL asks of the record button: start now, wait for a tap saying so, or nothing. */
export type ShortcutLaunch = 'record' | 'offer' | null;

export function shortcutLaunch(search: string, referrer: string, origin: string): ShortcutLaunch {
  const action = new URLSearchParams(search).get('action');
  // The server's or the worker's answer to another site's navigation (see above).
  if (action === 'offer') return 'offer';
  if (action !== 'record') return null;
  return fromHereOrNowhere(referrer, origin) ? 'record' : 'offer';
}

/**
 * No referrer, or one of the app's own origin: what the page reads in `document.referrer`, and the
 * worker in its request's referrer (web/src/sw/launch-verdict.ts).
 */
export function fromHereOrNowhere(referrer: string, origin: string): boolean {
  if (referrer === '') return true;
  try {
    return new URL(referrer).origin === origin;
  } catch {
    return false;
  }
}
