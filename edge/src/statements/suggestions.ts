/**
 * The person's answers to what the bank saw: accept a line (an expense from it, matched to it; a
 * corrected category teaches the label's words), pair it with an expense already said (one of the
 * candidates the label could not tell apart, or one said at another amount), ignore it, and take a
 * pairing or an ignore back. Each returns what happened as data; routes turn a refusal into a status.
 */
import {
  type AcceptSuggestion,
  allFrom,
  type Category,
  type Expense,
  labelWords,
  memoryKey,
  merchantName,
  PAIR_DAYS,
  type PairSuggestion,
} from '@voicetrack/shared';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import type { LearningStore, Owner, ReconcileStore } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';

export interface SuggestionDeps {
  reconcile: ReconcileStore;
  learning: Pick<LearningStore, 'remember'>;
  /** An accepted line can take a budget over a threshold (alerts are checked after the answer). */
  watch: SpendingWatch;
}

const noLine = () => refused('not_found', 'No bank line with this id.');

export async function acceptSuggestion(
  deps: SuggestionDeps,
  owner: Owner,
  lineId: string,
  body: AcceptSuggestion,
): Promise<{ kind: 'accepted'; expense: Expense; created: boolean } | Refusal<'not_found' | 'conflict'>> {
  const line = await deps.reconcile.line(owner, lineId);
  if (!line) return noLine();
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
  if (outcome.kind === 'not_found') return noLine();
  if (outcome.kind === 'not_a_debit')
    return refused('conflict', 'This line is money in (or a cash withdrawal), not an expense to add.');
  // "CB CARREFOUR" accepted as shopping: Carrefour means shopping for this person from now on.
  const phrase = memoryKey(labelWords(line.label).slice(0, 4).join(' '));
  if (body.category && body.category !== line.category && phrase !== '')
    await deps.learning.remember(owner, { phrase, category: body.category });
  deps.watch.changed(owner);
  return { kind: 'accepted', expense: outcome.expense, created: true };
}

/** Remembers that an open debit is not an expense to add. */
export async function ignoreSuggestion(
  reconcile: Pick<ReconcileStore, 'ignore'>,
  owner: Owner,
  lineId: string,
): Promise<{ kind: 'ignored' } | Refusal<'not_found'>> {
  return (await reconcile.ignore(owner, lineId)) ? { kind: 'ignored' } : noLine();
}

/** Takes an ignore back (the undo): the line is a suggestion again. */
export async function unignoreSuggestion(
  reconcile: Pick<ReconcileStore, 'unignore'>,
  owner: Owner,
  lineId: string,
): Promise<{ kind: 'open' } | Refusal<'not_found'>> {
  return (await reconcile.unignore(owner, lineId))
    ? { kind: 'open' }
    : refused('not_found', 'No ignored bank line with this id.');
}

/**
 * Pairs a bank line with one of the person's expenses: a candidate the label could not pick, or
 * one they said at another amount (a tip, a fee abroad), which takes the bank's when they said to
 * keep it (`keepBankAmount`; a household's bill is split again in the same proportions): the
 * budgets are checked again then.
 */
export async function pairSuggestion(
  deps: Pick<SuggestionDeps, 'reconcile' | 'watch'>,
  owner: Owner,
  lineId: string,
  body: PairSuggestion,
): Promise<
  | { kind: 'paired'; expense: Expense }
  | Refusal<
      'not_found' | 'conflict' | 'already_paired' | 'currency_mismatch' | 'amount_mismatch' | 'dates_too_far'
    >
> {
  const outcome = await deps.reconcile.pair(owner, lineId, body.expenseId, body.keepBankAmount === true);
  switch (outcome.kind) {
    case 'paired':
      if (outcome.retold) deps.watch.changed(owner);
      return { kind: 'paired', expense: outcome.expense };
    // The same pairing asked twice (a retry) answers as the first did.
    case 'already':
      return { kind: 'paired', expense: outcome.expense };
    case 'line_not_found':
      return noLine();
    case 'expense_not_found':
      return refused('not_found', 'No expense of yours with this id.');
    case 'not_a_debit':
      return refused('conflict', 'This line is money in (or a cash withdrawal), not an expense.');
    case 'not_saved':
      return refused('conflict', 'This expense waits for review (or has no amount): save it first.');
    case 'line_paired':
      return refused(
        'already_paired',
        'This bank line is paired with another expense already: undo that first.',
      );
    case 'expense_paired':
      return refused(
        'already_paired',
        'This expense is paired with another bank line already: undo that first.',
      );
    case 'currency_mismatch':
      return refused(
        'currency_mismatch',
        'The bank line is not in the expense’s currency (nor gives the amount paid in it).',
      );
    case 'dates_too_far':
      return refused(
        'dates_too_far',
        `The expense’s day is more than ${PAIR_DAYS} days from the bank line’s: not the same payment.`,
      );
    case 'amount_mismatch':
      return refused(
        'amount_mismatch',
        `The expense says ${outcome.saidAmount}, the bank line ${outcome.bankAmount}: send keepBankAmount: true to pair them with the bank’s amount.`,
      );
    case 'shared':
      return refused(
        'conflict',
        'This household’s bill has no share to split the bank’s amount by: give it its shares first.',
      );
  }
}

/** Takes a pairing back (the undo): the line and its expense are open again, and stay apart. */
export async function unpairSuggestion(
  reconcile: Pick<ReconcileStore, 'unpair'>,
  owner: Owner,
  lineId: string,
): Promise<{ kind: 'open' } | Refusal<'not_found'>> {
  return (await reconcile.unpair(owner, lineId)) !== null
    ? { kind: 'open' }
    : refused('not_found', 'No paired bank line of yours with this id.');
}
