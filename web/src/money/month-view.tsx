/**
 * The month: totals per currency (never added across currencies), the change from last month,
 * the budgets and the categories (month-money.tsx), and the data buttons. Offline, the totals
 * count the expenses read from notes not sent yet, and say how many. Loaded only when opened.
 */
import { compareTotals, type Expense, nextMonth, previousMonth, summarizeMonth } from '@voicetrack/shared';
import { useMemo, useState } from 'preact/hooks';
import { ReconciliationPanel } from '../bank/reconciliation.tsx';
import { StatementImportSection } from '../bank/statement-import.tsx';
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import { BANK_STRINGS } from '../i18n/bank.ts';
import { formatMonth } from '../i18n/format.ts';
import type { Lang, Strings } from '../i18n/index.ts';
import { DataSection } from '../settings/data-section.tsx';
import { householdBudgets, personalBudgets } from './budget-source.ts';
import { HouseholdBudgetsLine } from './household-budgets-line.tsx';
import { MonthMoney } from './month-money.tsx';
import './month-view.css';

export interface MonthViewProps {
  /** Requests to the API (base URL, and the phone's token or the signed-in user's). */
  api: ApiClient;
  /** The phone's copies: budgets and recurring rules for offline (money-cache.ts). */
  db: VoiceTrackDb;
  t: Strings;
  lang: Lang;
  /** With the rows read on the phone from notes not sent yet (`provisional`), counted and marked. */
  expenses: (Expense & { provisional?: boolean })[];
  initialMonth: string;
  /** The phone's household, if any: its budgets are shown beside the person's. */
  household?: { id: string; name: string } | null;
  /**
   * Whose budgets the bars show (the month's filter): `me` the person's own (and the household's
   * in one line), `household` the household's (its bills whole), `none` (a member's part).
   */
  budgetsOf?: 'me' | 'household' | 'none';
  /** The shown household's bills, whole: what its budgets count (the line under « Moi »). */
  householdBills?: (Expense & { provisional?: boolean })[];
  /** « Voir les budgets du foyer »: the month's filter goes to « Foyer ». */
  onHouseholdBudgets?: () => void;
}

/** Budgets count saved expenses only: one read on the phone, not sent yet, waits apart. */
const notSentApart = (e: Expense & { provisional?: boolean }): Expense =>
  e.provisional ? { ...e, status: 'needs_review' as const } : e;

export default function MonthView(props: MonthViewProps) {
  const { t, lang, expenses, initialMonth, api, db, budgetsOf = 'me', onHouseholdBudgets } = props;
  const householdId = props.household?.id;
  const householdName = props.household?.name;
  const personal = useMemo(() => personalBudgets(api), [api]);
  const shared = useMemo(
    () =>
      householdId && householdName ? householdBudgets(api, { id: householdId, name: householdName }) : null,
    [api, householdId, householdName],
  );
  const budgets = budgetsOf === 'household' ? shared : budgetsOf === 'me' ? personal : null;
  const [month, setMonth] = useState(initialMonth);
  // Bumped by a statement's import: the reconciliation reads the month again.
  const [bankVersion, setBankVersion] = useState(0);
  const current = summarizeMonth(expenses, month);
  const previous = summarizeMonth(expenses, previousMonth(month));
  // In cents, per currency (shared with the server's report).
  const changes = compareTotals(current.totals, previous.totals);
  return (
    <section class="month" aria-labelledby="month-title">
      <h2 id="month-title">{t.monthTitle(formatMonth(month, lang))}</h2>
      {/* The arrows beside the count, not the title: both a finger wide and the title a title's
          size do not fit on one line of a phone with « Dépenses de septembre 2026 ». */}
      <div class="month-nav">
        <p class={current.count === 0 ? 'empty' : undefined}>
          {current.count === 0 ? t.noMonthExpenses : t.count(current.count)}
          {current.provisional > 0 && (
            // Read on the phone and counted, not sent yet: the totals may still change.
            <span class="unsent-counted"> ({t.unsentCounted(current.provisional)})</span>
          )}
        </p>
        <button type="button" aria-label={t.previousMonth} onClick={() => setMonth(previousMonth(month))}>
          ‹
        </button>
        <button type="button" aria-label={t.nextMonth} onClick={() => setMonth(nextMonth(month))}>
          ›
        </button>
      </div>
      <MonthMoney
        t={t}
        lang={lang}
        db={db}
        api={api}
        month={month}
        current={current}
        changes={changes}
        expenses={expenses.map(notSentApart)}
        budgets={budgets}
      />
      {budgetsOf === 'me' && shared && onHouseholdBudgets && (
        <HouseholdBudgetsLine
          t={t}
          lang={lang}
          db={db}
          source={shared}
          month={month}
          bills={(props.householdBills ?? []).map(notSentApart)}
          onShow={onHouseholdBudgets}
        />
      )}
      <ReconciliationPanel
        t={BANK_STRINGS[lang]}
        lang={lang}
        categories={t.categories}
        api={api}
        month={month}
        version={bankVersion}
      />
      <DataSection t={t} month={month} api={api}>
        <StatementImportSection
          t={BANK_STRINGS[lang]}
          api={api}
          db={db}
          onImported={() => setBankVersion((n) => n + 1)}
        />
      </DataSection>
    </section>
  );
}
