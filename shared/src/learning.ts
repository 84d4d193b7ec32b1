/**
 * What a person taught the parser by correcting it (shared/src/parse/memory.ts): schemas of what
 * comes in. What GET /api/learned answers is api.ts's LearnedWordsSchema.
 */
import * as v from 'valibot';
import { CategorySchema, noControlChars, withoutInvisibleMarks } from './api.ts';

/** A taught phrase's words, checked the same wherever they come in (a backup, a word set by hand). */
const PhraseSchema = v.pipe(
  v.string(),
  withoutInvisibleMarks,
  v.trim(),
  v.minLength(1),
  v.maxLength(200),
  noControlChars,
);

export const LearnedWordSchema = v.object({
  /** The normalised words (memoryKey): "le petit zinc". */
  phrase: PhraseSchema,
  category: CategorySchema,
});

/** PUT /api/learned: a word taught by hand in settings (the phrase is normalised by the server). */
export const LearnedWordInputSchema = v.object({
  phrase: PhraseSchema,
  category: CategorySchema,
});
