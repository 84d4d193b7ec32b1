/** What a person taught the parser by hand ("Le Petit Zinc → Restaurant"), and forgetting it. */
import { type Category, type LearnedWord, memoryKey } from '@voicetrack/shared';
import type { LearningStore, Owner } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';

/** Remembers the words (normalised) under a category; the answer is every word learned. */
export async function teachWord(
  learning: LearningStore,
  owner: Owner,
  word: { phrase: string; category: Category },
): Promise<{ kind: 'taught'; words: LearnedWord[] } | Refusal<'validation_failed'>> {
  const phrase = memoryKey(word.phrase);
  if (phrase === '') return refused('validation_failed', 'phrase: names nothing to remember');
  await learning.remember(owner, { phrase, category: word.category });
  return { kind: 'taught', words: await learning.list(owner) };
}

export async function forgetWord(
  learning: LearningStore,
  owner: Owner,
  phrase: string,
): Promise<{ kind: 'forgotten' } | Refusal<'not_found'>> {
  if (await learning.forget(owner, phrase)) return { kind: 'forgotten' };
  return refused('not_found', 'Nothing was learned under these words.');
}
