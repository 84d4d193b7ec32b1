import { type ExpenseEdited, ExpenseListQuerySchema, ExpensePatchSchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import { learnFromEdit } from '../learning/learn-from-edit.ts';
import type { Money } from '../money/money.ts';
import type { ExpenseStore, LearningStore } from '../ports.ts';
import type { BankWatch } from '../statements/bank-watch.ts';

const notFound = () => new ApiError(404, 'not_found', 'No expense with this id.');

/** GET / (list), PATCH /:id, DELETE /:id. */
export function expenseRoutes(
  expenses: ExpenseStore,
  learning: LearningStore,
  money: Pick<Money, 'runner' | 'watch'>,
  bank?: BankWatch,
) {
  return new Hono<AppEnv>()
    .get('/', valid('query', ExpenseListQuerySchema), async (c) => {
      const query = c.req.valid('query');
      if (query.from && query.to && query.from > query.to) {
        throw new ApiError(400, 'validation_failed', 'from must not be after to.');
      }
      // Recurring expenses whose day has come appear in the list (Supabase has no schedule).
      await money.runner.runFor(c.get('owner'));
      return c.json(await expenses.list(c.get('owner'), query), 200);
    })
    .patch(
      '/:id',
      limitBody(16 * 1024, 'The body'),
      strictJson,
      valid('json', ExpensePatchSchema),
      async (c) => {
        const owner = c.get('owner');
        const patch = c.req.valid('json');
        // A changed category teaches the parser (the expense as it was says what the words were);
        // a changed amount, currency or date is matched with the bank again (its old day too).
        const moved = patch.amount !== undefined || patch.currency !== undefined || patch.date !== undefined;
        const before = patch.category || moved ? await expenses.get(owner, c.req.param('id')) : null;
        const updated = await expenses.update(owner, c.req.param('id'), patch);
        if (!updated) throw notFound();
        if (before && patch.category && !updated.lost.includes('category'))
          await learnFromEdit(learning, owner, before, updated.expense);
        if (before && moved) bank?.changed(owner, before.id, [before.date, updated.expense.date]);
        // An edit can take a budget over a threshold (alerts are checked after the answer).
        money.watch.changed(c.get('owner'));
        // The expense as it now stands; `lost` names the fields a newer change kept.
        const { expense, lost } = updated;
        const edited: ExpenseEdited = lost.length > 0 ? { ...expense, lost } : expense;
        return c.json(edited, 200);
      },
    )
    .delete('/:id', async (c) => {
      const deleted = await expenses.delete(c.get('owner'), c.req.param('id'));
      if (!deleted) throw notFound();
      return c.body(null, 204);
    });
}
