/**
 * Who opened `/?action=record`, as the service worker can tell (pure: the worker's I/O is in
 * record-launch.ts). Only the browser's `Sec-Fetch-Site` says it for every opener, and only the
 * network sees it: the worker asks the server through the navigation preload, which the browser
 * sends with the navigation's own headers. When the server cannot answer (offline, no preload,
 * too slow), the worker reads what it does see: a request whose referrer policy hid the referrer
 * (`rel=noreferrer`, `window.open(…, 'noreferrer')`, `Referrer-Policy: no-referrer` or
 * `same-origin` on another site) was opened by a page, not by the person. A referrer of another
 * origin is read here first, whatever the server says: Firefox (ESR 153, measured) gives a page its
 * worker served an empty `document.referrer`, so the page's own check (record-shortcut.ts) never
 * sees another site's link there, while the worker's request keeps its referrer. Firefox gives no
 * sign of a link that hid its referrer: its preload says `same-origin`, its request's referrer
 * policy is `''` — that link records there.
 */

import { fromHereOrNowhere } from '../capture/record-shortcut.ts';

/** What the server answered the preload: its header on a launch it vouches for, a redirect otherwise. */
export const LAUNCH_HEADER = 'VoiceTrack-Launch';

/** The server's word on this navigation: `unknown` when it could not be asked or did not answer as ours. */
export type ServerWord = 'person' | 'elsewhere' | 'unknown';

/** What a preload's response says: our server's 204 with its header, its 303 (opaque), or nothing known. */
export function serverWord(response: Pick<Response, 'type' | 'status' | 'headers'> | undefined): ServerWord {
  if (!response) return 'unknown';
  // A navigation's preload does not follow redirects: the server's 303 arrives opaque.
  if (response.type === 'opaqueredirect' || response.status === 303) return 'elsewhere';
  // Any other answer (a static host's page, a proxy's error) vouches for nothing.
  return response.status === 204 && response.headers.get(LAUNCH_HEADER) === 'person' ? 'person' : 'unknown';
}

/** Referrer policies under which a page of another origin sends no referrer at all. */
const HIDING = new Set(['no-referrer', 'same-origin']);

/** Record at once, or wait for the person's tap (`/?action=offer`). */
export function launchVerdict(request: {
  server: ServerWord;
  referrer: string;
  referrerPolicy: string;
  origin: string;
}): 'record' | 'offer' {
  if (request.server === 'elsewhere' || !fromHereOrNowhere(request.referrer, request.origin)) return 'offer';
  if (request.server === 'person') return 'record';
  // No referrer: the person's launch, unless the opener's policy is what hid it.
  return request.referrer === '' && HIDING.has(request.referrerPolicy) ? 'offer' : 'record';
}
