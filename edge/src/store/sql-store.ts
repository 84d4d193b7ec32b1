import {
  AWAITING_CONFIRMATION,
  type CaptureResult,
  type Category,
  centsToDecimal,
  type Expense,
  type ExpenseList,
  type ExpenseListQuery,
  type ExpensePatch,
  type FieldStamps,
  monthRange,
  resolveFieldEdits,
} from '@voicetrack/shared';
import type {
  CaptureOutcome,
  CaptureStart,
  Claim,
  ExpenseChange,
  MonthSummary,
  Owner,
  Store,
  UsageSummary,
} from '../ports.ts';
import { nanoToUsd } from '../usage/prices.ts';
import { type Migration, pendingMigrations } from './migrate.ts';
import {
  CAPTURE_COLUMNS,
  type CaptureRow,
  decodeCursor,
  EXPENSE_COLUMNS,
  type ExpenseRow,
  encodeCursor,
  toExpense,
} from './rows.ts';
import type { Sql, SqlParam, SqlTx } from './sql.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An invalid cursor is the client's mistake; the route turns this into a 400. */
export class InvalidCursorError extends Error {}

/** The expenses of a note (`cap`, written by the statement's first CTE) from a JSON array. */
const insertExpensesFromCap = (transcript: string, json: string) => `ins as (
  insert into expenses as e (user_id, client_id, position, capture_id, amount, currency, category,
    description, expense_date, transcript, source, status, parsed_by, review_reason)
  select cap.user_id, cap.client_id, r.position, cap.id, r.amount::numeric, r.currency, r.category,
    r.description, r.date::date, ${transcript}, cap.source, r.status, r.parsed_by, r.review_reason
  from cap, jsonb_to_recordset(${json}::text::jsonb) as r(position int, amount text, currency text,
    category text, description text, date text, status text, parsed_by text, review_reason text)
  on conflict on constraint expenses_client_key do nothing
  returning ${EXPENSE_COLUMNS}
)`;
const CAPTURE_WRITE_RESULT = `select (select count(*) from cap)::int as written,
  coalesce((select json_agg(i order by i.position) from ins i), '[]'::json)::text as expenses`;

interface CaptureWrite {
  written: number;
  expenses: string;
}

function expensesJson(outcome: CaptureOutcome): string {
  return JSON.stringify(
    outcome.expenses.map((e, position) => ({
      position,
      amount: e.amount,
      currency: e.currency,
      category: e.category,
      description: e.description,
      date: e.date,
      status: e.status,
      parsed_by: e.parsedBy,
      review_reason: e.reviewReason,
    })),
  );
}

/** The answer when the statement wrote the note; null when the note was not ours to write. */
function writtenResult(
  row: CaptureWrite | undefined,
  clientId: string,
  outcome: CaptureOutcome,
): CaptureResult | null {
  if (!row || Number(row.written) !== 1) return null;
  const inserted = JSON.parse(row.expenses) as ExpenseRow[];
  return {
    clientId,
    status: outcome.outcome,
    transcript: outcome.transcript,
    expenses: inserted.map(toExpense),
  };
}

/**
 * The store over any Sql (PGlite or the PostgreSQL server). Every query is scoped to the
 * owner; in Supabase mode the owner's verified claims also go to Postgres so RLS decides.
 */
