/**
 * Reconciliation over the Sql port: matching a window again, a month's lines and expenses, and
 * the person's answers to a suggestion (accept: an expense from the line, matched to it; ignore,
 * and its undo; pair with an expense, and its undo: bank-pairing.ts).
 */
import { type Category, PAIR_DAYS } from '@voicetrack/shared';
import type { AcceptOutcome, BankLineRow, ReconcileStore } from '../ports.ts';
import { lockOwner, planOutcome, planWindow, planWrites, rematchWindow } from './bank-match.ts';
import { candidateExpenses, unpairedNear } from './bank-offers.ts';
import { pairLine, unpairLine } from './bank-pairing.ts';
import { type AsOwner, isUuid, ownerFilter } from './owner-scope.ts';
import { EXPENSE_COLUMNS, type ExpenseRow, toExpense } from './rows.ts';
import { type SqlParam, type SqlTx, sqlBool } from './sql.ts';

const LINE_COLUMNS = `l.id::text as id, l.booking_date::text as date, l.value_date::text as value_date,
  l.amount::text as amount, l.currency::text as currency, l.original_amount::text as original_amount,
  l.original_currency::text as original_currency, l.label, l.category, l.direction, l.withdrawal,
  l.candidates::text as candidates`;

interface LineRow {
  id: string;
  date: string;
  value_date: string | null;
  amount: string;
  currency: string;
  original_amount: string | null;
  original_currency: string | null;
  label: string;
  category: Category;
  direction: 'debit' | 'credit';
  withdrawal: boolean | string;
  candidates: string;
}

const toLine = (r: LineRow): BankLineRow => ({
  id: r.id,
  date: r.date,
  valueDate: r.value_date,
  amount: r.amount,
  currency: r.currency,
  originalAmount: r.original_amount,
  originalCurrency: r.original_currency,
  label: r.label,
  category: r.category,
  direction: r.direction,
  withdrawal: sqlBool(r.withdrawal),
  candidates: JSON.parse(r.candidates) as string[],
});

async function findLine(tx: SqlTx, owner: Parameters<AsOwner>[0], lineId: string, lock = false) {
  const params: SqlParam[] = [lineId];
  const [row] = await tx.query<LineRow & { ignored: boolean | string }>(
    `select ${LINE_COLUMNS}, l.ignored_at is not null as ignored from bank_lines l
     where l.id = $1::uuid and ${ownerFilter(owner, params, 'l')}${lock ? ' for update' : ''}`,
    params,
  );
  return row;
}

const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The days an expense paired by hand with one of these open debits may be on; null without one. */
function pairSpan(lines: readonly BankLineRow[]): [string, string] | null {
  const days = lines
    .filter((l) => l.direction === 'debit' && !l.withdrawal)
    .flatMap((l) => (l.valueDate === null ? [l.date] : [l.date, l.valueDate]))
    .sort();
  const first = days[0];
  const last = days.at(-1);
  return first && last ? [shift(first, -PAIR_DAYS), shift(last, PAIR_DAYS)] : null;
}

