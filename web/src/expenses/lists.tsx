/**
 * The expenses: "À vérifier" first, then grouped by day, newest first. A row read on the phone from
 * a note not sent yet says so; each row is keyed by its note and position, so the server's row
 * takes the unsent one's place when the answer comes (the same element, not a new one).
 */
import { AWAITING_CONFIRMATION } from '@voicetrack/shared';
import {
  CATEGORY_ICONS,
  formatAmount,
  formatDay,
  type Lang,
  reviewText,
  type Strings,
} from '../i18n/index.ts';
import type { Listed } from './provisional.ts';
import { deviceToday, upcomingToConfirm } from './shown.ts';
import './lists.css';

export function ExpenseList({
  t,
  lang,
  expenses,
  onOpen,
  onAccept,
  describeShare,
}: {
  t: Strings;
  lang: Lang;
  expenses: Listed[];
  /** A household's bill: its split in words (« partagé : toi 24,00 €, Marie 24,00 € »), given by the households room. */
  describeShare?: ((expense: Listed) => string | null) | null;
  onOpen: (expense: Listed) => void;
  /** Accepts an expense that waits for the user's confirmation. */
  onAccept: (expense: Listed) => void;
}) {
  if (expenses.length === 0) return <p class="empty">{t.emptyExpenses}</p>;
  const today = deviceToday();
  const review = expenses.filter((e) => e.status === 'needs_review');
  const days = new Map<string, Listed[]>();
  for (const e of expenses) {
    if (e.status === 'needs_review') continue;
    days.set(e.date, [...(days.get(e.date) ?? []), e]);
  }
  // A row held for confirmation, or waiting for review, carries a card: why, « Accepter » (when
  // there is an amount to accept) and « Corriger ».
  const card = (e: Listed) => {
    const awaiting = e.reviewReason === AWAITING_CONFIRMATION;
    if (!awaiting && e.status !== 'needs_review') return null;
    return (
      <div class={awaiting ? 'confirm-card' : 'confirm-card review-card'}>
        <span class="expense-meta">
          {awaiting
            ? upcomingToConfirm(e, today)
              ? t.upcomingToConfirm
              : t.toConfirm
            : reviewText(t, e.reviewReason, e.source)}
        </span>
        {(awaiting || e.amount !== null) && (
          <button
            type="button"
            class="accept"
            aria-label={`${t.accept}${t.colon} ${formatAmount(e.amount, e.currency, lang)} ${e.description}`}
            onClick={() => onAccept(e)}
          >
            {t.accept}
          </button>
        )}
        <button type="button" onClick={() => onOpen(e)}>
          {t.fix}
        </button>
      </div>
    );
  };
  // Under a day's header the row does not say the day again; under "À vérifier" it does.
  const row = (e: Listed, withDay: boolean) => (
    <li
      key={`${e.clientId}:${e.position}`}
      class={e.provisional ? 'expense is-unsent' : 'expense'}
      data-expense-id={e.id}
      data-client-id={e.clientId}
      {...(e.provisional ? { 'data-unsent': '' } : {})}
    >
      <button type="button" class="expense-button" onClick={() => onOpen(e)}>
        <span class="visually-hidden">
          {t.edit}
          {t.colon}{' '}
        </span>
        <span class="expense-icon" aria-hidden="true">
          {CATEGORY_ICONS[e.category]}
        </span>
        <span class="expense-text">
          <span class="expense-description" dir="auto">
            {e.description || t.categories[e.category]}
          </span>
          <span class="expense-meta">
            {t.categories[e.category]}
            {withDay && ` · ${formatDay(e.date, lang)}`}
            {e.amount === null && ` · ${t.toComplete}`}
            {e.reimbursable && ` · ${t.reimbursable}`}
          </span>
          {e.householdId && describeShare && (
            <span class="expense-meta shared-split">{describeShare(e)}</span>
          )}
          {e.provisional && <span class="expense-meta unsent">{t.notSentYet}</span>}
        </span>
        <span class="expense-amount">{formatAmount(e.amount, e.currency, lang)}</span>
      </button>
      {card(e)}
    </li>
  );
  return (
    <section aria-labelledby="expenses-title">
      <h2 id="expenses-title">{t.expensesTitle}</h2>
      {review.length > 0 && (
        <div class="review">
          <h3>{t.needsReview}</h3>
          <ul class="expenses">{review.map((e) => row(e, true))}</ul>
        </div>
      )}
      {[...days].map(([day, list]) => (
        <div key={day} class="day">
          <h3>{formatDay(day, lang)}</h3>
          <ul class="expenses">{list.map((e) => row(e, false))}</ul>
        </div>
      ))}
    </section>
  );
}
