/**
 * The month: totals per currency (never added across currencies), per category with a small
 * SVG chart, the change from last month, and the data buttons. Offline, the totals count the
 * expenses read from notes not sent yet, and say how many. Loaded only when opened.
 */
import {
  compareTotals,
  type Expense,
  formatPercentChange,
  type MonthTotals,
  nextMonth,
  previousMonth,
  summarizeMonth,
} from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import type { ApiClient } from '../data/api-client.ts';
import { formatAmount, formatMonth } from '../i18n/format.ts';
import type { Lang, Strings } from '../i18n/index.ts';
import { DataSection } from './data-section.tsx';
import './month-view.css';

export interface MonthViewProps {
  /** Requests to the API (base URL and, in Supabase mode, the token). */
  api: ApiClient;
  /** Supabase mode: downloads go through api() (a plain link carries no token). */
  signedDownloads: boolean;
  t: Strings;
  lang: Lang;
  /** With the rows read on the phone from notes not sent yet (`provisional`), counted and marked. */
  expenses: (Expense & { provisional?: boolean })[];
  initialMonth: string;
}

function CategoryChart({ t, lang, month }: { t: Strings; lang: Lang; month: MonthTotals }) {
  const rows = month.byCategory;
  const max = Math.max(1, ...rows.map((r) => r.cents));
  const height = rows.length * 34;
  return (
    <svg class="chart" viewBox={`0 0 320 ${height}`} role="img" aria-label={t.byCategory}>
      {rows.map((r, i) => (
        <g key={`${r.category}-${r.currency}`} transform={`translate(0 ${i * 34})`}>
          <text x="0" y="14" class="chart-label">
            {t.categories[r.category]}
          </text>
          <rect
            x="0"
            y="18"
            height="10"
            rx="5"
            width={Math.max(4, (r.cents / max) * 220)}
            class="chart-bar"
          />
          <text x="320" y="27" text-anchor="end" class="chart-value">
            {formatAmount(r.amount, r.currency, lang)}
          </text>
        </g>
      ))}
    </svg>
  );
}

export default function MonthView({ t, lang, expenses, initialMonth, api, signedDownloads }: MonthViewProps) {
  const [month, setMonth] = useState(initialMonth);
  const current = summarizeMonth(expenses, month);
  const previous = summarizeMonth(expenses, previousMonth(month));
  // In cents, per currency (shared with the server's report).
  const changes = compareTotals(current.totals, previous.totals);
  return (
    <section class="month" aria-labelledby="month-title">
      <div class="month-nav">
        <button type="button" aria-label={t.previousMonth} onClick={() => setMonth(previousMonth(month))}>
          ‹
        </button>
        <h2 id="month-title">{t.monthTitle(formatMonth(month, lang))}</h2>
        <button type="button" aria-label={t.nextMonth} onClick={() => setMonth(nextMonth(month))}>
          ›
        </button>
      </div>
      {current.count === 0 ? (
        <p class="empty">{t.noMonthExpenses}</p>
      ) : (
        <>
          <p>
            {t.count(current.count)}
            {current.provisional > 0 && (
              // Read on the phone and counted, not sent yet: the totals may still change.
              <span class="unsent-counted"> ({t.unsentCounted(current.provisional)})</span>
            )}
          </p>
          <ul class="totals">
            {current.totals.map((total) => {
              const pct = changes.find((c) => c.currency === total.currency)?.percent ?? null;
              return (
                <li key={total.currency} data-currency={total.currency}>
                  <span class="total-label">
                    {t.total} {total.currency}
                  </span>
                  <span class="total-amount">{formatAmount(total.amount, total.currency, lang)}</span>
                  <span class="total-change">
                    {pct === null ? t.nothingLastMonth : t.vsLastMonth(formatPercentChange(pct, lang))}
                  </span>
                </li>
              );
            })}
          </ul>
          <h3>{t.byCategory}</h3>
          <CategoryChart t={t} lang={lang} month={current} />
        </>
      )}
      <DataSection t={t} month={month} api={api} signedDownloads={signedDownloads} />
    </section>
  );
}
