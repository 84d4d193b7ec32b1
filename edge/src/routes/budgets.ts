import {
  BudgetBodySchema,
  BudgetDeleteQuerySchema,
  BudgetParamSchema,
  BudgetsQuerySchema,
} from '@voicetrack/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import { type BudgetDeps, deleteBudget, monthBudgets, putBudget } from '../money/budgets.ts';

/** GET /?month=YYYY-MM, PUT /:category, DELETE /:category?currency=EUR */
export function budgetRoutes(deps: BudgetDeps) {
  return new Hono<AppEnv>()
    .get('/', valid('query', BudgetsQuerySchema), async (c) =>
      c.json(await monthBudgets(deps, c.get('owner'), c.req.valid('query').month), 200),
    )
    .put(
      '/:category',
      limitBody(4 * 1024, 'The body'),
      strictJson,
      valid('param', BudgetParamSchema),
      valid('json', BudgetBodySchema),
      async (c) => {
        const { category } = c.req.valid('param');
        const body = c.req.valid('json');
        const put = await putBudget(deps, c.get('owner'), { category, ...body });
        if (put.kind === 'refused') throw refusalError(put);
        return c.json(put.budget, put.created ? 201 : 200);
      },
    )
    .delete(
      '/:category',
      valid('param', BudgetParamSchema),
      valid('query', BudgetDeleteQuerySchema),
      async (c) => {
        const { category } = c.req.valid('param');
        const deleted = await deleteBudget(deps, c.get('owner'), category, c.req.valid('query').currency);
        if (deleted.kind === 'refused') throw refusalError(deleted);
        return c.body(null, 204);
      },
    );
}
