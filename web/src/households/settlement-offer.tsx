/**
 * « j'ai remboursé 24 € à Marie » said or typed in the household: the server records nothing and
 * proposes the repayment (the answer's `settlement`); this card asks « Tu as remboursé 24,00 € à
 * Marie ? » and records it with « Noter le remboursement », or lets it go with « Non ». Either way
 * the note's offer is not made again (the notes answered are remembered on the phone).
 */
import type { Household } from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import type { ApiClient } from '../data/api/client.ts';
import { householdsApi } from '../data/api/households.ts';
import type { Note } from '../data/db.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';
import { transferLines } from './household-words.ts';
import './households.css';

const ANSWERED_KEY = 'voicetrack.settlementsAnswered';
/** A proposal is offered for a week after its note. */
const OFFER_MS = 7 * 24 * 3600_000;

/** The notes whose proposed repayment was recorded or declined on this phone. */
export function answeredOffers(): string[] {
  try {
    const ids = JSON.parse(localStorage.getItem(ANSWERED_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
const answer = (noteId: string) =>
  localStorage.setItem(ANSWERED_KEY, JSON.stringify([noteId, ...answeredOffers()].slice(0, 50)));

export default function SettlementOffer(props: {
  lang: Lang;
  api: ApiClient;
  household: Household;
  notes: Note[];
}) {
  const { lang, api, household, notes } = props;
  const s = HOUSEHOLD_STRINGS[lang];
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const [answered, setAnswered] = useState(answeredOffers);
  // The newest note of this household whose answer proposes a repayment, not answered here yet.
  const note = notes.find(
    (n) =>
      n.result?.settlement?.householdId === household.id &&
      n.createdAt > Date.now() - OFFER_MS &&
      !answered.includes(n.id),
  );
  const settlement = note?.result?.settlement;
  const [line] = settlement ? transferLines({ balances: [], transfers: [settlement] }, household, lang) : [];
  if (!note || !settlement || !line) return null;
  const noteId = note.id;
  const onAnswered = () => setAnswered(answeredOffers());
  const record = async () => {
    setBusy(true);
    const { householdId: _id, ...body } = settlement;
    const got = await householdsApi(api.routes).settle(settlement.householdId, body);
    setBusy(false);
    if (got.kind === 'ok') {
      answer(noteId);
      onAnswered();
    } else setSaid(got.kind === 'offline' ? s.needsNetwork : s.refused(got.message));
  };
  return (
    <section class="settlement-offer" aria-labelledby={`offer-${noteId}`}>
      <p id={`offer-${noteId}`} class="offer-ask">
        {line.ask}
      </p>
      <small>{s.settleSays}</small>
      {said && (
        <p class="message" role="alert">
          {said}
        </p>
      )}
      <div class="offer-actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void record()}>
          {s.recordRepayment}
        </button>
        <button
          type="button"
          onClick={() => {
            answer(noteId);
            onAnswered();
          }}
        >
          {s.no}
        </button>
      </div>
    </section>
  );
}
