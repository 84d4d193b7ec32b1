/**
 * A person's correction teaches the parser: when an edit changes an expense's category, the
 * words of that expense (merchant or item, normalised) now mean that category for this person.
 */
import { type Expense, learnFromCorrection } from '@voicetrack/shared';
import type { LearningStore, Owner } from '../ports.ts';

export async function learnFromEdit(
  learning: LearningStore,
  owner: Owner,
  before: Expense,
  after: Expense,
): Promise<void> {
  const word = learnFromCorrection(
    {
      description: before.description,
      category: before.category,
      ...(before.transcript ? { transcript: before.transcript } : {}),
    },
    { description: after.description, category: after.category },
  );
  if (word) await learning.remember(owner, word);
}
