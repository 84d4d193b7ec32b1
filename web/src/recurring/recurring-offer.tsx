/**
 * "Chaque mois ? Netflix 9,99 € le 29 — Rendre récurrente / Non": the card the capture screen shows
 * when the words said the expense comes back every month (the server's `recurring` hint). The
 * expense just saved is this month's: the rule starts next month, so it is never made twice.
 * Answered once (either way) per note, remembered on the phone. Loaded only when offered.
 */
import type { Expense } from '@voicetrack/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '../base/hooks.ts';
import type { ApiClient } from '../data/api/client.ts';
import type { Note, VoiceTrackDb } from '../data/db.ts';
import { formatAmount } from '../i18n/format.ts';
import type { Strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { MONEY_STRINGS } from '../i18n/money.ts';
import { answeredOffers, answerOffer } from '../money/money-cache.ts';
import { makeRecurring, ruleFieldsOf, startMonthAfter } from './rule-fields.ts';
import './recurring.css';

/** How long "Dépense récurrente créée" stays once the card is answered. */
const SAID_MS = 8_000;

export interface RecurringOfferProps {
  t: Strings;
  lang: Lang;
  db: VoiceTrackDb;
  api: ApiClient;
  /** The note whose answer carries `recurring`. */
  note: Note;
  /** The phone's copy: the expense as it is now (edited since, or deleted: then no card). */
  expenses: readonly Expense[];
}

export function RecurringOffer({ t, lang, db, api, note, expenses }: RecurringOfferProps) {
  const m = MONEY_STRINGS[lang];
  const answered = useLiveQuery<string[] | null>(() => answeredOffers(db), [db], null);
  const [said, setSaid] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A second tap before the first answer must not make a second rule.
  const making = useRef(false);
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(null), SAID_MS);
    return () => clearTimeout(timer);
  }, [said]);

  if (said) {
    return (
      <div class="recurring-offer" role="status">
        <p>{said}</p>
      </div>
    );
  }
  const dayOfMonth = note.result?.recurring?.dayOfMonth;
  const heard = note.result?.expenses.find((e) => e.amount !== null);
  const expense = heard && expenses.find((e) => e.id === heard.id);
  if (!answered || answered.includes(note.id) || !expense || !dayOfMonth) return null;

  const make = async () => {
    if (making.current) return;
    making.current = true;
    setBusy(true);
    const wrong = await makeRecurring(api, m, ruleFieldsOf(expense, dayOfMonth), startMonthAfter(expense));
    if (!wrong) await answerOffer(db, note.id);
    making.current = false;
    setBusy(false);
    setError(wrong);
    if (!wrong) setSaid(m.created(dayOfMonth));
  };
  return (
    <section class="recurring-offer" aria-labelledby="recurring-offer-text">
      <p id="recurring-offer-text">
        <strong>{m.everyMonth}</strong> <bdi>{expense.description || t.categories[expense.category]}</bdi>{' '}
        {formatAmount(expense.amount, expense.currency, lang)} {m.onDay(dayOfMonth)}
      </p>
      {error && (
        <p class="message" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="primary" disabled={busy} onClick={() => void make()}>
        {m.makeRecurring}
      </button>
      <button type="button" disabled={busy} onClick={() => void answerOffer(db, note.id)}>
        {m.no}
      </button>
    </section>
  );
}
