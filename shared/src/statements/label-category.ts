/**
 * The category a bank line suggests: the person's learned words first (what they taught the app
 * by correcting it), then the parser's own lexicon, French and English, read on the merchant's
 * words of the label ("PRLV SEPA FREE MOBILE" → utilities).
 */
import type { Category } from '../categories.ts';
import { findCategory, findLearned } from '../parse/categorize.ts';
import { memoryTable, singular } from '../parse/memory.ts';
import { tokenize } from '../parse/tokenize.ts';
import type { LearnedWord } from '../parse/types.ts';
import { labelWords } from './bank-label.ts';

export function labelCategory(label: string, memory: readonly LearnedWord[] = []): Category | null {
  const words = labelWords(label).join(' ');
  if (words === '') return null;
  const tokens = tokenize(words);
  if (memory.length > 0) {
    const learned = findLearned(
      tokens.map((t) => ({ norm: singular(t.norm) })),
      0,
      tokens.length,
      memoryTable(memory),
    );
    if (learned) return learned.category;
  }
  const all = () => true;
  const hit =
    findCategory(tokens, 0, tokens.length, 'fr', all) ?? findCategory(tokens, 0, tokens.length, 'en', all);
  return hit?.category ?? null;
}
