/** Expenses: the list (keyset pages, newest first), edits with last-writer-wins per field, import. */
import {
  ANY_PROVENANCE_FIELDS,
  decimalToCents,
  decodeCursor,
  type Expense,
  type ExpenseList,
  type ExportedExpense,
  editedBy,
  editMoment,
  encodeCursor,
  type FieldStamps,
  resolveFieldEdits,
  resplitCents,
  type Share,
} from '@voicetrack/shared';
import type { ExpenseStore } from '../ports.ts';
import {
  type AsOwner,
  householdFilter,
  isUuid,
  mineAndSharedFilter,
  ownedOrSharedFilter,
  personalFilter,
} from './owner-scope.ts';
import { EXPENSE_COLUMNS, type ExpenseRow, toExpense } from './rows.ts';
import type { SqlParam } from './sql.ts';

/** Rows per import statement (and transaction). */
const IMPORT_CHUNK = 500;

const importRow = (r: ExportedExpense) => ({
  client_id: r.clientId,
  position: r.position,
  amount: r.amount,
  currency: r.currency,
  category: r.category,
  description: r.description,
  date: r.date,
  transcript: r.transcript,
  source: r.source,
  // Nothing without an amount counts: it waits for the person.
  status: r.amount === null ? 'needs_review' : r.status,
  created_at: r.createdAt ?? null,
  reimbursable: r.reimbursable ?? false,
  provenance: r.provenance ?? null,
  household_id: r.householdId ?? null,
  paid_by: r.paidBy ?? null,
  split: r.split ?? null,
});

/**
 * The shares to write: as given when they sum to the bill's amount; in their proportions when a
 * newer edit kept another amount than the one they were given for (resplitCents, the trigger's
 * rule for an edited amount). null: the bill has no amount to share.
 */
function sharesFor(amount: string | null, split: readonly Share[]): Share[] | null {
  const total = amount === null ? null : decimalToCents(amount);
  if (total === null) return null;
  return split.reduce((sum, s) => sum + s.cents, 0) === total ? [...split] : resplitCents(total, split);
}

