/**
 * The month's money, under its title: the total per currency (with the change from last month and
 * the total's budget), what does not count yet, the recurring expenses still to come, and a row
 * per category with its budget's bar. A budget is set, changed or removed from its row.
 */
import {
  type BudgetTarget,
  type compareTotals,
  type Expense,
  formatPercentChange,
  type MonthTotals,
} from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import { isoWithOffset } from '../data/time.ts';
import { CATEGORY_ICONS } from '../i18n/capture-screen.ts';
import { formatAmount } from '../i18n/format.ts';
import type { Strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { MONEY_STRINGS } from '../i18n/money.ts';
import { BudgetForm } from './budget-form.tsx';
import { BudgetMeter } from './budget-meter.tsx';
import type { BudgetSource } from './budget-source.ts';
import { problem } from './money-answer.ts';
import { changeCachedBudget } from './money-cache.ts';
import { categoryRows, defaultCurrency, type MoneyRow, totalRows } from './money-rows.ts';
import { MonthCharts } from './month-chart.tsx';
import { UpcomingRecurring } from './upcoming-recurring.tsx';
import { useMonthBudgets, useRecurringRules } from './use-money.ts';
import './month-money.css';

export interface MonthMoneyProps {
  t: Strings;
  lang: Lang;
  db: VoiceTrackDb;
  api: ApiClient;
  month: string;
  current: MonthTotals;
  changes: ReturnType<typeof compareTotals>;
  expenses: readonly Expense[];
  /** Whose budgets the rows show and change (the person's, or their household's); null: none (a member's part). */
  budgets: BudgetSource | null;
}

const keyOf = (r: Pick<MoneyRow, 'target' | 'currency'>) => `${r.target}-${r.currency}`;

export function MonthMoney(props: MonthMoneyProps) {
  const { t, lang, db, api, month, current, changes, expenses, budgets: source } = props;
  const m = MONEY_STRINGS[lang];
  const { answer, onPhone, reload } = useMonthBudgets(db, source, month, expenses);
  const household = source?.household?.name ?? null;
  const { rules } = useRecurringRules(db, api);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const today = isoWithOffset(new Date()).slice(0, 10);
  const main = defaultCurrency(current, answer);
  const nameOf = (r: { target: BudgetTarget; currency: string }) =>
    r.target === 'total'
      ? `${t.total} ${r.currency}`
      : `${t.categories[r.target]}${r.currency === main ? '' : ` (${r.currency})`}`;

  const finish = (r: { target: BudgetTarget; currency: string }, said: string) => {
    setEditing(null);
    setStatus(said);
    reload();
    // Focus goes back to the row's button (the form it opened is gone).
    setTimeout(() => document.getElementById(`budget-${keyOf(r)}`)?.focus(), 50);
  };
  // Changing a budget needs the network (the server keeps budgets): offline, the form says so.
  const save = async (target: BudgetTarget, currency: string, amount: string) => {
    if (!source) return null;
    const wrong = problem(await source.put(target, { amount, currency }), m);
    if (wrong) return wrong;
    await changeCachedBudget(db, { category: target, currency }, amount, source.copy);
    const name = nameOf({ target, currency });
    const written = formatAmount(amount, currency, lang);
    finish(
      { target, currency },
      household ? m.householdBudgetSaved(household, name, written) : m.budgetSaved(name, written),
    );
    return null;
  };
  const remove = (r: MoneyRow) => async () => {
    if (!source) return null;
    // Already gone (removed from another device): done all the same, and the copy follows.
    const wrong = problem(await source.remove(r.target, r.currency), m);
    if (wrong) return wrong;
    await changeCachedBudget(db, { category: r.target, currency: r.currency }, null, source.copy);
    finish(r, household ? m.householdBudgetRemoved(household, nameOf(r)) : m.budgetRemoved(nameOf(r)));
    return null;
  };

  const budgetOf = (r: MoneyRow) => {
    const key = keyOf(r);
    if (!source) return null;
    return (
      <>
        {r.budget && (
          <BudgetMeter
            status={r.budget}
            name={nameOf(r)}
            {...(household ? { label: m.householdBudgetName(household, nameOf(r)) } : {})}
            lang={lang}
            m={m}
            withPending={r.target !== 'total'}
          />
        )}
        {editing === key ? (
          <BudgetForm
            t={t}
            m={m}
            lang={lang}
            fixed={{ target: r.target, currency: r.currency }}
            currency={r.currency}
            amount={r.budget?.amount ?? null}
            onSave={save}
            onRemove={r.budget ? remove(r) : null}
            onCancel={() => finish(r, '')}
          />
        ) : (
          <button
            type="button"
            class="budget-button"
            id={`budget-${key}`}
            // The visible words first, then whose budget: "Modifier le budget : Restaurant".
            aria-label={`${r.budget ? m.changeBudget : m.setBudget}${t.colon} ${nameOf(r)}`}
            onClick={() => setEditing(key)}
          >
            {r.budget ? m.changeBudget : m.setBudget}
          </button>
        )}
      </>
    );
  };

  const totals = totalRows(current, answer);
  const categories = categoryRows(current, answer);
  const apart = answer?.apart;
  return (
    <>
      {household && <p class="hint household-budgets">{m.householdBudgetsHint(household)}</p>}
      {totals.length > 0 && (
        <ul class="totals">
          {totals.map((r) => {
            const pct = changes.find((c) => c.currency === r.currency)?.percent ?? null;
            return (
              <li key={r.currency} data-currency={r.currency}>
                <span class="total-label">
                  {t.total} {r.currency}
                </span>
                <span class="total-amount">{formatAmount(r.amount, r.currency, lang)}</span>
                <span class="total-change">
                  {pct === null ? t.nothingLastMonth : t.vsLastMonth(formatPercentChange(pct, lang))}
                </span>
                <div class="total-budget">{budgetOf(r)}</div>
              </li>
            );
          })}
        </ul>
      )}
      {apart && apart.count > 0 && (
        <p class="apart">
          {m.apart(apart.count, apart.totals.map((a) => formatAmount(a.amount, a.currency, lang)).join(', '))}
          {apart.withoutAmount > 0 && ` (${m.withoutAmount(apart.withoutAmount)})`}
        </p>
      )}
      {onPhone && <p class="hint">{m.onPhone}</p>}
      {rules && month === today.slice(0, 7) && (
        <UpcomingRecurring t={t} m={m} lang={lang} rules={rules} today={today} />
      )}
      {categories.length > 0 && (
        <>
          <h3 id="by-category">{t.byCategory}</h3>
          <MonthCharts t={t} lang={lang} month={month} rows={categories} expenses={expenses} />
          <ul class="categories" aria-labelledby="by-category">
            {categories.map((r) => (
              <li key={keyOf(r)} data-category={r.target} data-category-currency={r.currency}>
                <div class="category-head">
                  <span class="category-icon" aria-hidden="true">
                    {CATEGORY_ICONS[r.target as Exclude<BudgetTarget, 'total'>]}
                  </span>
                  <span class="category-name">{nameOf(r)}</span>
                  <span class="category-amount">{formatAmount(r.amount, r.currency, lang)}</span>
                </div>
                {budgetOf(r)}
              </li>
            ))}
          </ul>
        </>
      )}
      {!source ? null : editing === 'new' ? (
        <BudgetForm
          t={t}
          m={m}
          lang={lang}
          fixed={null}
          currency={main}
          amount={null}
          onSave={save}
          onRemove={null}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" class="budget-add" onClick={() => setEditing('new')}>
          {m.addBudget}
        </button>
      )}
      <p role="status" class="budget-status">
        {status}
      </p>
    </>
  );
}