export function createSqlStore(sql: Sql, migrations: readonly Migration[]): Store {
  /** `user_id = $n`, or `user_id is null` in local mode (so the index is used). */
  const ownerFilter = (owner: Owner, params: SqlParam[], alias: string): string => {
    if (owner.userId === null) return `${alias}.user_id is null`;
    params.push(owner.userId);
    return `${alias}.user_id = $${params.length}`;
  };

  /**
   * Runs fn as the owner. With claims (Supabase mode) always in a transaction, so `set local`
   * scopes the role to it; without, only when fn needs all-or-nothing.
   */
  const asOwner = <T>(owner: Owner, fn: (tx: SqlTx) => Promise<T>, atomic = false): Promise<T> => {
    if (!owner.claims) return atomic ? sql.transaction(fn) : fn(sql);
    return sql.transaction(async (tx) => {
      // What Supabase's PostgREST does per request: RLS policies read auth.uid() from these.
      await tx.query(
        `select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`,
        [JSON.stringify(owner.claims)],
      );
      return fn(tx);
    });
  };

  const readCapture = async (tx: SqlTx, owner: Owner, clientId: string): Promise<CaptureRow | undefined> => {
    const params: SqlParam[] = [clientId];
    const rows = await tx.query<CaptureRow>(
      `select ${CAPTURE_COLUMNS} from captures c where c.client_id = $1 and ${ownerFilter(owner, params, 'c')}`,
      params,
    );
    return rows[0];
  };

  const readClientId = async (tx: SqlTx, captureId: string): Promise<string> =>
    (
      await tx.query<{ id: string }>('select client_id::text as id from captures where id = $1::uuid', [
        captureId,
      ])
    )[0]?.id ?? '';

  const captureResult = async (tx: SqlTx, capture: CaptureRow): Promise<CaptureResult> => {
    const rows = await tx.query<ExpenseRow>(
      `select ${EXPENSE_COLUMNS} from expenses e where e.capture_id = $1 order by e.position`,
      [capture.id],
    );
    return {
      clientId: capture.client_id,
      status: capture.outcome ?? 'no_expense',
      transcript: capture.transcript ?? '',
      expenses: rows.map(toExpense),
    };
  };

  return {
    kind: sql.kind,

    async ping() {
      await sql.query('select 1');
    },

    pendingMigrations: () => pendingMigrations(sql, migrations),

    claimCapture: (owner, start: CaptureStart) =>
      asOwner(owner, async (tx): Promise<Claim> => {
        const token = crypto.randomUUID();
        const inserted = await tx.query<{ id: string }>(
          `insert into captures (user_id, client_id, source, claim_token, claimed_at, recorded_at, timezone, locale)
           values ($1, $2, $3, $4, now(), $5::text::timestamptz, $6, $7)
           on conflict on constraint captures_client_key do nothing
           returning id::text as id`,
          [owner.userId, start.clientId, start.source, token, start.recordedAt, start.timezone, start.locale],
        );
        if (inserted[0]) return { kind: 'claimed', captureId: inserted[0].id, token };
        // The note exists: take it over if nobody holds it (released, or a crashed request's lease ran out).
        const params: SqlParam[] = [start.clientId, token, start.leaseSeconds];
        const taken = await tx.query<{ id: string }>(
          `update captures c set claim_token = $2, claimed_at = now()
           where c.client_id = $1 and ${ownerFilter(owner, params, 'c')} and c.state = 'processing'
             and (c.claim_token is null or c.claimed_at < now() - make_interval(secs => $3))
           returning c.id::text as id`,
          params,
        );
        if (taken[0]) return { kind: 'claimed', captureId: taken[0].id, token };
        const existing = await readCapture(tx, owner, start.clientId);
        if (existing?.state === 'done') return { kind: 'done', result: await captureResult(tx, existing) };
        return { kind: 'busy' };
      }),

    saveCapture: (owner, start, outcome) =>
      asOwner(owner, async (tx) => {
        // Claim and complete at once, for a note settled without any provider call.
        const rows = await tx.query<CaptureWrite>(
          `with cap as (
             insert into captures as c (user_id, client_id, source, state, recorded_at, timezone, locale,
               transcript, outcome)
             values ($1, $2::uuid, $3, 'done', $4::text::timestamptz, $5, $6, $7, $8)
             on conflict on constraint captures_client_key do nothing
             returning c.id, c.user_id, c.client_id, c.source
           ), ${insertExpensesFromCap('$7', '$9')}
           ${CAPTURE_WRITE_RESULT}`,
          [
            owner.userId,
            start.clientId,
            start.source,
            start.recordedAt,
            start.timezone,
            start.locale,
            outcome.transcript,
            outcome.outcome,
            expensesJson(outcome),
          ],
        );
        return writtenResult(rows[0], start.clientId, outcome);
      }),

    completeCapture: (owner, captureId, token, outcome: CaptureOutcome) =>
      asOwner(owner, async (tx) => {
        // One statement, so one round trip and all-or-nothing: mark the note done (only while we
        // still hold its claim) and insert its expenses.
        const rows = await tx.query<CaptureWrite>(
          `with cap as (
             update captures c set state = 'done', transcript = $3, outcome = $4, claim_token = null
             where c.id = $1::uuid and c.claim_token = $2::uuid and c.state = 'processing'
             returning c.id, c.user_id, c.client_id, c.source
           ), ${insertExpensesFromCap('$3', '$5')}
           ${CAPTURE_WRITE_RESULT}`,
          [captureId, token, outcome.transcript, outcome.outcome, expensesJson(outcome)],
        );
        const written = writtenResult(rows[0], await readClientId(tx, captureId), outcome);
        if (written) return written;
        // Our lease ran out and another request finished first: its answer stands.
        const capture = (
          await tx.query<CaptureRow>(`select ${CAPTURE_COLUMNS} from captures c where c.id = $1::uuid`, [
            captureId,
          ])
        )[0];
        if (capture?.state === 'done') return captureResult(tx, capture);
        throw new Error(`capture ${captureId} was taken over by another request`);
      }),

    releaseCapture: async (owner, captureId, token) => {
      await asOwner(owner, (tx) =>
        tx.query(
          `update captures set claim_token = null, claimed_at = null
           where id = $1 and claim_token = $2 and state = 'processing'`,
          [captureId, token],
        ),
      );
    },

    findCapture: (owner, clientId) =>
      asOwner(owner, async (tx) => {
        const capture = await readCapture(tx, owner, clientId);
        if (!capture) return null;
        return capture.state === 'done' ? captureResult(tx, capture) : 'processing';
      }),

    listExpenses: (owner, query: ExpenseListQuery) =>
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
          const c = decodeCursor(query.cursor);
          if (!c) throw new InvalidCursorError('cursor is not one this server gave');
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

    getExpense: (owner, id) =>
      UUID.test(id)
        ? asOwner(owner, async (tx): Promise<Expense | null> => {
            const params: SqlParam[] = [id];
            const rows = await tx.query<ExpenseRow>(
              `select ${EXPENSE_COLUMNS} from expenses e where e.id = $1 and ${ownerFilter(owner, params, 'e')}`,
              params,
            );
            return rows[0] ? toExpense(rows[0]) : null;
          })
        : Promise.resolve(null),

    updateExpense: (owner, id, patch: ExpensePatch) =>
      UUID.test(id)
        ? asOwner(
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
          )
        : Promise.resolve(null),

    deleteExpense: async (owner, id) => {
      if (!UUID.test(id)) return false;
      return asOwner(owner, async (tx) => {
        const params: SqlParam[] = [id];
        const rows = await tx.query<{ id: string }>(
          `delete from expenses e where e.id = $1 and ${ownerFilter(owner, params, 'e')} returning e.id::text as id`,
          params,
        );
        return rows.length > 0;
      });
    },

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

    importExpenses: (owner, rows) =>
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

    claimReportDelivery: (owner, month, channel) =>
      asOwner(owner, async (tx) => {
        const rows = await tx.query(
          `insert into report_deliveries (user_id, month, channel) values ($1, $2, $3)
           on conflict on constraint report_deliveries_key do nothing returning 1 as one`,
          [owner.userId, month, channel],
        );
        return rows.length === 1;
      }),

    releaseReportDelivery: async (owner, month, channel) => {
      await asOwner(owner, (tx) => {
        const params: SqlParam[] = [month, channel];
        return tx.query(
          `delete from report_deliveries r where r.month = $1 and r.channel = $2 and ${ownerFilter(owner, params, 'r')}`,
          params,
        );
      });
    },

    recordUsage: async (owner, usage) => {
      if (usage.length === 0) return;
      await asOwner(owner, (tx) =>
        tx.query(
          `insert into provider_usage (user_id, model, kind, audio_seconds, billed_seconds, prompt_tokens,
             completion_tokens, cost_nano_usd)
           select $1::uuid, r.model, r.kind, r.audio_seconds, r.billed_seconds, r.prompt_tokens, r.completion_tokens,
             r.cost_nano_usd
           from jsonb_to_recordset($2::text::jsonb) as r(model text, kind text, audio_seconds numeric,
             billed_seconds numeric, prompt_tokens int, completion_tokens int, cost_nano_usd bigint)`,
          [
            owner.userId,
            JSON.stringify(
              usage.map((u) => ({
                model: u.model,
                kind: u.kind,
                audio_seconds: Math.round((u.audioSeconds ?? 0) * 100) / 100,
                billed_seconds: Math.round(u.billedSeconds * 100) / 100,
                prompt_tokens: u.promptTokens ?? 0,
                completion_tokens: u.completionTokens ?? 0,
                cost_nano_usd: u.costNano,
              })),
            ),
          ],
        ),
      );
    },

    usageSummary: (owner, month) =>
      asOwner(owner, async (tx): Promise<UsageSummary> => {
        const { from, to } = monthRange(month);
        const params: SqlParam[] = [from, to];
        const rows = await tx.query<{
          model: string;
          kind: string;
          calls: number;
          audio: string;
          billed: string;
          prompt: number;
          completion: number;
          nano: string;
        }>(
          `select u.model, u.kind, count(*)::int as calls, sum(u.audio_seconds)::text as audio,
             sum(u.billed_seconds)::text as billed, sum(u.prompt_tokens)::int as prompt,
             sum(u.completion_tokens)::int as completion, coalesce(sum(u.cost_nano_usd), 0)::text as nano
           from provider_usage u
           where u.occurred_at >= $1::text::date and u.occurred_at < ($2::text::date + 1)
             and ${ownerFilter(owner, params, 'u')}
           group by u.model, u.kind order by u.model`,
          params,
        );
        const seconds = (key: 'audio' | 'billed') =>
          rows.reduce((s, r) => s + Math.round(Number(r[key]) * 100), 0);
        const nano = rows.reduce((s, r) => s + Number(r.nano), 0);
        return {
          month,
          calls: rows.reduce((s, r) => s + r.calls, 0),
          audioSeconds: centsToDecimal(seconds('audio')),
          billedSeconds: centsToDecimal(seconds('billed')),
          promptTokens: rows.reduce((s, r) => s + r.prompt, 0),
          completionTokens: rows.reduce((s, r) => s + r.completion, 0),
          costUsd: nanoToUsd(nano),
          byModel: rows.map((r) => ({
            model: r.model,
            kind: r.kind,
            calls: r.calls,
            costUsd: nanoToUsd(Number(r.nano)),
          })),
        };
      }),

    watchExpenses: (onChange) =>
      sql.listen('voicetrack_expenses', (payload) => {
        try {
          onChange(JSON.parse(payload) as ExpenseChange);
        } catch {
          // A payload we did not write: ignore it.
        }
      }),

    async countNeedsReview() {
      const rows = await sql.query<{ n: string }>(
        `select count(*)::text as n from expenses where status = 'needs_review'`,
      );
      return Number(rows[0]?.n ?? 0);
    },

    close: () => sql.close(),
  };
}
