/** Budgets, the month's sums they are compared with (in SQL, in cents), and the alerts sent. */
import {
  type Budget,
  type BudgetTarget,
  type Category,
  MAX_BUDGETS,
  type MonthSpending,
  monthRange,
} from '@voicetrack/shared';
import type { BudgetStore, Owner } from '../ports.ts';
import { type AsOwner, mineAndSharedFilter, ownerFilter, ownerPart } from './owner-scope.ts';
import type { SqlParam, SqlTx } from './sql.ts';

interface BudgetRow {
  category: BudgetTarget;
  currency: string;
  amount: string;
  created: string;
}

interface SpendingRow {
  category: Category;
  currency: string;
  saved_cents: string;
  pending_cents: string;
  pending_count: number;
  pending_without_amount: number;
}

const key = (b: { category: string; currency: string }) => `${b.category} ${b.currency}`;

/**
 * Which of these budgets the owner has not set yet (`fresh`, distinct keys) and how many more
 * they may set. Holds the owner's budget lock until the transaction ends, so two requests at once
 * count one after the other.
 */
async function roomFor(
  tx: SqlTx,
  owner: Owner,
  budgets: readonly Pick<Budget, 'category' | 'currency'>[],
  max: number,
): Promise<{ fresh: string[]; left: number }> {
  await tx.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `voicetrack budgets ${owner.userId ?? 'local'}`,
  ]);
  const params: SqlParam[] = [];
  const rows = await tx.query<{ category: string; currency: string }>(
    `select b.category, b.currency::text as currency from budgets b where ${ownerFilter(owner, params, 'b')}`,
    params,
  );
  const set = new Set(rows.map(key));
  const fresh = [...new Set(budgets.map(key))].filter((k) => !set.has(k));
  return { fresh, left: max - set.size };
}

/**
 * A month's sums per category and currency in cents, saved and waiting for review apart, of the
 * rows `scope` selects, each counted as `amount` (its SQL). Cents as bigint: a month's sum may
 * pass numeric(10,2)'s range without losing a cent.
 */
export async function spendingOf(
  tx: SqlTx,
  month: string,
  params: SqlParam[],
  amount: string,
  scope: string,
): Promise<MonthSpending[]> {
  const { from, to } = monthRange(month);
  params.push(from, to);
  const n = params.length;
  const rows = await tx.query<SpendingRow>(
    `select m.category, m.currency,
       coalesce(sum(m.amount * 100) filter (where m.status = 'saved'), 0)::bigint::text as saved_cents,
       coalesce(sum(m.amount * 100) filter (where m.status = 'needs_review'), 0)::bigint::text as pending_cents,
       (count(*) filter (where m.status = 'needs_review'))::int as pending_count,
       (count(*) filter (where m.status = 'needs_review' and m.amount is null))::int as pending_without_amount
     from (
       select e.category, e.currency::text as currency, e.status, ${amount} as amount from expenses e
       where ${scope} and e.expense_date between $${n - 1}::text::date and $${n}::text::date
     ) m
     -- A bill that is none of the asker's counts nothing (its part is 0).
     where m.amount is null or m.amount > 0
     group by m.category, m.currency`,
    params,
  );
  return rows.map((r) => ({
    category: r.category,
    currency: r.currency,
    savedCents: Number(r.saved_cents),
    pendingCents: Number(r.pending_cents),
    pendingCount: Number(r.pending_count),
    pendingWithoutAmount: Number(r.pending_without_amount),
  }));
}

export function createBudgetStore(asOwner: AsOwner): BudgetStore {
  return {
    put: (owner, budget, max = MAX_BUDGETS) =>
      asOwner(
        owner,
        async (tx) => {
          const room = await roomFor(tx, owner, [budget], max);
          if (room.fresh.length > 0 && room.left <= 0) return null;
          // `xmax = 0` only for a row this statement inserted: a replaced budget says so.
          const [row] = await tx.query<BudgetRow>(
            `insert into budgets as b (user_id, category, currency, amount) values ($1, $2, $3, $4::numeric)
           on conflict on constraint budgets_key do update set amount = excluded.amount
           returning b.category, b.currency::text as currency, b.amount::text as amount, (b.xmax = 0)::text as created`,
            [owner.userId, budget.category, budget.currency, budget.amount],
          );
          if (!row) throw new Error('the budget was not written');
          return {
            budget: { category: row.category, currency: row.currency, amount: row.amount },
            created: row.created === 'true',
          };
        },
        true,
      ),

    delete: (owner, category, currency) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [category, currency];
        const rows = await tx.query(
          `delete from budgets b where b.category = $1 and b.currency = $2 and ${ownerFilter(owner, params, 'b')}
           returning 1 as one`,
          params,
        );
        return rows.length > 0;
      }),

    list: (owner) =>
      asOwner(owner, async (tx): Promise<Budget[]> => {
        const params: SqlParam[] = [];
        return tx.query<Budget>(
          `select b.category, b.currency::text as currency, b.amount::text as amount from budgets b
           where ${ownerFilter(owner, params, 'b')} order by b.category, b.currency`,
          params,
        );
      }),

    monthSpending: (owner, month) =>
      asOwner(owner, (tx) => {
        const params: SqlParam[] = [];
        // Your personal expenses, and your part of your households' bills (as the month report).
        const amount = ownerPart(owner, params, 'e');
        return spendingOf(tx, month, params, amount, mineAndSharedFilter(owner, params, 'e'));
      }),

    claimAlert: (owner, alert) =>
      asOwner(owner, async (tx) => {
        const rows = await tx.query(
          `insert into budget_alerts (user_id, month, category, currency, threshold) values ($1, $2, $3, $4, $5)
           on conflict on constraint budget_alerts_key do nothing returning 1 as one`,
          [owner.userId, alert.month, alert.category, alert.currency, alert.threshold],
        );
        return rows.length === 1;
      }),

    import: (owner, all, max = MAX_BUDGETS) =>
      asOwner(
        owner,
        async (tx) => {
          const room = await roomFor(tx, owner, all, max);
          // The budgets the owner has not set yet, as many as there is room for.
          const kept = new Set(room.fresh.slice(0, Math.max(0, room.left)));
          const budgets = all.filter((b) => !room.fresh.includes(key(b)) || kept.has(key(b)));
          const leftOut = room.fresh.filter((k) => !kept.has(k));
          const [row] = await tx.query<{ n: number }>(
            `with ins as (
               insert into budgets (user_id, category, currency, amount)
               select $1::uuid, r.category, r.currency, r.amount::numeric
               from jsonb_to_recordset($2::text::jsonb) as r(category text, currency text, amount text)
               on conflict on constraint budgets_key do nothing returning 1
             ) select count(*)::int as n from ins`,
            [owner.userId, JSON.stringify(budgets)],
          );
          const imported = Number(row?.n ?? 0);
          return { imported, duplicates: budgets.length - imported, leftOut };
        },
        true,
      ),
  };
}
