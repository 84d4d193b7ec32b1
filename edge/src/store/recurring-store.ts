/**
 * Recurring rules, and the expenses they make. Making them is one transaction per rule: the rule
 * row locked, its expenses inserted (a clientId that exists is skipped: the expenses' unique key
 * is the last word on "once per rule and month"), its next date moved on. A household's rule is
 * its current members' (any of them sees, changes, runs it); its bills are split among the members
 * there when each is made.
 */
import { decimalToCents, type RecurringRule, type RuleSplit, ruleShares } from '@voicetrack/shared';
import type { DueRule, RecurringStore, RuleChanges } from '../ports.ts';
import { type AsOwner, isUuid } from './owner-scope.ts';
import { EXPENSE_COLUMNS, type ExpenseRow, toExpense } from './rows.ts';
import type { Sql, SqlParam } from './sql.ts';

const stamp = (column: string) => `to_char(r.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The household's current members, in its order (who joined first): the split's order. */
const ACTIVE_MEMBERS = `(select coalesce(json_agg(m.id::text order by m.joined_at, m.id), '[]')::text
  from household_members m where m.household_id = r.household_id and m.left_at is null)`;

const RULE_COLUMNS = `r.id::text as id, r.amount::text as amount, r.currency::text as currency, r.category,
  r.description, r.day_of_month::int as "dayOfMonth", r.timezone, r.next_date::text as "nextDate",
  ${stamp('created_at')} as "createdAt", ${stamp('updated_at')} as "updatedAt",
  r.household_id::text as "householdId", r.paid_by::text as "paidBy", r.split::text as split,
  case when r.household_id is null then null else ${ACTIVE_MEMBERS} end as members`;

type RuleRow = Omit<RecurringRule, 'householdId' | 'paidBy' | 'split' | 'shares' | 'pausedReason'> & {
  householdId: string | null;
  paidBy: string | null;
  split: string | null;
  members: string | null;
};

/**
 * Rows come back as text (postgres.js) or numbers (PGlite): one shape either way. A household's
 * rule says how its next bill splits among the members there now, or why it is paused.
 */
function toRule({ householdId, paidBy, split, members, ...row }: RuleRow): RecurringRule {
  const rule: RecurringRule = { ...row, dayOfMonth: Number(row.dayOfMonth) };
  if (!householdId || !paidBy || !split) return rule;
  const spec = JSON.parse(split) as RuleSplit;
  const shares = ruleShares(decimalToCents(row.amount) ?? 0, JSON.parse(members ?? '[]'), paidBy, spec);
  return {
    ...rule,
    householdId,
    paidBy,
    split: spec,
    ...(shares.kind === 'split' ? { shares: shares.shares } : {}),
    ...(shares.kind === 'paused' ? { pausedReason: shares.reason } : {}),
  };
}

/**
 * The rules an owner may see: local mode, the server's (every rule: one ledger); a user, their
 * personal rules and the rules of the households they are a current member of.
 */
function ruleFilter(owner: Parameters<AsOwner>[0], params: SqlParam[]): string {
  if (owner.userId === null) return 'r.user_id is null';
  params.push(owner.userId);
  const n = params.length;
  return `((r.household_id is null and r.user_id = $${n}) or r.household_id in
    (select household_id from household_members where user_id = $${n}::uuid and left_at is null))`;
}

const COLUMN_OF: Record<keyof RuleChanges, [string, string]> = {
  amount: ['amount', '::numeric'],
  currency: ['currency', ''],
  category: ['category', ''],
  description: ['description', ''],
  dayOfMonth: ['day_of_month', '::int'],
  timezone: ['timezone', ''],
  nextDate: ['next_date', '::text::date'],
  paidBy: ['paid_by', '::uuid'],
  split: ['split', '::text::jsonb'],
};

export function createRecurringStore(asOwner: AsOwner, sql: Sql): RecurringStore {
  const get = async (owner: Parameters<AsOwner>[0], id: string) => {
    if (!isUuid(id)) return null;
    return asOwner(owner, async (tx) => {
      const params: SqlParam[] = [id];
      const [row] = await tx.query<RuleRow>(
        `select ${RULE_COLUMNS} from recurring_rules r where r.id = $1 and ${ruleFilter(owner, params)}`,
        params,
      );
      return row ? toRule(row) : null;
    });
  };

  return {
    create: (owner, rule) =>
      asOwner(owner, async (tx) => {
        const [row] = await tx.query<RuleRow>(
          `insert into recurring_rules as r (user_id, amount, currency, category, description, day_of_month,
             timezone, next_date, household_id, paid_by, split)
           values ($1, $2::numeric, $3, $4, $5, $6::int, $7, $8::text::date, $9::uuid, $10::uuid, $11::text::jsonb)
           returning ${RULE_COLUMNS}`,
          [
            owner.userId,
            rule.amount,
            rule.currency,
            rule.category,
            rule.description,
            rule.dayOfMonth,
            rule.timezone,
            rule.nextDate,
            rule.shared?.householdId ?? null,
            rule.shared?.paidBy ?? null,
            rule.shared ? JSON.stringify(rule.shared.split) : null,
          ],
        );
        if (!row) throw new Error('the rule was not written');
        return toRule(row);
      }),

    list: (owner) =>
      asOwner(owner, async (tx) => {
        const params: SqlParam[] = [];
        const rows = await tx.query<RuleRow>(
          `select ${RULE_COLUMNS} from recurring_rules r where ${ruleFilter(owner, params)}
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
          const [column, cast] = COLUMN_OF[key as keyof RuleChanges];
          params.push(key === 'split' ? JSON.stringify(value) : (value as SqlParam));
          return `${column} = $${params.length}${cast}`;
        });
        const [row] = await tx.query<RuleRow>(
          `update recurring_rules r set ${sets.join(', ')} where r.id = $1 and ${ruleFilter(owner, params)}
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
          `delete from recurring_rules r where r.id = $1 and ${ruleFilter(owner, params)} returning 1 as one`,
          params,
        );
        return rows.length > 0;
      });
    },

    dueBy: async (owner, until) => {
      // A household's rule runs on the schedule as its payer while the payer is a member (paused
      // otherwise: its payer's user is then null and the runner makes nothing of it).
      const query = async (run: Pick<Sql, 'query'>, params: SqlParam[], scope: string) =>
        run.query<RuleRow & { user_id: string | null }>(
          `select ${RULE_COLUMNS}, case when r.household_id is null then r.user_id::text else
             (select m.user_id::text from household_members m where m.id = r.paid_by) end as user_id
           from recurring_rules r
           where r.next_date <= $1::text::date ${scope}
             -- A rule paused because its payer left stays due: left out here, it never takes a place of the 1000.
             and (r.household_id is null or exists
               (select 1 from household_members m where m.id = r.paid_by and m.left_at is null))
           order by r.next_date, r.id limit 1000`,
          params,
        );
      // The server's schedule reads every user's rules on its own connection; a request, its owner's.
      const rows = owner
        ? await asOwner(owner, (tx) => {
            const params: SqlParam[] = [until];
            return query(tx, params, `and ${ruleFilter(owner, params)}`);
          })
        : await query(sql, [until], '');
      return rows
        .map(({ user_id, ...rule }): DueRule => ({ rule: toRule(rule), userId: user_id }))
        .filter(({ rule }) => !rule.pausedReason);
    },

    materialize: async (owner, ruleId, expectedNext, occurrences, next) =>
      asOwner(
        owner,
        async (tx) => {
          const params: SqlParam[] = [ruleId, expectedNext];
          // The lock makes a second runner wait here, then find the next date moved on: nothing to do.
          const [locked] = await tx.query<{ id: string }>(
            `select r.id::text as id from recurring_rules r
             where r.id = $1 and r.next_date = $2::text::date and ${ruleFilter(owner, params)} for update`,
            params,
          );
          if (!locked) return [];
          // Read again under the lock: who is in the household now decides the split.
          const [row] = await tx.query<RuleRow & { payer_user: string | null }>(
            `select ${RULE_COLUMNS}, (select m.user_id::text from household_members m where m.id = r.paid_by)
               as payer_user from recurring_rules r where r.id = $1`,
            [ruleId],
          );
          if (!row) return [];
          const rule = toRule(row);
          if (rule.pausedReason) return [];
          const made = await tx.query<ExpenseRow>(
            `insert into expenses as e (user_id, client_id, position, amount, currency, category, description,
               expense_date, transcript, source, status, parsed_by, household_id, paid_by, split)
             select case when r.household_id is null then r.user_id else $3::uuid end, o.client_id, 0, r.amount,
               r.currency, r.category, r.description, o.date::date, null, 'recurring', 'saved', 'user',
               r.household_id, r.paid_by, $4::text::jsonb
             from recurring_rules r, jsonb_to_recordset($2::text::jsonb) as o(date text, client_id uuid)
             where r.id = $1
             on conflict on constraint expenses_client_key do nothing
             returning ${EXPENSE_COLUMNS}`,
            [
              ruleId,
              JSON.stringify(occurrences.map((o) => ({ date: o.date, client_id: o.clientId }))),
              // A household's bill is recorded by its payer (local mode: the server's, null).
              row.payer_user,
              rule.shares ? JSON.stringify(rule.shares) : null,
            ],
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
                 timezone, next_date, created_at, household_id, paid_by, split)
               select r.id, $1::uuid, r.amount::numeric, r.currency, r.category, r.description, r."dayOfMonth",
                 r.timezone, r."nextDate"::date, coalesce(r."createdAt"::timestamptz, now()), r."householdId",
                 r."paidBy", r.split
               from jsonb_to_recordset($2::text::jsonb) as r(id uuid, amount text, currency text, category text,
                 description text, "dayOfMonth" int, timezone text, "nextDate" text, "createdAt" text,
                 "householdId" uuid, "paidBy" uuid, split jsonb)
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
