/**
 * The person's own pairing of a bank line with an expense (a line several expenses fit, which the
 * matcher left open), and its undo; and the details of the open lines' candidates, for the page to
 * tell them apart. Under the owner's bank lock, as the matcher's writes are.
 */
import type { CandidateExpense, Category } from '@voicetrack/shared';
import type { Owner, PairOutcome } from '../ports.ts';
import { lockOwner } from './bank-match.ts';
import { isUuid, ownerFilter } from './owner-scope.ts';
import { EXPENSE_COLUMNS, type ExpenseRow, toExpense } from './rows.ts';
import { type SqlParam, type SqlTx, sqlBool } from './sql.ts';

interface PairLineRow {
  direction: 'debit' | 'credit';
  withdrawal: boolean | string;
  cents: string;
  currency: string;
  original_cents: string | null;
  original_currency: string | null;
  paired: boolean | string;
}

interface PairExpenseRow {
  cents: string | null;
  currency: string;
  status: string;
  bank_line_id: string | null;
}

/** Pairs the line with the expense when both are the owner's and can be the same payment; checks in the order a person would fix them. */
export async function pairLine(
  tx: SqlTx,
  owner: Owner,
  lineId: string,
  expenseId: string,
): Promise<PairOutcome> {
  if (!isUuid(lineId)) return { kind: 'line_not_found' };
  if (!isUuid(expenseId)) return { kind: 'expense_not_found' };
  await lockOwner(tx, owner);
  const lineParams: SqlParam[] = [lineId];
  const [line] = await tx.query<PairLineRow>(
    `select l.direction, l.withdrawal, (l.amount * 100)::bigint::text as cents, l.currency::text as currency,
       (l.original_amount * 100)::bigint::text as original_cents, l.original_currency::text as original_currency,
       exists (select 1 from expenses x where x.bank_line_id = l.id) as paired
     from bank_lines l where l.id = $1::uuid and ${ownerFilter(owner, lineParams, 'l')} for update of l`,
    lineParams,
  );
  if (!line) return { kind: 'line_not_found' };
  const expenseParams: SqlParam[] = [expenseId];
  const [expense] = await tx.query<PairExpenseRow>(
    `select (e.amount * 100)::bigint::text as cents, e.currency::text as currency, e.status,
       e.bank_line_id::text as bank_line_id
     from expenses e where e.id = $1::uuid and ${ownerFilter(owner, expenseParams, 'e')} for update of e`,
    expenseParams,
  );
  if (!expense) return { kind: 'expense_not_found' };
  if (expense.bank_line_id === lineId) {
    const [same] = await tx.query<ExpenseRow>(
      `select ${EXPENSE_COLUMNS} from expenses e where e.id = $1::uuid`,
      [expenseId],
    );
    if (same) return { kind: 'already', expense: toExpense(same) };
  }
  if (line.direction !== 'debit' || sqlBool(line.withdrawal)) return { kind: 'not_a_debit' };
  if (sqlBool(line.paired)) return { kind: 'line_paired' };
  if (expense.bank_line_id !== null) return { kind: 'expense_paired' };
  if (expense.status !== 'saved' || expense.cents === null) return { kind: 'not_saved' };
  // The account's own currency, or the one a card paid in abroad (as the matcher reads a line).
  const cents =
    expense.currency === line.currency
      ? line.cents
      : expense.currency === line.original_currency
        ? line.original_cents
        : undefined;
  if (cents === undefined) return { kind: 'currency_mismatch' };
  if (cents !== expense.cents) return { kind: 'amount_mismatch' };
  const [paired] = await tx.query<ExpenseRow>(
    // updated_at set here spares the row trigger, as the matcher's own update does.
    `update expenses e set bank_line_id = $2::uuid, updated_at = now()
     where e.id = $1::uuid and e.bank_line_id is null returning ${EXPENSE_COLUMNS}`,
    [expenseId, lineId],
  );
  if (!paired) return { kind: 'expense_paired' };
  // A paired line is no suggestion: ignored or not before, its candidates are moot now.
  await tx.query(`update bank_lines set ignored_at = null, candidates = '[]'::jsonb where id = $1::uuid`, [
    lineId,
  ]);
  return { kind: 'paired', expense: toExpense(paired) };
}

/** Unpairs the owner's line from its expense, whoever paired them; false when it had none. */
export async function unpairLine(tx: SqlTx, owner: Owner, lineId: string): Promise<boolean> {
  if (!isUuid(lineId)) return false;
  await lockOwner(tx, owner);
  const params: SqlParam[] = [lineId];
  const expenseScope = ownerFilter(owner, params, 'e');
  const lineScope = ownerFilter(owner, params, 'l');
  const rows = await tx.query(
    `update expenses e set bank_line_id = null, updated_at = now()
     where e.bank_line_id = $1::uuid and ${expenseScope}
       and exists (select 1 from bank_lines l where l.id = e.bank_line_id and ${lineScope})
     returning e.id`,
    params,
  );
  return rows.length > 0;
}

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
