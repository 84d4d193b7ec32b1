/**
 * What the app was opened with, loaded only then: a pairing link (`/#pair=<code>`, from
 * `pnpm pair` on the computer running VoiceTrack) pairs this phone — its token kept in IndexedDB for the page and the worker — and
 * a share (`/?shared=voice,too_big`, from the worker's share target) is reported. Either way the
 * address is cleaned so a reload does not do it again.
 */
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import { saveDeviceToken } from '../data/device-token.ts';
import { savePairingNeed } from '../data/pairing-state.ts';
import { DOORS_STRINGS, type DoorsStrings } from '../i18n/doors.ts';
import type { Lang } from '../i18n/lang.ts';

/** What to tell the person, in their language; `ok`: good news (never shown in error red). */
export interface Notice {
  say: (lang: Lang) => string;
  ok: boolean;
}
const noticeOf = (pick: (s: DoorsStrings) => string, ok = false): Notice => ({
  say: (lang) => pick(DOORS_STRINGS[lang]),
  ok,
});

/** A name the device list can show before the person renames anything. */
export function deviceName(userAgent: string): string {
  for (const [pattern, name] of [
    [/iPhone/, 'iPhone'],
    [/iPad/, 'iPad'],
    [/Android/, 'Android'],
    [/Macintosh/, 'Mac'],
    [/Windows/, 'Windows'],
    [/Linux/, 'Linux'],
  ] as const)
    if (pattern.test(userAgent)) return name;
  return 'Navigateur';
}

export type PairOutcome = 'paired' | 'refused' | 'offline';

/** Pairs with a code: what happened, and the notice to show. */
export async function pairDevice(
  db: VoiceTrackDb,
  api: ApiClient,
  code: string,
): Promise<{ outcome: PairOutcome; notice: Notice }> {
  const got = await api.pair(code, deviceName(navigator.userAgent));
  switch (got.kind) {
    case 'ok':
      await saveDeviceToken(db, got.value);
      await savePairingNeed(db, null);
      return { outcome: 'paired', notice: noticeOf((s) => s.paired, true) };
    case 'offline':
      return { outcome: 'offline', notice: noticeOf((s) => s.pairOffline) };
    case 'refused':
      return {
        outcome: 'refused',
        notice: noticeOf((s) => (got.code === 'rate_limited' ? s.pairLimited : s.pairRefused)),
      };
  }
}

const SHARED: Record<string, (s: DoorsStrings) => string> = {
  voice: (s) => s.sharedVoice,
  text: (s) => s.sharedText,
  too_big: (s) => s.sharedTooBig,
  image_too_big: (s) => s.sharedImageTooBig,
  not_audio: (s) => s.sharedNotAudio,
  receipt: (s) => s.sharedReceipt,
  not_image: (s) => s.sharedNotImage,
  nothing: (s) => s.sharedNothing,
  failed: (s) => s.sharedFailed,
  unavailable: (s) => s.sharedUnavailable,
  to_confirm: (s) => s.sharedToConfirm,
  cross_site: (s) => s.sharedCrossSite,
  statement: (s) => s.sharedStatement,
  statement_to_confirm: (s) => s.sharedStatementToConfirm,
  statement_too_big: (s) => s.sharedStatementTooBig,
};

const GOOD_NEWS = new Set(['voice', 'text', 'receipt', 'statement', 'statement_to_confirm']);

export async function arrive(options: {
  db: VoiceTrackDb;
  api: ApiClient;
  onPaired: () => void;
}): Promise<Notice | null> {
  const code = new URLSearchParams(location.hash.slice(1)).get('pair');
  const shared = new URLSearchParams(location.search).get('shared');
  if (code) {
    const { outcome, notice } = await pairDevice(options.db, options.api, code);
    // Offline, the link is kept so a reload once online pairs; otherwise the code is spent.
    if (outcome !== 'offline') history.replaceState(null, '', location.pathname + location.search);
    if (outcome === 'paired') options.onPaired();
    return notice;
  }
  if (shared) {
    history.replaceState(null, '', location.pathname + location.hash);
    const kinds = shared.split(',').filter((k) => SHARED[k]);
    const lines = kinds.flatMap((k) => (SHARED[k] ? [SHARED[k]] : []));
    if (!lines.length) return null;
    return {
      say: (lang) => lines.map((l) => l(DOORS_STRINGS[lang])).join(' '),
      // A note, a photo or a statement kept to send is good news; a refused file is not, nor a
      // share whose origin is unknown (its expenses wait for the person's confirmation).
      ok: kinds.every((k) => GOOD_NEWS.has(k)),
    };
  }
  return null;
}
