/**
 * Under « Moi », beside the person's own budgets, their household's in one line, with what its
 * bills (whole) have spent of each (« Budgets du foyer Coloc : Restaurant 48,00 € sur 100,00 € »),
 * and the way to see them under « Foyer », where they are set, changed and removed. Read again
 * whenever the household's bills of the month change (one arriving from another phone by the
 * change stream or Realtime), as the bars under « Foyer » are. Nothing when the household has
 * none (or they were never read).
 */
import type { BudgetTarget, Expense } from '@voicetrack/shared';
import type { VoiceTrackDb } from '../data/db.ts';
import { formatAmount } from '../i18n/format.ts';
import type { Strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { MONEY_STRINGS } from '../i18n/money.ts';
import type { BudgetSource } from './budget-source.ts';
import { useMonthBudgets } from './use-money.ts';

export function HouseholdBudgetsLine(props: {
  t: Strings;
  lang: Lang;
  db: VoiceTrackDb;
  source: BudgetSource;
  month: string;
  /** The household's bills, whole (what its budgets count). */
  bills: readonly Expense[];
  onShow: () => void;
}) {
  const { t, lang, db, source, month, bills, onShow } = props;
  const m = MONEY_STRINGS[lang];
  const { answer } = useMonthBudgets(db, source, month, bills);
  const budgets = answer?.budgets;
  if (!budgets?.length || !source.household) return null;
  const nameOf = (target: BudgetTarget, currency: string) =>
    target === 'total' ? `${t.total} ${currency}` : t.categories[target];
  const items = budgets
    .map(
      (b) =>
        `${nameOf(b.category, b.currency)} ${m.spentOf(formatAmount(b.spent, b.currency, lang), formatAmount(b.amount, b.currency, lang))}`,
    )
    .join(', ');
  return (
    <p class="household-budgets">
      <span dir="auto">{m.householdBudgets(source.household.name, items)}</span>{' '}
      <button type="button" class="link" onClick={onShow}>
        {m.seeHouseholdBudgets}
      </button>
    </p>
  );
}
