/**
 * Reconciliation as the person sees it: a month's expenses the bank confirmed, the ones it did not
 * see, its lines to add (suggestions) and the lines that are not expenses (credits, cash
 * withdrawals). The person's answers to a suggestion are in suggestions.ts.
 */
import {
  type CandidateExpense,
  DAYS_AFTER,
  dayNumber,
  maskAccountNumbers,
  matchLines,
  merchantName,
  PAIR_DAYS,
  pairableExpenses,
  type Reconciliation,
} from '@voicetrack/shared';
import type { BankLineRow, Owner, ReconcileStore } from '../ports.ts';

const view = (l: BankLineRow) => ({
  id: l.id,
  date: l.date,
  amount: l.amount,
  currency: l.currency,
  label: maskAccountNumbers(l.label),
  originalAmount: l.originalAmount,
  originalCurrency: l.originalCurrency,
});

/** The month's last day, YYYY-MM-DD. */
function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * Each line's expenses to pair by hand, whatever their month, from the unpaired ones near the
 * month's lines: looked up by day (a month of ten thousand lines against as many expenses stays
 * linear), picked and ordered by pairableExpenses.
 */
function pairableFor(nearby: readonly CandidateExpense[]) {
  const byDay = new Map<number, CandidateExpense[]>();
  for (const e of nearby) {
    const d = dayNumber(e.date);
    const day = byDay.get(d);
    if (day) day.push(e);
    else byDay.set(d, [e]);
  }
  return (line: BankLineRow): CandidateExpense[] => {
    const days = [line.date, line.valueDate ?? line.date].map(dayNumber);
    const seen = new Set<number>();
    const near: CandidateExpense[] = [];
    for (const center of days)
      for (let d = center - PAIR_DAYS; d <= center + PAIR_DAYS; d++) {
        if (seen.has(d)) continue;
        seen.add(d);
        near.push(...(byDay.get(d) ?? []));
      }
    return pairableExpenses(line, near);
  };
}

export async function monthReconciliation(
  reconcile: ReconcileStore,
  owner: Owner,
  month: string,
): Promise<Reconciliation> {
  // Expenses that came in by a path that does not match (a JSON import, a recurring rule) are
  // matched here: pairing is derived, so doing it again changes nothing already decided.
  await reconcile.rematch(owner, `${month}-01`, monthEnd(month), matchLines);
  const bank = await reconcile.month(owner, month);
  const pairable = pairableFor(bank.nearby);
  const last = bank.lastStatementDate === null ? null : dayNumber(bank.lastStatementDate);
  // The bank could have seen it: the statement reaches past its whole settlement window.
  const covered = (date: string) => last !== null && dayNumber(date) + DAYS_AFTER <= last;
  const lineOf = new Map(bank.pairedLines.map((l) => [l.id, l]));
  const matchedPairs = bank.expenses.flatMap(({ bankLineId, ...expense }) => {
    const line = bankLineId === null ? undefined : lineOf.get(bankLineId);
    // The month's expenses are saved ones with an amount (the store reads no other).
    return line && expense.amount !== null
      ? [{ expense: { ...expense, amount: expense.amount }, line: view(line) }]
      : [];
  });
  const matched = bank.expenses.filter((e) => e.bankLineId !== null).length;
  const unmatchedExpenses = bank.expenses
    .filter((e) => e.bankLineId === null)
    .map(({ bankLineId: _, ...e }) => ({ ...e, notSeenByBank: covered(e.date) }));
  const notSeen = unmatchedExpenses.filter((e) => e.notSeenByBank).length;
  return {
    month,
    matched,
    matchedPairs,
    percent:
      last === null || matched + notSeen === 0 ? null : Math.floor((100 * matched) / (matched + notSeen)),
    lastStatementDate: bank.lastStatementDate,
    unmatchedExpenses,
    suggestions: bank.lines
      .filter((l) => l.direction === 'debit' && !l.withdrawal)
      .map((l) => ({
        ...view(l),
        category: l.category,
        merchant: merchantName(l.label),
        candidates: l.candidates,
        // By date, as the store reads them: the person tells them apart by day first.
        candidateExpenses: bank.candidates.filter((e) => l.candidates.includes(e.id)),
        pairable: pairable(l),
      })),
    notExpenses: bank.lines
      .filter((l) => l.direction === 'credit' || l.withdrawal)
      .map((l) => ({
        ...view(l),
        kind: l.direction === 'credit' ? ('credit' as const) : ('withdrawal' as const),
      })),
  };
}
