import { ExpenseListQuerySchema, ExpensePatchSchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseWith, readJson } from '../http/validate.ts';
import type { Store } from '../ports.ts';
import { InvalidCursorError } from '../store/sql-store.ts';

const notFound = () => new ApiError(404, 'not_found', 'No expense with this id.');

/** GET / (list), PATCH /:id, DELETE /:id. */
export function expenseRoutes(store: Store) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const query = parseWith(ExpenseListQuerySchema, c.req.query());
      if (query.from && query.to && query.from > query.to) {
        throw new ApiError(400, 'validation_failed', 'from must not be after to.');
      }
      try {
        return c.json(await store.listExpenses(c.get('owner'), query), 200);
      } catch (error) {
        if (error instanceof InvalidCursorError) throw new ApiError(400, 'validation_failed', error.message);
        throw error;
      }
    })
    .patch(
      '/:id',
      bodyLimit({
        maxSize: 16 * 1024,
        onError: () => {
          throw new ApiError(413, 'payload_too_large', 'The body is too large.');
        },
      }),
      async (c) => {
        const patch = parseWith(ExpensePatchSchema, await readJson(c.req.raw));
        const updated = await store.updateExpense(c.get('owner'), c.req.param('id'), patch);
        if (!updated) throw notFound();
        return c.json(updated, 200);
      },
    )
    .delete('/:id', async (c) => {
      const deleted = await store.deleteExpense(c.get('owner'), c.req.param('id'));
      if (!deleted) throw notFound();
      return c.body(null, 204);
    });
}
