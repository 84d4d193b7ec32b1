/** What a person taught the parser by correcting it (shared/src/parse/memory.ts): schemas. */
import * as v from 'valibot';
import { CategorySchema, noControlChars } from './api.ts';
import { MAX_LEARNED } from './parse/limits.ts';

export const LearnedWordSchema = v.object({
  /** The normalised words (memoryKey): "le petit zinc". */
  phrase: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200), noControlChars),
  category: CategorySchema,
});

export const LearnedWordsSchema = v.object({
  words: v.pipe(v.array(LearnedWordSchema), v.maxLength(MAX_LEARNED)),
});
export type LearnedWords = v.InferOutput<typeof LearnedWordsSchema>;

/** PUT /api/learned: a word taught by hand in settings (the phrase is normalised by the server). */
export const LearnedWordInputSchema = v.object({
  phrase: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200), noControlChars),
  category: CategorySchema,
});
