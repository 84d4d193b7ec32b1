/** A month's numbers in SQL (what the report and the month view show) and report deliveries. */
import { AWAITING_CONFIRMATION, type Category, monthRange } from '@voicetrack/shared';
import type { MonthSummary, ReportStore } from '../ports.ts';
import { type AsOwner, mineAndSharedFilter, ownerFilter, ownerPart } from './owner-scope.ts';
import { EXPENSE_COLUMNS, type ExpenseRow, toExpense } from './rows.ts';
import type { SqlParam } from './sql.ts';

export function createReportStore(asOwner: AsOwner): ReportStore {
  return {
    monthSummary: (owner, month) =>
      asOwner(owner, async (tx): Promise<MonthSummary> => {
        const { from, to } = monthRange(month);
        const params: SqlParam[] = [from, to];
        // The month's rows, each with what it costs the owner (`part`: a household's bill counts
        // the owner's share of it, « dont partagé »); a bill that is none of theirs counts nothing.
        const rows = `with m as (
          select e.id, e.currency, e.category, e.status, e.review_reason, e.household_id, e.amount as whole,
            e.expense_date, ${ownerPart(owner, params, 'e')} as part
          from expenses e
          where ${mineAndSharedFilter(owner, params, 'e')} and e.expense_date between $1::text::date and $2::text::date
        ), mine as (select * from m where m.household_id is null or m.part is null or m.part > 0)`;
        // What counts: an amount, and not still waiting for the user to confirm it (as countsInTotals).
        // Every order ends on a key that ties nowhere (the currency, the category; for the biggest,
        // the newest note first, then its rows in the order said): a tie left to the database comes
        // back in whatever order its plan gives, which differs between runs and between PGlite and
        // PostgreSQL, and the page, the CLI and the e-mail would disagree.
        const counted = `m.part is not null and m.review_reason is distinct from '${AWAITING_CONFIRMATION}'`;
        const [totals, byCategory, counts, biggest, shared] = await Promise.all([
          tx.query<{ currency: string; amount: string; count: number }>(
            `${rows} select m.currency::text as currency, sum(m.part)::text as amount, count(*)::int as count
             from mine m where ${counted} group by m.currency order by sum(m.part) desc, m.currency`,
            params,
          ),
          tx.query<{ category: Category; currency: string; amount: string; count: number }>(
            `${rows} select m.category, m.currency::text as currency, sum(m.part)::text as amount, count(*)::int as count
             from mine m where ${counted}
             group by m.category, m.currency order by m.currency, sum(m.part) desc, m.category`,
            params,
          ),
          tx.query<{ count: number; needs_review: number }>(
            `${rows} select count(*)::int as count, count(*) filter (where m.status = 'needs_review')::int as needs_review
             from mine m`,
            params,
          ),
          tx.query<ExpenseRow>(
            `${rows} select ${EXPENSE_COLUMNS} from mine m join expenses e on e.id = m.id where ${counted}
             order by m.part desc, e.expense_date desc, e.created_at desc, e.client_id, e.position limit 5`,
            params,
          ),
          tx.query<{
            household_id: string;
            name: string;
            currency: string;
            amount: string;
            bills: string;
            count: number;
          }>(
            `${rows} select m.household_id::text as household_id, h.name, m.currency::text as currency,
               sum(m.part)::text as amount, sum(m.whole)::text as bills, count(*)::int as count
             from m join households h on h.id = m.household_id where ${counted}
             group by m.household_id, h.name, m.currency order by h.name, m.household_id, m.currency`,
            params,
          ),
        ]);
        return {
          count: counts[0]?.count ?? 0,
          needsReview: counts[0]?.needs_review ?? 0,
          totals,
          byCategory,
          biggest: biggest.map(toExpense),
          shared: shared.map((s) => ({
            householdId: s.household_id,
            name: s.name,
            currency: s.currency,
            amount: s.amount,
            bills: s.bills,
            count: Number(s.count),
          })),
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
