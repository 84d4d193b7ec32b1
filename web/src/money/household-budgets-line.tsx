/**
 * Under « Moi », beside the person's own budgets, their household's in one line (« Budgets du
 * foyer Coloc : Courses 400,00 € / mois »), with the way to see them under « Foyer », where they
 * are set, changed and removed. Nothing when the household has none (or they were never read).
 */
import type { Budget, BudgetTarget } from '@voicetrack/shared';
import { useEffect, useState } from 'preact/hooks';
import type { VoiceTrackDb } from '../data/db.ts';
import { formatAmount } from '../i18n/format.ts';
import type { Strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { MONEY_STRINGS } from '../i18n/money.ts';
import type { BudgetSource } from './budget-source.ts';

export function HouseholdBudgetsLine(props: {
  t: Strings;
  lang: Lang;
  db: VoiceTrackDb;
  source: BudgetSource;
  month: string;
  onShow: () => void;
}) {
  const { t, lang, db, source, month, onShow } = props;
  const m = MONEY_STRINGS[lang];
  const [budgets, setBudgets] = useState<Budget[] | null>(null);
  useEffect(() => {
    let current = true;
    void source
      .read(month)
      .then(async (answer) => answer?.budgets ?? (await source.copy.read(db)))
      .then((got) => current && setBudgets(got));
    return () => {
      current = false;
    };
  }, [source, month, db]);
  if (!budgets?.length || !source.household) return null;
  const nameOf = (target: BudgetTarget, currency: string) =>
    target === 'total' ? `${t.total} ${currency}` : t.categories[target];
  const items = budgets
    .map((b) => m.perMonth(nameOf(b.category, b.currency), formatAmount(b.amount, b.currency, lang)))
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
