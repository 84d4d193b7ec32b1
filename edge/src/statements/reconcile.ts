/**
 * Reconciliation as the person sees it: a month's expenses the bank confirmed, the ones it did not
 * see, its lines to add (suggestions) and the lines that are not expenses (credits, cash
 * withdrawals). Accepting a suggestion makes an expense from the line, matched to it; a corrected
 * category teaches the label's words. Outcomes are data; routes turn them into statuses.
 */
import {
  type AcceptSuggestion,
  allFrom,
  type Category,
  DAYS_AFTER,
  dayNumber,
  type Expense,
  labelWords,
  maskAccountNumbers,
  matchLines,
  memoryKey,
  merchantName,
  type Reconciliation,
} from '@voicetrack/shared';
import type { BankLineRow, LearningStore, Owner, ReconcileStore } from '../ports.ts';

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

export async function monthReconciliation(
  reconcile: ReconcileStore,
  owner: Owner,
  month: string,
): Promise<Reconciliation> {
  // Expenses that came in by a path that does not match (a JSON import, a recurring rule) are
  // matched here: pairing is derived, so doing it again changes nothing already decided.
  await reconcile.rematch(owner, `${month}-01`, monthEnd(month), matchLines);
  const bank = await reconcile.month(owner, month);
  const last = bank.lastStatementDate === null ? null : dayNumber(bank.lastStatementDate);
  // The bank could have seen it: the statement reaches past its whole settlement window.
  const covered = (date: string) => last !== null && dayNumber(date) + DAYS_AFTER <= last;
  const matched = bank.expenses.filter((e) => e.bankLineId !== null).length;
  const unmatchedExpenses = bank.expenses
    .filter((e) => e.bankLineId === null)
    .map(({ bankLineId: _, ...e }) => ({ ...e, notSeenByBank: covered(e.date) }));
  const notSeen = unmatchedExpenses.filter((e) => e.notSeenByBank).length;
  return {
    month,
    matched,
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
      })),
    notExpenses: bank.lines
      .filter((l) => l.direction === 'credit' || l.withdrawal)
      .map((l) => ({
        ...view(l),
        kind: l.direction === 'credit' ? ('credit' as const) : ('withdrawal' as const),
      })),
  };
}

export type AcceptResult =
  | { kind: 'accepted'; expense: Expense; created: boolean }
  | { kind: 'not_found' }
  | { kind: 'not_a_debit' };

export async function acceptSuggestion(
  deps: { reconcile: ReconcileStore; learning: Pick<LearningStore, 'remember'> },
  owner: Owner,
  lineId: string,
  body: AcceptSuggestion,
): Promise<AcceptResult> {
  const line = await deps.reconcile.line(owner, lineId);
  if (!line) return { kind: 'not_found' };
  const category: Category = body.category ?? line.category;
  const outcome = await deps.reconcile.accept(owner, lineId, {
    category,
    description: body.description ?? merchantName(line.label),
    // The amount, currency and day are the bank's; the category and words the person's when they chose them.
    provenance: {
      ...allFrom('bank'),
      ...(body.category ? { category: { from: 'person' } } : {}),
      ...(body.description ? { description: { from: 'person' } } : {}),
    },
  });
  if (outcome.kind === 'already') return { kind: 'accepted', expense: outcome.expense, created: false };
  if (outcome.kind !== 'accepted') return outcome;
  // "CB CARREFOUR" accepted as shopping: Carrefour means shopping for this person from now on.
  const phrase = memoryKey(labelWords(line.label).slice(0, 4).join(' '));
  if (body.category && body.category !== line.category && phrase !== '')
    await deps.learning.remember(owner, { phrase, category: body.category });
  return { kind: 'accepted', expense: outcome.expense, created: true };
}
