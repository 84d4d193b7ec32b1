/** The pending notes and the expenses, grouped by day, newest first. */
import { AWAITING_CONFIRMATION, type Expense } from '@voicetrack/shared';
import type { Note } from '../data/db.ts';
import { CATEGORY_ICONS, formatAmount, formatDay, type Lang, type STRINGS } from '../i18n/index.ts';
import './lists.css';

type T = (typeof STRINGS)['fr'];

export function PendingList({
  t,
  notes,
  onRetry,
  onDiscard,
}: {
  t: T;
  notes: Note[];
  onRetry: (id: string) => void;
  onDiscard: (id: string) => void;
}) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">{t.pendingTitle}</h2>
      <ul class="notes">
        {notes.map((n) => (
          <li key={n.id} class={`note note-${n.state}`} data-note-state={n.state}>
            <span class="note-what">
              {n.kind === 'voice'
                ? `🎙️ ${t.seconds(Math.max(1, Math.round((n.durationMs ?? 0) / 1000)))}`
                : `⌨️ ${n.text ?? t.typedNote}`}
            </span>
            <span class="note-state">{t.states[n.state]}</span>
            {n.state === 'failed' && (
              <>
                <span class="note-error" role="alert">
                  {n.lastError?.message}
                </span>
                <button type="button" onClick={() => onRetry(n.id)}>
                  {t.retry}
                </button>
                <button type="button" onClick={() => onDiscard(n.id)}>
                  {t.discard}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NoExpenseNotes({ t, notes }: { t: T; notes: Note[] }) {
  const empty = notes.filter((n) => n.result?.status === 'no_expense').slice(0, 3);
  if (empty.length === 0) return null;
  return (
    <ul class="notes">
      {empty.map((n) => (
        <li key={n.id} class="note note-empty">
          {t.noExpense(n.result?.transcript ?? '')}
        </li>
      ))}
    </ul>
  );
}

export function ExpenseList({
  t,
  lang,
  expenses,
  onOpen,
  onAccept,
}: {
  t: T;
  lang: Lang;
  expenses: Expense[];
  onOpen: (expense: Expense) => void;
  /** Accepts an expense that waits for the user's confirmation. */
  onAccept: (expense: Expense) => void;
}) {
  if (expenses.length === 0) return <p class="empty">{t.emptyExpenses}</p>;
  const review = expenses.filter((e) => e.status === 'needs_review');
  const days = new Map<string, Expense[]>();
  for (const e of expenses) {
    if (e.status === 'needs_review') continue;
    days.set(e.date, [...(days.get(e.date) ?? []), e]);
  }
  const row = (e: Expense) => (
    <li key={e.id} class="expense" data-expense-id={e.id}>
      <button type="button" class="expense-button" onClick={() => onOpen(e)}>
        <span class="visually-hidden">{t.edit} : </span>
        <span class="expense-icon" aria-hidden="true">
          {CATEGORY_ICONS[e.category]}
        </span>
        <span class="expense-text">
          <span class="expense-description">{e.description || t.categories[e.category]}</span>
          <span class="expense-meta">
            {t.categories[e.category]} · {formatDay(e.date, lang)}
          </span>
        </span>
        <span class="expense-amount">{formatAmount(e.amount, e.currency, lang)}</span>
      </button>
      {e.reviewReason === AWAITING_CONFIRMATION && (
        <div class="confirm-card">
          <span class="expense-meta">{t.toConfirm}</span>
          <button
            type="button"
            class="accept"
            aria-label={`${t.accept} : ${formatAmount(e.amount, e.currency, lang)} ${e.description}`}
            onClick={() => onAccept(e)}
          >
            {t.accept}
          </button>
          <button type="button" onClick={() => onOpen(e)}>
            {t.fix}
          </button>
        </div>
      )}
    </li>
  );
  return (
    <section aria-labelledby="expenses-title">
      <h2 id="expenses-title">{t.expensesTitle}</h2>
      {review.length > 0 && (
        <div class="review">
          <h3>{t.needsReview}</h3>
          <ul class="expenses">{review.map(row)}</ul>
        </div>
      )}
      {[...days].map(([day, list]) => (
        <div key={day} class="day">
          <h3>{formatDay(day, lang)}</h3>
          <ul class="expenses">{list.map(row)}</ul>
        </div>
      ))}
    </section>
  );
}
