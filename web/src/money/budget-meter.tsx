/**
 * Where one budget stands: a bar (a `progressbar` named "Budget : Restaurant", its value in words
 * too), what it says in text — never in colour alone: "Attention : 85 % du budget", "85,00 € sur
 * 100,00 € · reste 15,00 €" — and what waits for review apart ("En attente : 1, 18,00 €").
 */
import { type BudgetStatus, formatPercent } from '@voicetrack/shared';
import { formatAmount } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { MoneyStrings } from '../i18n/money.ts';
import { barWidth, overBy } from './money-rows.ts';

export function BudgetMeter({
  status,
  name,
  lang,
  m,
  withPending = true,
  label,
}: {
  /** The bar's name when it is not the person's own budget (« Budget du foyer Coloc : Courses »). */
  label?: string;
  status: BudgetStatus;
  /** The month's total leaves what waits to the line that says it for the whole month. */
  withPending?: boolean;
  /** The category's name as the row shows it ("Restaurant", "Total EUR"). */
  name: string;
  lang: Lang;
  m: MoneyStrings;
}) {
  const money = (amount: string) => formatAmount(amount, status.currency, lang);
  // Whole percent, « plus de 10× » past ten times the budget (shared's one way of writing it).
  const percent = formatPercent(status.percent, lang);
  const level =
    status.level === 'over'
      ? m.over(percent)
      : status.level === 'warning'
        ? m.warning(percent)
        : m.ofBudget(percent);
  const rest = status.remaining.startsWith('-')
    ? m.overBy(money(overBy(status.remaining)))
    : m.left(money(status.remaining));
  const detail = `${m.spentOf(money(status.spent), money(status.amount))} · ${rest}`;
  const width = barWidth(status.percent);
  return (
    <div class="budget" data-level={status.level}>
      <div
        class="budget-bar"
        role="progressbar"
        aria-label={label ?? m.budgetName(name)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={width}
        aria-valuetext={`${level}. ${detail}`}
      >
        <span style={{ width: `${width}%` }} />
      </div>
      <p class="budget-level">{level}</p>
      <p class="budget-detail">{detail}</p>
      {withPending && status.pending.count > 0 && (
        <p class="budget-pending">
          {m.pending(
            status.pending.count,
            status.pending.amount === '0.00' ? null : money(status.pending.amount),
          )}
        </p>
      )}
    </div>
  );
}
