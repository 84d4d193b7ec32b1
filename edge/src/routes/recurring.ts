import { RecurringCreateSchema, RecurringPatchSchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import { createRule, deleteRule, listRules, type RuleDeps, updateRule } from '../money/recurring-rules.ts';

/** GET /, POST /, PATCH /:id, DELETE /:id: money/recurring-rules.ts's use cases in HTTP. */
export function recurringRoutes(deps: RuleDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ rules: await listRules(deps, c.get('owner')) }, 200))
    .post(
      '/',
      limitBody(8 * 1024, 'The body'),
      strictJson,
      valid('json', RecurringCreateSchema),
      async (c) => {
        const created = await createRule(deps, c.get('owner'), c.req.valid('json'));
        if (created.kind === 'refused') throw refusalError(created);
        return c.json({ rule: created.rule, expenses: created.expenses }, 201);
      },
    )
    .patch(
      '/:id',
      limitBody(8 * 1024, 'The body'),
      strictJson,
      valid('json', RecurringPatchSchema),
      async (c) => {
        const updated = await updateRule(deps, c.get('owner'), c.req.param('id'), c.req.valid('json'));
        if (updated.kind === 'refused') throw refusalError(updated);
        return c.json(updated.rule, 200);
      },
    )
    .delete('/:id', async (c) => {
      const deleted = await deleteRule(deps, c.get('owner'), c.req.param('id'));
      if (deleted.kind === 'refused') throw refusalError(deleted);
      return c.body(null, 204);
    });
}
