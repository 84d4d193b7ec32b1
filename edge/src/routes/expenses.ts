import { ExpenseListQuerySchema, ExpensePatchSchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import { deleteExpense, type ExpenseDeps, editExpense, listExpenses } from '../expenses/expenses.ts';
import type { AppEnv } from '../http/app-env.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';

/** GET / (list), PATCH /:id, DELETE /:id: expenses/expenses.ts's use cases in HTTP. */
export function expenseRoutes(deps: ExpenseDeps) {
  return new Hono<AppEnv>()
    .get('/', valid('query', ExpenseListQuerySchema), async (c) => {
      const listed = await listExpenses(deps, c.get('owner'), c.req.valid('query'));
      if (listed.kind === 'refused') throw refusalError(listed);
      return c.json(listed.list, 200);
    })
    .patch(
      '/:id',
      limitBody(16 * 1024, 'The body'),
      strictJson,
      valid('json', ExpensePatchSchema),
      async (c) => {
        const edited = await editExpense(deps, c.get('owner'), c.req.param('id'), c.req.valid('json'));
        if (edited.kind === 'refused') throw refusalError(edited);
        return c.json(edited.expense, 200);
      },
    )
    .delete('/:id', async (c) => {
      const deleted = await deleteExpense(deps, c.get('owner'), c.req.param('id'));
      if (deleted.kind === 'refused') throw refusalError(deleted);
      return c.body(null, 204);
    });
}