export function createReconcileStore(asOwner: AsOwner): ReconcileStore {
  return {
    rematch: async (owner, from, to, match) => {
      // Read and decided first without a transaction of its own nor the person's lock: when there is
      // nothing to pair and no candidate changes (a page read again, nothing new), nothing is
      // written. Otherwise, again under the lock, as an import does.
      const plan = await asOwner(owner, (tx) => planWindow(tx, owner, from, to, match));
      if (!planWrites(plan)) return planOutcome(plan);
      return asOwner(
        owner,
        async (tx) => {
          await lockOwner(tx, owner);
          return rematchWindow(tx, owner, from, to, match);
        },
        true,
      );
    },

    unmatch: async (owner, expenseId) => {
      if (!isUuid(expenseId)) return false;
      return asOwner(owner, async (tx) => {
        const params: SqlParam[] = [expenseId];
        const rows = await tx.query(
          // The amount is the person's now: nothing for an undo to give back.
          `update expenses e set bank_line_id = null, amount_before_bank = null
           where e.id = $1::uuid and e.bank_line_id is not null and ${ownerFilter(owner, params, 'e')} returning e.id`,
          params,
        );
        return rows.length > 0;
      });
    },

    month: (owner, month) =>
      asOwner(owner, async (tx) => {
        const from = `${month}-01`;
        const params: SqlParam[] = [from];
        const scope = ownerFilter(owner, params, 'x');
        const ownerOnly: SqlParam[] = [];
        const [last] = await tx.query<{ last: string | null }>(
          `select max(x.last_date)::text as last from bank_statements x where ${ownerFilter(owner, ownerOnly, 'x')}`,
          ownerOnly,
        );
        const expenses = await tx.query<{
          id: string;
          date: string;
          amount: string;
          currency: string;
          category: Category;
          description: string;
          bank_line_id: string | null;
        }>(
          `select x.id::text as id, x.expense_date::text as date, x.amount::text as amount,
             x.currency::text as currency, x.category, x.description, x.bank_line_id::text as bank_line_id
           from expenses x
           where ${scope} and x.status = 'saved' and x.amount is not null
             and x.expense_date >= $1::text::date and x.expense_date < ($1::text::date + interval '1 month')
           order by x.expense_date, x.created_at, x.id`,
          params,
        );
        const lines = await tx.query<LineRow>(
          `select ${LINE_COLUMNS.replaceAll('l.', 'x.')} from bank_lines x
           where ${scope}
             and x.booking_date >= $1::text::date and x.booking_date < ($1::text::date + interval '1 month')
             and (x.direction = 'credit' or x.withdrawal
                  or (x.ignored_at is null and not exists (select 1 from expenses e where e.bank_line_id = x.id)))
           order by x.booking_date, x.file_line, x.id`,
          params,
        );
        const open = lines.map(toLine);
        // The lines of the month's paired expenses, each looked up by its key: the lateral
        // subquery, fenced (offset 0) and given only the key, leaves the planner no other index;
        // the owner's check comes after it. PGlite gathers no statistics (no autovacuum), and
        // without them `x.id in (select …)`, `any($1::uuid[])` and the same lookup with the owner
        // inside ran as a scan of the person's lines for each pair: 100 to 150 ms of CPU for June's
        // 105 pairs among 450 to 1,800 lines (pnpm bench reconciliation).
        const pairedParams: SqlParam[] = [
          JSON.stringify(expenses.flatMap((e) => (e.bank_line_id === null ? [] : [e.bank_line_id]))),
        ];
        const paired = await tx.query<LineRow>(
          `select ${LINE_COLUMNS.replaceAll('l.', 'x.')}
           from jsonb_array_elements_text($1::text::jsonb) as paired(id)
           cross join lateral (select * from bank_lines y where y.id = paired.id::uuid offset 0) x
           where ${ownerFilter(owner, pairedParams, 'x')}
           order by x.booking_date, x.id`,
          pairedParams,
        );
        return {
          lastStatementDate: last?.last ?? null,
          expenses: expenses.map(({ bank_line_id, ...e }) => ({ ...e, bankLineId: bank_line_id })),
          lines: open,
          candidates: await candidateExpenses(
            tx,
            owner,
            open.flatMap((l) => l.candidates),
          ),
          pairedLines: paired.map(toLine),
          nearby: await unpairedNear(tx, owner, pairSpan(open)),
        };
      }),

    line: async (owner, lineId) => {
      if (!isUuid(lineId)) return null;
      return asOwner(owner, async (tx) => {
        const row = await findLine(tx, owner, lineId);
        return row ? toLine(row) : null;
      });
    },

    accept: async (owner, lineId, chosen) => {
      if (!isUuid(lineId)) return { kind: 'not_found' };
      return asOwner(
        owner,
        async (tx): Promise<AcceptOutcome> => {
          await lockOwner(tx, owner);
          const row = await findLine(tx, owner, lineId, true);
          if (!row) return { kind: 'not_found' };
          const line = toLine(row);
          if (line.direction !== 'debit' || line.withdrawal) return { kind: 'not_a_debit' };
          const [taken] = await tx.query<ExpenseRow>(
            `select ${EXPENSE_COLUMNS} from expenses e where e.bank_line_id = $1::uuid`,
            [lineId],
          );
          if (taken) return { kind: 'already', expense: toExpense(taken) };
          // The day the person paid: a card's value date comes before the booking.
          const day = line.valueDate && line.valueDate < line.date ? line.valueDate : line.date;
          const [inserted] = await tx.query<ExpenseRow>(
            `insert into expenses as e (user_id, client_id, position, amount, currency, category, description,
               expense_date, source, status, parsed_by, bank_line_id, provenance)
             values ($1::uuid, $2::uuid, 0, $3::numeric, $4, $5, $6, $7::text::date, 'bank', 'saved', 'user', $2::uuid,
               $8::text::jsonb)
             on conflict on constraint expenses_client_key do nothing
             returning ${EXPENSE_COLUMNS}`,
            [
              owner.userId,
              lineId,
              line.amount,
              line.currency,
              chosen.category,
              chosen.description,
              day,
              JSON.stringify(chosen.provenance),
            ],
          );
          if (!inserted) return { kind: 'not_found' };
          await tx.query(`update bank_lines set ignored_at = null where id = $1::uuid`, [lineId]);
          return { kind: 'accepted', expense: toExpense(inserted), line };
        },
        true,
      );
    },

    ignore: async (owner, lineId) => {
      if (!isUuid(lineId)) return false;
      return asOwner(owner, async (tx) => {
        const params: SqlParam[] = [lineId];
        const rows = await tx.query(
          `update bank_lines l set ignored_at = coalesce(l.ignored_at, now())
           where l.id = $1::uuid and ${ownerFilter(owner, params, 'l')} and l.direction = 'debit'
             and not exists (select 1 from expenses e where e.bank_line_id = l.id)
           returning l.id`,
          params,
        );
        return rows.length > 0;
      });
    },

    pair: (owner, lineId, expenseId, keepBankAmount) =>
      asOwner(owner, (tx) => pairLine(tx, owner, lineId, expenseId, keepBankAmount), true),

    unpair: (owner, lineId) => asOwner(owner, (tx) => unpairLine(tx, owner, lineId), true),

    unignore: async (owner, lineId) => {
      if (!isUuid(lineId)) return false;
      return asOwner(owner, async (tx) => {
        const params: SqlParam[] = [lineId];
        const rows = await tx.query(
          `update bank_lines l set ignored_at = null
           where l.id = $1::uuid and ${ownerFilter(owner, params, 'l')} and l.ignored_at is not null
           returning l.id`,
          params,
        );
        return rows.length > 0;
      });
    },
  };
}
