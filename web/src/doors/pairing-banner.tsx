/**
 * A phone the server does not answer (local mode, pairing required): not paired yet, or revoked.
 * Said at once, at the top of every screen, in plain words, with the way to pair right there (the
 * code shown on the computer running VoiceTrack) and what happens to the notes meanwhile: they
 * stay on the phone and go once it is paired. Loaded only when needed.
 */
import { useState } from 'preact/hooks';
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import type { PairingNeed } from '../data/pairing-state.ts';
import { DOORS_STRINGS } from '../i18n/doors.ts';
import type { Lang } from '../i18n/lang.ts';
import { pairDevice } from './arrival.ts';
import './pairing-banner.css';

export interface PairingBannerProps {
  lang: Lang;
  db: VoiceTrackDb;
  api: ApiClient;
  need: PairingNeed;
  /** Notes and changes that wait for the pairing. */
  waiting: number;
  onPaired: () => void;
}

export default function PairingBanner({ lang, db, api, need, waiting, onPaired }: PairingBannerProps) {
  const s = DOORS_STRINGS[lang];
  const [code, setCode] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <section class="pairing" aria-labelledby="pairing-title">
      <h2 id="pairing-title">{need === 'revoked' ? s.revokedTitle : s.unpairedTitle}</h2>
      <p>{s.unpairedHow}</p>
      {waiting > 0 && <p>{s.notesKept(waiting)}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void pairDevice(db, api, code).then(({ outcome, notice }) => {
            if (outcome !== 'paired') return setRefusal(notice.say(lang));
            setRefusal(null);
            onPaired();
          });
        }}
      >
        {/* The words above the field and its button (a column beside the button cut them in three). */}
        <label for="pairing-code">{s.codeLabel}</label>
        <input
          id="pairing-code"
          value={code}
          autoComplete="one-time-code"
          onInput={(e) => setCode((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="primary" disabled={code.trim() === ''}>
          {s.pair}
        </button>
      </form>
      {refusal && (
        <p class="message" role="alert">
          {refusal}
        </p>
      )}
    </section>
  );
}