export function createExpenseStore(asOwner: AsOwner): ExpenseStore {
  return {
    list: (owner, query) =>
      asOwner(owner, async (tx): Promise<ExpenseList> => {
        const params: SqlParam[] = [];
        // A household's bills, whoever recorded them (its members only), or the owner's own
        // (with the bills of their households for the exports).
        const where = [
          query.householdId
            ? householdFilter(owner, params, query.householdId)
            : query.withHouseholds
              ? mineAndSharedFilter(owner, params, 'e')
              : personalFilter(owner, params, 'e'),
        ];
        const add = (clause: (n: number) => string, value: SqlParam) => {
          params.push(value);
          where.push(clause(params.length));
        };
        if (query.from) add((n) => `e.expense_date >= $${n}::text::date`, query.from);
        if (query.to) add((n) => `e.expense_date <= $${n}::text::date`, query.to);
        if (query.category) add((n) => `e.category = $${n}`, query.category);
        if (query.status) add((n) => `e.status = $${n}`, query.status);
        if (query.cursor) {
          // Validated by the route's schema: a bad cursor here is a bug, not the client's mistake.
          const c = decodeCursor(query.cursor);
          if (!c) throw new Error('listExpenses was given an unvalidated cursor');
          params.push(...c);
          const n = params.length;
          where.push(
            `(e.expense_date, e.created_at, e.id) < ($${n - 2}::text::date, $${n - 1}::text::timestamptz, $${n}::uuid)`,
          );
        }
        const limit = query.limit ?? 50;
        params.push(limit + 1);
        const rows = await tx.query<ExpenseRow>(
          `select ${EXPENSE_COLUMNS} from expenses e where ${where.join(' and ')}
           order by e.expense_date desc, e.created_at desc, e.id desc limit $${params.length}`,
          params,
        );
        const expenses = rows.slice(0, limit).map(toExpense);
        const last = expenses.at(-1);
        return { expenses, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
      }),

    get: async (owner, id) => {
      if (!isUuid(id)) return null;
      return asOwner(owner, async (tx): Promise<Expense | null> => {
        const params: SqlParam[] = [id];
        const rows = await tx.query<ExpenseRow>(
          `select ${EXPENSE_COLUMNS} from expenses e where e.id = $1 and ${ownedOrSharedFilter(owner, params, 'e')}`,
          params,
        );
        return rows[0] ? toExpense(rows[0]) : null;
      });
    },

    update: async (owner, id, patch) => {
      if (!isUuid(id)) return null;
      return asOwner(
        owner,
        async (tx) => {
          const ownerParams: SqlParam[] = [id];
          const [row] = await tx.query<{
            stamps: string;
            amount: string | null;
            household_id: string | null;
          }>(
            `select e.field_stamps::text as stamps, e.amount::text as amount, e.household_id::text as household_id
             from expenses e
             where e.id = $1 and ${ownedOrSharedFilter(owner, ownerParams, 'e')} for update`,
            ownerParams,
          );
          if (!row) return null;
          // Last writer wins, field by field: an edit made offline long ago cannot undo a newer one.
          // Its time on this server's clock, whatever the phone's (editMoment: shifted by the
          // phone's clock at sending; never later than now).
          const { editedAt, sentAt, ...fields } = patch;
          const when = editMoment(editedAt, sentAt, new Date());
          const won = resolveFieldEdits(JSON.parse(row.stamps) as FieldStamps, fields, when);
          // A payer and shares only on a household's bill (the caller checked it); shares given for
          // another amount than the one kept are re-split to it, and none are written without one.
          const drop = (field: 'paidBy' | 'split') => {
            delete won.apply[field];
            delete won.stamps[field];
          };
          const split =
            row.household_id === null || won.apply.split === undefined
              ? null
              : sharesFor(won.apply.amount ?? row.amount, won.apply.split);
          if (row.household_id === null) drop('paidBy');
          if (!split) drop('split');
          const params: SqlParam[] = [id, JSON.stringify(won.stamps)];
          const sets = [`field_stamps = e.field_stamps || $2::text::jsonb`];
          const set = (column: string, value: SqlParam, cast = '') => {
            params.push(value);
            sets.push(`${column} = $${params.length}${cast}`);
            return `$${params.length}${cast}`;
          };
          const amount =
            won.apply.amount !== undefined ? set('amount', won.apply.amount, '::numeric') : 'e.amount';
          if (won.apply.currency !== undefined) set('currency', won.apply.currency);
          if (won.apply.category !== undefined) set('category', won.apply.category);
          if (won.apply.description !== undefined) set('description', won.apply.description);
          if (won.apply.date !== undefined) set('expense_date', won.apply.date, '::text::date');
          if (won.apply.paidBy !== undefined) set('paid_by', won.apply.paidBy, '::uuid');
          if (split) set('split', JSON.stringify(split), '::text::jsonb');
          if (Object.keys(won.apply).length > 0) {
            // The fields a person set are theirs now (provenance.ts); the others keep where they came from.
            const mine = editedBy(
              null,
              ANY_PROVENANCE_FIELDS.filter((f) => won.apply[f] !== undefined),
              when.slice(0, 10),
            );
            params.push(JSON.stringify(mine));
            sets.push(`provenance = coalesce(e.provenance, '{}'::jsonb) || $${params.length}::text::jsonb`);
            // A person looked at it: once it has an amount, it no longer waits for review.
            sets.push(
              `status = case when ${amount} is not null then 'saved' else e.status end`,
              `review_reason = case when ${amount} is not null then null else e.review_reason end`,
            );
          }
          const rows = await tx.query<ExpenseRow>(
            `update expenses as e set ${sets.join(', ')} where e.id = $1 returning ${EXPENSE_COLUMNS}`,
            params,
          );
          return rows[0] ? { expense: toExpense(rows[0]), lost: won.rejected } : null;
        },
        true,
      );
    },

    delete: async (owner, id) => {
      if (!isUuid(id)) return false;
      return asOwner(owner, async (tx) => {
        const params: SqlParam[] = [id];
        const rows = await tx.query<{ id: string }>(
          `delete from expenses e where e.id = $1 and ${ownedOrSharedFilter(owner, params, 'e')} returning e.id::text as id`,
          params,
        );
        return rows.length > 0;
      });
    },

    import: async (owner, rows) => {
      let imported = 0;
      // Short transactions of a few hundred rows, one statement each: an import never holds a
      // connection (or PGlite's lock) for long, and a resumed import skips what is already in.
      for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
        const chunk = rows.slice(i, i + IMPORT_CHUNK);
        imported += await asOwner(
          owner,
          async (tx) => {
            await tx.query(`select set_config('statement_timeout', '15s', true)`);
            const inserted = await tx.query<{ n: number }>(
              `with ins as (
                 insert into expenses (user_id, client_id, position, amount, currency, category, description,
                   expense_date, transcript, source, status, parsed_by, created_at, reimbursable, provenance,
                   household_id, paid_by, split)
                 select $1::uuid, r.client_id, r.position, r.amount::numeric, r.currency, r.category, r.description,
                   r.date::date, r.transcript, r.source, r.status, 'user', coalesce(r.created_at::timestamptz, now()),
                   coalesce(r.reimbursable, false), r.provenance, r.household_id, r.paid_by, r.split
                 from jsonb_to_recordset($2::text::jsonb) as r(client_id uuid, position int, amount text,
                   currency text, category text, description text, date text, transcript text, source text,
                   status text, created_at text, reimbursable boolean, provenance jsonb, household_id uuid,
                   paid_by uuid, split jsonb)
                 -- A household's bill is there once, whichever member recorded or imported it.
                 where r.household_id is null or not exists (
                   select 1 from expenses x
                   where x.household_id = r.household_id and x.client_id = r.client_id and x.position = r.position)
                 on conflict on constraint expenses_client_key do nothing
                 returning 1
               ) select count(*)::int as n from ins`,
              [owner.userId, JSON.stringify(chunk.map(importRow))],
            );
            return Number(inserted[0]?.n ?? 0);
          },
          true,
        );
      }
      return { imported, duplicates: rows.length - imported };
    },
  };
}
