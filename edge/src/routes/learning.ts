import { LearnedWordInputSchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../http/app-env.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import { forgetWord, teachWord } from '../learning/learned-words.ts';
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
      const taught = await teachWord(learning, c.get('owner'), c.req.valid('json'));
      if (taught.kind === 'refused') throw refusalError(taught);
      return c.json({ words: taught.words }, 200);
    })
    .delete('/', valid('query', PhraseQuerySchema), async (c) => {
      const forgotten = await forgetWord(learning, c.get('owner'), c.req.valid('query').phrase);
      if (forgotten.kind === 'refused') throw refusalError(forgotten);
      return c.body(null, 204);
    });
}
