/**
 * The person's answers to what the bank saw: accept a line (an expense from it, matched to it; a
 * corrected category teaches the label's words), ignore it, take an ignore back. Each returns what
 * happened as data; routes turn a refusal into a status.
 */
import {
  type AcceptSuggestion,
  allFrom,
  type Category,
  type Expense,
  labelWords,
  memoryKey,
  merchantName,
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
