/**
 * Recurring rules, and the expenses they make. Making them is one transaction per rule: the rule
 * row locked, its expenses inserted (a clientId that exists is skipped: the expenses' unique key
 * is the last word on "once per rule and month"), its next date moved on.
 */
import type { RecurringRule } from '@voicetrack/shared';
import type { DueRule, NewRule, RecurringStore } from '../ports.ts';
import { type AsOwner, isUuid, ownerFilter } from './owner-scope.ts';
import { EXPENSE_COLUMNS, type ExpenseRow, toExpense } from './rows.ts';
import type { Sql, SqlParam } from './sql.ts';

const stamp = (column: string) => `to_char(r.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const RULE_COLUMNS = `r.id::text as id, r.amount::text as amount, r.currency::text as currency, r.category,
  r.description, r.day_of_month::int as "dayOfMonth", r.timezone, r.next_date::text as "nextDate",
  ${stamp('created_at')} as "createdAt", ${stamp('updated_at')} as "updatedAt"`;

/** Rows come back as text (postgres.js) or numbers (PGlite): one shape either way. */
const toRule = (row: RecurringRule): RecurringRule => ({ ...row, dayOfMonth: Number(row.dayOfMonth) });

const COLUMN_OF: Record<keyof NewRule, [string, string]> = {
  amount: ['amount', '::numeric'],
  currency: ['currency', ''],
  category: ['category', ''],
  description: ['description', ''],
  dayOfMonth: ['day_of_month', '::int'],
  timezone: ['timezone', ''],
  nextDate: ['next_date', '::text::date'],
};

export function createRecurringStore(asOwner: AsOwner, sql: Sql): RecurringStore {
  const get = async (owner: Parameters<AsOwner>[0], id: string) => {
    if (!isUuid(id)) return null;
    return asOwner(owner, async (tx) => {
      const params: SqlParam[] = [id];
      const [row] = await tx.query<RecurringRule>(
        `select ${RULE_COLUMNS} from recurring_rules r where r.id = $1 and ${ownerFilter(owner, params, 'r')}`,
        params,
      );
      return row ? toRule(row) : null;
    });
  };

  return {
    create: (owner, rule) =>
      asOwner(owner, async (tx) => {
        const [row] = await tx.query<RecurringRule>(
          `insert into recurring_rules as r (user_id, amount, currency, category, description, day_of_month,
             timezone, next_date)
           values ($1, $2::numeric, $3, $4, $5, $6::int, $7, $8::text::date) returning ${RULE_COLUMNS}`,
          [
            owner.userId,
            rule.amount,
            rule.currency,
            rule.category,
            rule.description,
            rule.dayOfMonth,
            rule.timezone,
            rule.nextDate,
          ],
        );
        if (!row) throw new Error('the rule was not written');
        return toRule(row);
      }),

    list: (owner) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [];
        const rows = await tx.query<RecurringRule>(
          `select ${RULE_COLUMNS} from recurring_rules r where ${ownerFilter(owner, params, 'r')}
           order by r.day_of_month, r.created_at, r.id`,
          params,
        );
        return rows.map(toRule);
      }),

    get,

    update: async (owner, id, changes) => {
      if (!isUuid(id)) return null;
      const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
      if (entries.length === 0) return get(owner, id);
      return asOwner(owner, async (tx) => {
        const params: SqlParam[] = [id];
        const sets = entries.map(([key, value]) => {
          const [column, cast] = COLUMN_OF[key as keyof NewRule];
          params.push(value as SqlParam);
          return `${column} = $${params.length}${cast}`;
        });
        const [row] = await tx.query<RecurringRule>(
          `update recurring_rules r set ${sets.join(', ')} where r.id = $1 and ${ownerFilter(owner, params, 'r')}
           returning ${RULE_COLUMNS}`,
          params,
        );
        return row ? toRule(row) : null;
      });
    },

    delete: async (owner, id) => {
      if (!isUuid(id)) return false;
      return asOwner(owner, async (tx) => {
        const params: SqlParam[] = [id];
        const rows = await tx.query(
          `delete from recurring_rules r where r.id = $1 and ${ownerFilter(owner, params, 'r')} returning 1 as one`,
          params,
        );
        return rows.length > 0;
      });
    },

    dueBy: async (owner, until) => {
      const query = async (run: Pick<Sql, 'query'>, params: SqlParam[], scope: string) =>
        run.query<RecurringRule & { user_id: string | null }>(
          `select ${RULE_COLUMNS}, r.user_id::text as user_id from recurring_rules r
           where r.next_date <= $1::text::date ${scope} order by r.next_date, r.id limit 1000`,
          params,
        );
      // The server's schedule reads every user's rules on its own connection; a request, its owner's.
      const rows = owner
        ? await asOwner(owner, (tx) => {
            const params: SqlParam[] = [until];
            return query(tx, params, `and ${ownerFilter(owner, params, 'r')}`);
          })
        : await query(sql, [until], '');
      return rows.map(({ user_id, ...rule }): DueRule => ({ rule: toRule(rule), userId: user_id }));
    },

    materialize: async (owner, ruleId, expectedNext, occurrences, next) =>
      asOwner(
        owner,
        async (tx) => {
          const params: SqlParam[] = [ruleId, expectedNext];
          // The lock makes a second runner wait here, then find the next date moved on: nothing to do.
          const [locked] = await tx.query<{ id: string }>(
            `select r.id::text as id from recurring_rules r
             where r.id = $1 and r.next_date = $2::text::date and ${ownerFilter(owner, params, 'r')} for update`,
            params,
          );
          if (!locked) return [];
          const made = await tx.query<ExpenseRow>(
            `insert into expenses as e (user_id, client_id, position, amount, currency, category, description,
               expense_date, transcript, source, status, parsed_by)
             select r.user_id, o.client_id, 0, r.amount, r.currency, r.category, r.description, o.date::date,
               null, 'recurring', 'saved', 'user'
             from recurring_rules r, jsonb_to_recordset($2::text::jsonb) as o(date text, client_id uuid)
             where r.id = $1
             on conflict on constraint expenses_client_key do nothing
             returning ${EXPENSE_COLUMNS}`,
            [ruleId, JSON.stringify(occurrences.map((o) => ({ date: o.date, client_id: o.clientId })))],
          );
          await tx.query(`update recurring_rules set next_date = $2::text::date where id = $1`, [
            ruleId,
            next,
          ]);
          return made.map(toExpense);
        },
        true,
      ),

    import: (owner, rules) =>
      asOwner(
        owner,
        async (tx) => {
          const [row] = await tx.query<{ n: number }>(
            `with ins as (
               insert into recurring_rules (id, user_id, amount, currency, category, description, day_of_month,
                 timezone, next_date, created_at)
               select r.id, $1::uuid, r.amount::numeric, r.currency, r.category, r.description, r."dayOfMonth",
                 r.timezone, r."nextDate"::date, coalesce(r."createdAt"::timestamptz, now())
               from jsonb_to_recordset($2::text::jsonb) as r(id uuid, amount text, currency text, category text,
                 description text, "dayOfMonth" int, timezone text, "nextDate" text, "createdAt" text)
               on conflict (id) do nothing returning 1
             ) select count(*)::int as n from ins`,
            [owner.userId, JSON.stringify(rules)],
          );
          const imported = Number(row?.n ?? 0);
          return { imported, duplicates: rules.length - imported };
        },
        true,
      ),
  };
}
