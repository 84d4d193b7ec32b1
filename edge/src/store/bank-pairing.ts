/**
 * The person's own pairing of a bank line with an expense (a line several expenses fit, which the
 * matcher left open, or an expense of another amount: pair-by-hand.ts; a household's bill is then
 * split again in the same proportions), and its undo, which keeps them apart. Under the owner's bank
 * lock, as the matcher's writes are. What the page offers to pair: bank-offers.ts.
 */
import { bankAmountIn, closeEnoughToPair, decimalToCents, resplitCents } from '@voicetrack/shared';
import type { Owner, PairOutcome } from '../ports.ts';
import { lockOwner } from './bank-match.ts';
import { isUuid, ownerFilter } from './owner-scope.ts';
import { EXPENSE_COLUMNS, type ExpenseRow, toExpense } from './rows.ts';
import { readSplit } from './split-column.ts';
import { type SqlParam, type SqlTx, sqlBool } from './sql.ts';

interface PairLineRow {
  direction: 'debit' | 'credit';
  withdrawal: boolean | string;
  date: string;
  value_date: string | null;
  amount: string;
  currency: string;
  original_amount: string | null;
  original_currency: string | null;
  paired: boolean | string;
}

interface PairExpenseRow {
  date: string;
  amount: string | null;
  currency: string;
  status: string;
  bank_line_id: string | null;
  household_id: string | null;
  split: string | null;
}

/**
 * Pairs the line with the expense when both are the owner's and can be the same payment; checks in
 * the order a person would fix them. Another amount is refused unless `keepBankAmount`: the expense
 * then takes the bank's, and keeps the one it had for the undo.
 */
