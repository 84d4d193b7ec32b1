/**
 * Set, change or remove a monthly budget, inline under its row: the amount as the person writes it
 * ("12,50" in French), in the row's currency; or, to add one for a category the month has not
 * spent on, the category (or the month's total) and the currency too. Online only: the server
 * keeps budgets, and says no when it cannot be reached.
 */
import { BUDGET_TARGETS, type BudgetTarget } from '@voicetrack/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import { amountForInput, amountFromInput } from '../base/amount-input.ts';
import { cancelOnEscape } from '../base/escape.ts';
import type { Strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { MoneyStrings } from '../i18n/money.ts';

export interface BudgetFormProps {
  t: Strings;
  m: MoneyStrings;
  lang: Lang;
  /** The row's budget; null: the person picks the category (and the currency). */
  fixed: { target: BudgetTarget; currency: string } | null;
  currency: string;
  /** The budget's amount now (decimal), null when there is none. */
  amount: string | null;
  /** Resolves with what went wrong, or null once saved. */
  onSave: (target: BudgetTarget, currency: string, amount: string) => Promise<string | null>;
  onRemove: (() => Promise<string | null>) | null;
  onCancel: () => void;
}

export function BudgetForm(props: BudgetFormProps) {
  const { t, m, lang, fixed, amount, onSave, onRemove, onCancel } = props;
  const [target, setTarget] = useState<BudgetTarget>(fixed?.target ?? 'total');
  const [currency, setCurrency] = useState(fixed?.currency ?? props.currency);
  const [typed, setTyped] = useState(amountForInput(amount, lang));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const run = async (act: () => Promise<string | null>) => {
    setBusy(true);
    setError(await act());
    setBusy(false);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const decimal = amountFromInput(typed);
    const code = currency.trim().toUpperCase();
    if (!decimal) return setError(m.invalidAmount);
    void run(() => onSave(target, code, decimal));
  };
  const label = fixed ? `${m.monthlyBudget} (${fixed.currency})` : m.monthlyBudget;
  return (
    <form class="budget-form" onSubmit={submit} onKeyDown={cancelOnEscape(onCancel)}>
      {!fixed && (
        <label>
          {m.budgetFor}
          <select
            ref={first}
            value={target}
            onChange={(e) => setTarget((e.target as HTMLSelectElement).value as BudgetTarget)}
          >
            {BUDGET_TARGETS.map((c) => (
              <option key={c} value={c} selected={c === target}>
                {c === 'total' ? m.monthTotal : t.categories[c]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {label}
        <input
          ref={fixed ? first : undefined}
          inputMode="decimal"
          autoComplete="off"
          required
          value={typed}
          onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
        />
      </label>
      {!fixed && (
        <label>
          {m.currency}
          <input
            required
            pattern="[A-Za-z]{3}"
            maxLength={3}
            autoComplete="off"
            value={currency}
            onInput={(e) => setCurrency((e.target as HTMLInputElement).value)}
          />
        </label>
      )}
      {error && (
        <p class="message" role="alert">
          {error}
        </p>
      )}
      <div class="budget-form-actions">
        {onRemove && (
          <button type="button" class="danger" disabled={busy} onClick={() => void run(onRemove)}>
            {m.removeBudget}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {m.save}
        </button>
      </div>
    </form>
  );
}
