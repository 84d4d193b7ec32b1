/**
 * Local mode: a phone the server refused (not paired, revoked), or a note waiting for a sign-in
 * there is none of, is told at once, on every screen; the banner's code loads only then.
 */
import { useLazyComponent, useLiveQuery } from '../base/hooks.ts';
import type { Note, VoiceTrackDb } from '../data/db.ts';
import { type PairingNeed, readPairingNeed } from '../data/pairing-state.ts';

type PairingBanner = typeof import('../doors/pairing-banner.tsx').default;
const loadPairingBanner = () => import('../doors/pairing-banner.tsx').then((m) => m.default);

export function usePairingNeed(
  db: VoiceTrackDb,
  notes: readonly Note[],
  signsIn: boolean,
): { need: PairingNeed | null; Banner: PairingBanner | null } {
  const refusedAs = useLiveQuery(() => readPairingNeed(db), [], null);
  const need =
    signsIn || (!refusedAs && !notes.some((n) => n.state === 'waiting_for_sign_in'))
      ? null
      : (refusedAs ?? 'needed');
  const Banner = useLazyComponent(loadPairingBanner, need !== null) as PairingBanner | null;
  return { need, Banner };
}
