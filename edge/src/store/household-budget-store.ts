/**
 * Household budgets over the Sql port, run as the owner: in Supabase mode the policies keep them
 * to the household's current members. Progress counts the household's bills whole.
 */
import type { Budget } from '@voicetrack/shared';
import type { HouseholdBudget, HouseholdBudgetStore } from '../ports.ts';
import { spendingOf } from './budget-store.ts';
import type { AsOwner } from './owner-scope.ts';
import type { SqlParam } from './sql.ts';

/** Households the owner is an active member of (local mode: the server's). */
function mine(userId: string | null, params: SqlParam[]): string {
  if (userId === null) return 'true';
  params.push(userId);
  return `b.household_id in (select household_id from household_members where user_id = $${params.length}::uuid and left_at is null)`;
}

export function createHouseholdBudgetStore(asOwner: AsOwner): HouseholdBudgetStore {
  return {
    // In a transaction: the lock holds until the budget is written.
    put: (owner, householdId, budget, max) =>
      asOwner(
        owner,
        async (tx) => {
          // Counted under the household's lock: two members adding at once cannot both pass.
          await tx.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [
            `voicetrack household budgets ${householdId}`,
          ]);
          const [count] = await tx.query<{ n: number; same: number }>(
            `select count(*)::int as n, count(*) filter (where category = $2 and currency = $3)::int as same
           from household_budgets where household_id = $1::uuid`,
            [householdId, budget.category, budget.currency],
          );
          if (Number(count?.same ?? 0) === 0 && Number(count?.n ?? 0) >= max) return null;
          // `xmax = 0` only for a row this statement inserted: a replaced budget says so.
          const [row] = await tx.query<Budget & { created: string }>(
            `insert into household_budgets as b (household_id, category, currency, amount)
           values ($1::uuid, $2, $3, $4::numeric)
           on conflict (household_id, category, currency) do update set amount = excluded.amount
           returning b.category, b.currency::text as currency, b.amount::text as amount, (b.xmax = 0)::text as created`,
            [householdId, budget.category, budget.currency, budget.amount],
          );
          if (!row) throw new Error('the household budget was not written');
          const { created, ...written } = row;
          return { budget: written, created: created === 'true' };
        },
        true,
      ),

    delete: (owner, householdId, category, currency) =>
      asOwner(owner, async (tx) => {
        const rows = await tx.query(
          `delete from household_budgets b where b.household_id = $1::uuid and b.category = $2 and b.currency = $3
           returning 1 as one`,
          [householdId, category, currency],
        );
        return rows.length > 0;
      }),

    list: (owner, householdId) =>
      asOwner(owner, (tx) =>
        tx.query<Budget>(
          `select b.category, b.currency::text as currency, b.amount::text as amount from household_budgets b
           where b.household_id = $1::uuid order by b.category, b.currency`,
          [householdId],
        ),
      ),

    listMine: (owner) =>
      asOwner(owner, (tx) => {
        const params: SqlParam[] = [];
        return tx.query<HouseholdBudget>(
          `select b.household_id::text as "householdId", b.category, b.currency::text as currency,
             b.amount::text as amount
           from household_budgets b where ${mine(owner.userId, params)}
           order by b.household_id, b.category, b.currency`,
          params,
        );
      }),

    monthSpending: (owner, householdId, month) =>
      asOwner(owner, (tx) => {
        const params: SqlParam[] = [householdId];
        return spendingOf(tx, month, params, 'e.amount', 'e.household_id = $1::uuid');
      }),

    claimAlert: (owner, householdId, alert) =>
      asOwner(owner, async (tx) => {
        const rows = await tx.query(
          `insert into household_budget_alerts (household_id, month, category, currency, threshold)
           values ($1::uuid, $2, $3, $4, $5)
           on conflict do nothing returning 1 as one`,
          [householdId, alert.month, alert.category, alert.currency, alert.threshold],
        );
        return rows.length === 1;
      }),
  };
}
