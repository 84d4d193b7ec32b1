/**
 * What a person taught the parser by correcting it (shared/src/parse/memory.ts): schemas of what
 * comes in. What GET /api/learned answers is api.ts's LearnedWordsSchema.
 */
import * as v from 'valibot';
import { CategorySchema, noControlChars, withoutInvisibleMarks } from './api.ts';

export const LearnedWordSchema = v.object({
  /** The normalised words (memoryKey): "le petit zinc". */
  phrase: v.pipe(
    v.string(),
    withoutInvisibleMarks,
    v.trim(),
    v.minLength(1),
    v.maxLength(200),
    noControlChars,
  ),
  category: CategorySchema,
});

/** PUT /api/learned: a word taught by hand in settings (the phrase is normalised by the server). */
export const LearnedWordInputSchema = v.object({
  phrase: v.pipe(
    v.string(),
    withoutInvisibleMarks,
    v.trim(),
    v.minLength(1),
    v.maxLength(200),
    noControlChars,
  ),
  category: CategorySchema,
});
