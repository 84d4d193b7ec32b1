import { LearnedWordInputSchema, memoryKey } from '@voicetrack/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import type { LearningStore } from '../ports.ts';

const PhraseQuerySchema = v.object({ phrase: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) });

/**
 * GET / (what the parser learned from this person), PUT / (teach one by hand: "Le Petit Zinc →
 * Restaurant"), DELETE /?phrase= (forget one). Corrections of expenses teach it too (PATCH).
 */
export function learningRoutes(learning: LearningStore) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ words: await learning.list(c.get('owner')) }, 200))
    .put('/', limitBody(4096, 'The body'), strictJson, valid('json', LearnedWordInputSchema), async (c) => {
      const { phrase, category } = c.req.valid('json');
      const key = memoryKey(phrase);
      if (key === '') throw new ApiError(400, 'validation_failed', 'phrase: names nothing to remember');
      await learning.remember(c.get('owner'), { phrase: key, category });
      return c.json({ words: await learning.list(c.get('owner')) }, 200);
    })
    .delete('/', valid('query', PhraseQuerySchema), async (c) => {
      const forgotten = await learning.forget(c.get('owner'), c.req.valid('query').phrase);
      if (!forgotten) throw new ApiError(404, 'not_found', 'Nothing was learned under these words.');
      return c.body(null, 204);
    });
}
