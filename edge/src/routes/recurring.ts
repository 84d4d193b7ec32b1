import { RecurringCreateSchema, RecurringPatchSchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import type { Money } from '../money/money.ts';
import { createRule, updateRule } from '../money/recurring-rules.ts';
import type { RecurringStore } from '../money-ports.ts';

const notFound = () => new ApiError(404, 'not_found', 'No recurring expense with this id.');

/** GET /, POST /, PATCH /:id, DELETE /:id */
export function recurringRoutes(
  recurring: RecurringStore,
  money: Pick<Money, 'runner' | 'timeZone' | 'now'>,
) {
  const deps = { recurring, ...money };
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const owner = c.get('owner');
      // Due expenses first, so each rule's nextDate is the one still to come.
      await money.runner.runFor(owner);
      return c.json({ rules: await recurring.list(owner) }, 200);
    })
    .post('/', limitBody(8 * 1024, 'The body'), strictJson, valid('json', RecurringCreateSchema), async (c) =>
      c.json(await createRule(deps, c.get('owner'), c.req.valid('json')), 201),
    )
    .patch(
      '/:id',
      limitBody(8 * 1024, 'The body'),
      strictJson,
      valid('json', RecurringPatchSchema),
      async (c) => {
        const rule = await updateRule(deps, c.get('owner'), c.req.param('id'), c.req.valid('json'));
        if (!rule) throw notFound();
        return c.json(rule, 200);
      },
    )
    .delete('/:id', async (c) => {
      if (!(await recurring.delete(c.get('owner'), c.req.param('id')))) throw notFound();
      return c.body(null, 204);
    });
}
