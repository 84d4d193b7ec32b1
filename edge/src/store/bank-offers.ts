/**
 * What the page offers to pair by hand with the open bank lines: the expenses the matcher named as
 * a line's candidates, and the unpaired expenses of the days around the month's lines, whatever
 * their month (the server picks each line's with shared's pairableExpenses).
 */
import type { CandidateExpense, Category } from '@voicetrack/shared';
import type { Owner } from '../ports.ts';
import { isUuid, ownerFilter } from './owner-scope.ts';
import { type SqlParam, type SqlTx, sqlBool } from './sql.ts';

/** The candidates named by these lines that are still the owner's, saved and unpaired. */
export async function candidateExpenses(
  tx: SqlTx,
  owner: Owner,
  ids: readonly string[],
): Promise<CandidateExpense[]> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return [];
  const params: SqlParam[] = [JSON.stringify(wanted)];
  return tx.query<CandidateExpense & { category: Category }>(
    `select e.id::text as id, e.expense_date::text as date, e.amount::text as amount,
       e.currency::text as currency, e.category, e.description
     from expenses e
     where e.id in (select value::uuid from jsonb_array_elements_text($1::text::jsonb))
       and ${ownerFilter(owner, params, 'e')} and e.status = 'saved' and e.amount is not null
       and e.bank_line_id is null
     order by e.expense_date, e.created_at, e.id`,
    params,
  );
}

/**
 * The owner's saved, unpaired expenses of these days (both included), whatever their month: what a
 * person may pair by hand with the open lines (pairableExpenses picks each line's own). By date.
 */
export async function unpairedNear(
  tx: SqlTx,
  owner: Owner,
  span: [string, string] | null,
): Promise<CandidateExpense[]> {
  if (span === null) return [];
  const params: SqlParam[] = [span[0], span[1]];
  const rows = await tx.query<
    Omit<CandidateExpense, 'shared'> & { category: Category; shared: boolean | string }
  >(
    `select e.id::text as id, e.expense_date::text as date, e.amount::text as amount,
       e.currency::text as currency, e.category, e.description, e.household_id is not null as shared
     from expenses e
     where ${ownerFilter(owner, params, 'e')} and e.status = 'saved' and e.amount is not null
       and e.bank_line_id is null and e.expense_date between $1::text::date and $2::text::date
     order by e.expense_date, e.created_at, e.id`,
    params,
  );
  return rows.map((r) => ({ ...r, shared: sqlBool(r.shared) }));
}