export async function pairLine(
  tx: SqlTx,
  owner: Owner,
  lineId: string,
  expenseId: string,
  keepBankAmount: boolean,
): Promise<PairOutcome> {
  if (!isUuid(lineId)) return { kind: 'line_not_found' };
  if (!isUuid(expenseId)) return { kind: 'expense_not_found' };
  await lockOwner(tx, owner);
  const lineParams: SqlParam[] = [lineId];
  const [line] = await tx.query<PairLineRow>(
    `select l.direction, l.withdrawal, l.booking_date::text as date, l.value_date::text as value_date,
       l.amount::text as amount, l.currency::text as currency, l.original_amount::text as original_amount,
       l.original_currency::text as original_currency,
       exists (select 1 from expenses x where x.bank_line_id = l.id) as paired
     from bank_lines l where l.id = $1::uuid and ${ownerFilter(owner, lineParams, 'l')} for update of l`,
    lineParams,
  );
  if (!line) return { kind: 'line_not_found' };
  const expenseParams: SqlParam[] = [expenseId];
  const [expense] = await tx.query<PairExpenseRow>(
    `select e.expense_date::text as date, e.amount::text as amount, e.currency::text as currency, e.status,
       e.bank_line_id::text as bank_line_id, e.household_id::text as household_id, e.split::text as split
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
  if (expense.status !== 'saved' || expense.amount === null) return { kind: 'not_saved' };
  // The account's own currency, or the one a card paid in abroad (as the matcher reads a line).
  const bank = bankAmountIn(
    {
      amount: line.amount,
      currency: line.currency,
      originalAmount: line.original_amount,
      originalCurrency: line.original_currency,
    },
    expense.currency,
  );
  if (bank === null) return { kind: 'currency_mismatch' };
  if (!closeEnoughToPair({ date: line.date, valueDate: line.value_date }, expense.date))
    return { kind: 'dates_too_far' };
  const retold = decimalToCents(bank) !== decimalToCents(expense.amount);
  if (retold && !keepBankAmount)
    return { kind: 'amount_mismatch', bankAmount: bank, saidAmount: expense.amount };
  // A household's bill at another amount is split again in the same proportions, to the cent (the
  // household's own rule: shared/src/households/split.ts); the shares it had are kept for the undo.
  const split =
    retold && expense.household_id !== null
      ? resplitCents(decimalToCents(bank) ?? 0, readSplit(expense.split))
      : null;
  if (retold && expense.household_id !== null && split === null) return { kind: 'shared' };
  const [paired] = await tx.query<ExpenseRow>(
    // updated_at set here spares the row trigger, as the matcher's own update does. Another amount:
    // the bank's is kept, stamped now (a person's choice, as an edit), the one said kept for the undo.
    `update expenses e set bank_line_id = $2::uuid, updated_at = now(),
       amount = case when $3::boolean then $4::numeric else e.amount end,
       split = coalesce($6::text::jsonb, e.split),
       amount_before_bank = case when $3::boolean
         then jsonb_build_object('amount', e.amount::text, 'origin', e.provenance -> 'amount',
           'provenance', e.provenance is not null)
           || case when $6::text is null then '{}'::jsonb
              else jsonb_build_object('split', e.split, 'bankSplit', $6::text::jsonb) end end,
       provenance = case when $3::boolean
         then coalesce(e.provenance, '{}'::jsonb) || '{"amount": {"from": "bank"}}'::jsonb else e.provenance end,
       field_stamps = case when $3::boolean
         then e.field_stamps || jsonb_build_object('amount', $5::text) else e.field_stamps end
     where e.id = $1::uuid and e.bank_line_id is null returning ${EXPENSE_COLUMNS}`,
    [
      expenseId,
      lineId,
      retold,
      bank,
      new Date().toISOString(),
      split === null ? null : JSON.stringify(split),
    ],
  );
  if (!paired) return { kind: 'expense_paired' };
  // A paired line is no suggestion: ignored or not before, its candidates are moot now; paired by
  // hand, it is no longer kept apart from this expense.
  await tx.query(
    `update bank_lines set ignored_at = null, candidates = '[]'::jsonb, kept_apart = kept_apart - $2::text
     where id = $1::uuid`,
    [lineId, expenseId],
  );
  return { kind: 'paired', expense: toExpense(paired), retold };
}

/**
 * The columns an unpairing sets on an expense (`e`) that took the bank's amount, `$stamp` the time
 * of the change: the amount said, and where it came from, back, unless the person changed the
 * amount since (it is no longer the bank's); a household's bill its shares too, as they were, when
 * they are still the ones the pairing gave; nothing to give back afterwards.
 */
export function amountSaidBack(stamp: string): string {
  const back = `(e.amount_before_bank is not null and e.provenance -> 'amount' ->> 'from' = 'bank')`;
  return `amount = case when ${back} then (e.amount_before_bank ->> 'amount')::numeric else e.amount end,
       split = case when ${back} and e.amount_before_bank -> 'split' is not null
           and e.split = e.amount_before_bank -> 'bankSplit'
         then e.amount_before_bank -> 'split' else e.split end,
       provenance = case
         when not ${back} then e.provenance
         when jsonb_typeof(e.amount_before_bank -> 'origin') = 'object'
           then e.provenance || jsonb_build_object('amount', e.amount_before_bank -> 'origin')
         -- A row kept before provenance was recorded had none: it has none again.
         when e.provenance - 'amount' = '{}'::jsonb and e.amount_before_bank -> 'provenance' = 'false'::jsonb
           then null
         else e.provenance - 'amount' end,
       field_stamps = case when ${back}
         then e.field_stamps || jsonb_build_object('amount', ${stamp}::text) else e.field_stamps end,
       amount_before_bank = null`;
}

/**
 * Unpairs the owner's line from its expense, whoever paired them (the matcher or the person), and
 * keeps them apart: the matcher will not pair them again. An expense that took the bank's amount
 * gets the one it had back, with where it came from, unless the person changed it since. Null when
 * the line had no expense.
 */
export async function unpairLine(tx: SqlTx, owner: Owner, lineId: string): Promise<string | null> {
  if (!isUuid(lineId)) return null;
  await lockOwner(tx, owner);
  const params: SqlParam[] = [lineId, new Date().toISOString()];
  const expenseScope = ownerFilter(owner, params, 'e');
  const lineScope = ownerFilter(owner, params, 'l');
  const [row] = await tx.query<{ id: string }>(
    `update expenses e set bank_line_id = null, updated_at = now(), ${amountSaidBack('$2')}
     where e.bank_line_id = $1::uuid and ${expenseScope}
       and exists (select 1 from bank_lines l where l.id = e.bank_line_id and ${lineScope})
     returning e.id::text as id`,
    params,
  );
  if (!row) return null;
  await tx.query(
    `update bank_lines set kept_apart = kept_apart || jsonb_build_array($2::text)
     where id = $1::uuid and not kept_apart @> jsonb_build_array($2::text)`,
    [lineId, row.id],
  );
  return row.id;
}
