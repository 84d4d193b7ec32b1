import {
  BudgetBodySchema,
  BudgetDeleteQuerySchema,
  BudgetParamSchema,
  BudgetsQuerySchema,
  budgetStatuses,
} from '@voicetrack/shared';
import { Hono } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import type { RecurringRunner } from '../money/recurring-runner.ts';
import type { BudgetStore } from '../money-ports.ts';

/** GET /?month=YYYY-MM, PUT /:category, DELETE /:category?currency=EUR */
export function budgetRoutes(budgets: BudgetStore, runner: RecurringRunner) {
  return new Hono<AppEnv>()
    .get('/', valid('query', BudgetsQuerySchema), async (c) => {
      const owner = c.get('owner');
      const { month } = c.req.valid('query');
      // The month's recurring expenses whose day has come count too (Supabase has no schedule).
      await runner.runFor(owner);
      const [list, spending] = await Promise.all([budgets.list(owner), budgets.monthSpending(owner, month)]);
      return c.json(budgetStatuses(list, spending, month), 200);
    })
    .put(
      '/:category',
      limitBody(4 * 1024, 'The body'),
      strictJson,
      valid('param', BudgetParamSchema),
      valid('json', BudgetBodySchema),
      async (c) => {
        const { category } = c.req.valid('param');
        const body = c.req.valid('json');
        const { budget, created } = await budgets.put(c.get('owner'), { category, ...body });
        return c.json(budget, created ? 201 : 200);
      },
    )
    .delete(
      '/:category',
      valid('param', BudgetParamSchema),
      valid('query', BudgetDeleteQuerySchema),
      async (c) => {
        const { category } = c.req.valid('param');
        const { currency } = c.req.valid('query');
        if (!(await budgets.delete(c.get('owner'), category, currency)))
          throw new ApiError(404, 'not_found', `No ${category} budget in ${currency}.`);
        return c.body(null, 204);
      },
    );
}
