/** Expenses: the list (keyset pages, newest first), edits with last-writer-wins per field, import. */
import {
  decodeCursor,
  type Expense,
  type ExpenseList,
  encodeCursor,
  type FieldStamps,
  resolveFieldEdits,
} from '@voicetrack/shared';
import type { ExpenseStore } from '../ports.ts';
import { type AsOwner, isUuid, ownerFilter } from './owner-scope.ts';
import { EXPENSE_COLUMNS, type ExpenseRow, toExpense } from './rows.ts';
import type { SqlParam } from './sql.ts';

export function createExpenseStore(asOwner: AsOwner): ExpenseStore {
  return {
    list: (owner, query) =>
      asOwner(owner, async (tx): Promise<ExpenseList> => {
        const params: SqlParam[] = [];
        const where = [ownerFilter(owner, params, 'e')];
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
          `select ${EXPENSE_COLUMNS} from expenses e where e.id = $1 and ${ownerFilter(owner, params, 'e')}`,
          params,
        );
        return rows[0] ? toExpense(rows[0]) : null;
      });
    },

    update: async (owner, id, patch) => {
      if (!isUuid(id)) return null;
      return asOwner(
        owner,
        async (tx): Promise<Expense | null> => {
          const ownerParams: SqlParam[] = [id];
          const [row] = await tx.query<{ stamps: string; created_at: string }>(
            `select e.field_stamps::text as stamps, e.created_at::text as created_at from expenses e
             where e.id = $1 and ${ownerFilter(owner, ownerParams, 'e')} for update`,
            ownerParams,
          );
          if (!row) return null;
          // Last writer wins, field by field: an edit made offline long ago cannot undo a newer one.
          const { editedAt, ...fields } = patch;
          const won = resolveFieldEdits(
            JSON.parse(row.stamps) as FieldStamps,
            row.created_at,
            fields,
            editedAt ?? new Date().toISOString(),
          );
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
          if (Object.keys(won.apply).length > 0) {
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
          return rows[0] ? toExpense(rows[0]) : null;
        },
        true,
      );
    },

    delete: async (owner, id) => {
      if (!isUuid(id)) return false;
      return asOwner(owner, async (tx) => {
        const params: SqlParam[] = [id];
        const rows = await tx.query<{ id: string }>(
          `delete from expenses e where e.id = $1 and ${ownerFilter(owner, params, 'e')} returning e.id::text as id`,
          params,
        );
        return rows.length > 0;
      });
    },

    import: (owner, rows) =>
      asOwner(
        owner,
        async (tx) => {
          let imported = 0;
          for (const r of rows) {
            const inserted = await tx.query(
              `insert into expenses (user_id, client_id, position, amount, currency, category, description,
                 expense_date, transcript, source, status, parsed_by, created_at)
               values ($1, $2, $3, $4::numeric, $5, $6, $7, $8::text::date, $9, $10, $11, 'user',
                 coalesce($12::text::timestamptz, now()))
               on conflict on constraint expenses_client_key do nothing
               returning 1 as one`,
              [
                owner.userId,
                r.clientId,
                r.position,
                r.amount,
                r.currency,
                r.category,
                r.description,
                r.date,
                r.transcript,
                r.source,
                r.amount === null ? 'needs_review' : r.status,
                r.createdAt ?? null,
              ],
            );
            imported += inserted.length;
          }
          return { imported, duplicates: rows.length - imported };
        },
        true,
      ),
  };
}
