/**
 * Households: POST /households {name}, POST /households/join {code, name?} (rate-limited like
 * pairing), POST /households/invitation {code} → {name} (the same limits: which household, before
 * joining), GET /households, POST /households/:id/invites, DELETE
 * /households/:id/members/:memberId, GET /households/:id/balances?currency=, POST
 * /households/:id/settlements, GET /households/:id/budgets?month=, PUT|DELETE
 * /households/:id/budgets/:category. The steps are households/'s use cases; this file validates
 * and answers in HTTP.
 */
import {
  BalancesQuerySchema,
  BudgetBodySchema,
  BudgetDeleteQuerySchema,
  CreateHouseholdSchema,
  centsToDecimal,
  HouseholdBudgetParamSchema,
  HouseholdBudgetsQuerySchema,
  InvitationQuerySchema,
  JoinHouseholdSchema,
  SettlementBodySchema,
} from '@voicetrack/shared';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { householdBalances, recordSettlement } from '../households/balances.ts';
import {
  deleteHouseholdBudget,
  type HouseholdBudgetDeps,
  householdBudgets,
  putHouseholdBudget,
} from '../households/household-budgets.ts';
import {
  createHousehold,
  type HouseholdDeps,
  inviteToHousehold,
  joinHousehold,
  listHouseholds,
  removeMember,
} from '../households/households.ts';
import { invitationFor } from '../households/invitation.ts';
import type { AppEnv } from '../http/app-env.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';

export interface HouseholdRouteDeps extends HouseholdDeps, HouseholdBudgetDeps {
  /** Attempts per client address: invite codes are guessed no faster than pairing codes. */
  attemptLimit: MiddlewareHandler<AppEnv>;
  /** Who asks, as the wrong codes are counted (its address). */
  clientOf: (c: Context<AppEnv>) => string;
}

const body = [limitBody(4 * 1024, 'The body'), strictJson] as const;

export function householdRoutes(deps: HouseholdRouteDeps) {
  return new Hono<AppEnv>()
    .post('/', ...body, valid('json', CreateHouseholdSchema), async (c) => {
      const created = await createHousehold(deps, c.get('owner'), c.req.valid('json'));
      if (created.kind === 'refused') throw refusalError(created);
      return c.json({ ...created.household, invite: created.invite }, 201);
    })
    .post('/join', deps.attemptLimit, ...body, valid('json', JoinHouseholdSchema), async (c) => {
      const joined = await joinHousehold(deps, c.get('owner'), c.req.valid('json'), deps.clientOf(c));
      if (joined.kind === 'refused') throw refusalError(joined);
      return c.json(joined.household, 200);
    })
    .post('/invitation', deps.attemptLimit, ...body, valid('json', InvitationQuerySchema), async (c) => {
      const found = await invitationFor(deps, c.req.valid('json').code, deps.clientOf(c));
      if (found.kind === 'refused') throw refusalError(found);
      return c.json({ name: found.name }, 200);
    })
    .get('/', async (c) => c.json({ households: await listHouseholds(deps, c.get('owner')) }, 200))
    .post('/:id/invites', async (c) => {
      const invited = await inviteToHousehold(deps, c.get('owner'), c.req.param('id'));
      if (invited.kind === 'refused') throw refusalError(invited);
      return c.json(invited.invite, 201);
    })
    .delete('/:id/members/:memberId', async (c) => {
      const removed = await removeMember(deps, c.get('owner'), c.req.param('id'), c.req.param('memberId'));
      if (removed.kind === 'refused') throw refusalError(removed);
      return c.body(null, 204);
    })
    .get('/:id/balances', valid('query', BalancesQuerySchema), async (c) => {
      const { currency } = c.req.valid('query');
      const balances = await householdBalances(deps, c.get('owner'), c.req.param('id'), currency);
      if (balances.kind === 'refused') throw refusalError(balances);
      return c.json(balances.view, 200);
    })
    .post('/:id/settlements', ...body, valid('json', SettlementBodySchema), async (c) => {
      const settled = await recordSettlement(deps, c.get('owner'), c.req.param('id'), c.req.valid('json'));
      if (settled.kind === 'refused') throw refusalError(settled);
      const { cents, ...s } = settled.settlement;
      return c.json({ ...s, amount: centsToDecimal(cents) }, 201);
    })
    .get('/:id/budgets', valid('query', HouseholdBudgetsQuerySchema), async (c) => {
      const { month } = c.req.valid('query');
      const budgets = await householdBudgets(deps, c.get('owner'), c.req.param('id'), month);
      if (budgets.kind === 'refused') throw refusalError(budgets);
      return c.json(budgets.answer, 200);
    })
    .put(
      '/:id/budgets/:category',
      ...body,
      valid('param', HouseholdBudgetParamSchema),
      valid('json', BudgetBodySchema),
      async (c) => {
        const { id, category } = c.req.valid('param');
        const put = await putHouseholdBudget(deps, c.get('owner'), id, {
          category,
          ...c.req.valid('json'),
        });
        if (put.kind === 'refused') throw refusalError(put);
        return c.json(put.budget, put.created ? 201 : 200);
      },
    )
    .delete(
      '/:id/budgets/:category',
      valid('param', HouseholdBudgetParamSchema),
      valid('query', BudgetDeleteQuerySchema),
      async (c) => {
        const { category } = c.req.valid('param');
        const { currency } = c.req.valid('query');
        const deleted = await deleteHouseholdBudget(
          deps,
          c.get('owner'),
          c.req.param('id'),
          category,
          currency,
        );
        if (deleted.kind === 'refused') throw refusalError(deleted);
        return c.body(null, 204);
      },
    );
}
