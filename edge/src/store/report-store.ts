/** A month's numbers in SQL (what the report and the month view show) and report deliveries. */
import { AWAITING_CONFIRMATION, type Category, monthRange } from '@voicetrack/shared';
import type { MonthSummary, ReportStore } from '../ports.ts';
import { type AsOwner, ownerFilter } from './owner-scope.ts';
import { EXPENSE_COLUMNS, type ExpenseRow, toExpense } from './rows.ts';
import type { SqlParam } from './sql.ts';

export function createReportStore(asOwner: AsOwner): ReportStore {
  return {
    monthSummary: (owner, month) =>
      asOwner(owner, async (tx): Promise<MonthSummary> => {
        const { from, to } = monthRange(month);
        const params: SqlParam[] = [from, to];
        const scope = `${ownerFilter(owner, params, 'e')} and e.expense_date between $1::text::date and $2::text::date`;
        // What counts: an amount, and not still waiting for the user to confirm it (as countsInTotals).
        const counted = `e.amount is not null and e.review_reason is distinct from '${AWAITING_CONFIRMATION}'`;
        const [totals, byCategory, counts, biggest] = await Promise.all([
          tx.query<{ currency: string; amount: string; count: number }>(
            `select e.currency::text as currency, sum(e.amount)::text as amount, count(*)::int as count
             from expenses e where ${scope} and ${counted} group by e.currency order by sum(e.amount) desc`,
            params,
          ),
          tx.query<{ category: Category; currency: string; amount: string; count: number }>(
            `select e.category, e.currency::text as currency, sum(e.amount)::text as amount, count(*)::int as count
             from expenses e where ${scope} and ${counted}
             group by e.category, e.currency order by e.currency, sum(e.amount) desc`,
            params,
          ),
          tx.query<{ count: number; needs_review: number }>(
            `select count(*)::int as count, count(*) filter (where e.status = 'needs_review')::int as needs_review
             from expenses e where ${scope}`,
            params,
          ),
          tx.query<ExpenseRow>(
            `select ${EXPENSE_COLUMNS} from expenses e where ${scope} and ${counted}
             order by e.amount desc, e.expense_date desc limit 5`,
            params,
          ),
        ]);
        return {
          count: counts[0]?.count ?? 0,
          needsReview: counts[0]?.needs_review ?? 0,
          totals,
          byCategory,
          biggest: biggest.map(toExpense),
        };
      }),

    claimDelivery: (owner, month, channel) =>
      asOwner(owner, async (tx) => {
        const rows = await tx.query(
          `insert into report_deliveries (user_id, month, channel) values ($1, $2, $3)
           on conflict on constraint report_deliveries_key do nothing returning 1 as one`,
          [owner.userId, month, channel],
        );
        return rows.length === 1;
      }),

    releaseDelivery: async (owner, month, channel) => {
      await asOwner(owner, (tx) => {
        const params: SqlParam[] = [month, channel];
        return tx.query(
          `delete from report_deliveries r where r.month = $1 and r.channel = $2 and ${ownerFilter(owner, params, 'r')}`,
          params,
        );
      });
    },
  };
}
