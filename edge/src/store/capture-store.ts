/**
 * Notes by clientId, each processed at most once. Claim and complete are single statements:
 * the note marked done and its expenses inserted together, or nothing.
 */
import type { CaptureResult } from '@voicetrack/shared';
import type { CaptureOutcome, CaptureStore, Claim } from '../ports.ts';
import { toBase64 } from '../receipts/base64.ts';
import { type AsOwner, ownerFilter } from './owner-scope.ts';
import {
  CAPTURE_COLUMNS,
  type CaptureRow,
  EXPENSE_COLUMNS,
  type ExpenseRow,
  movementAnswer,
  toExpense,
} from './rows.ts';
import type { SqlParam, SqlTx } from './sql.ts';
import { insertUsage, usageJson } from './usage-store.ts';

/** The expenses of a note (`cap`, written by the statement's first CTE) from a JSON array. */
const insertExpensesFromCap = (transcript: string, json: string, transcriptSource: string) => `ins as (
  insert into expenses as e (user_id, client_id, position, capture_id, amount, currency, category,
    description, expense_date, transcript, transcript_source, source, status, parsed_by, review_reason,
    reimbursable, provenance, household_id, paid_by, split)
  select cap.user_id, cap.client_id, r.position, cap.id, r.amount::numeric, r.currency, r.category,
    r.description, r.date::date, ${transcript}, ${transcriptSource}::text, cap.source, r.status, r.parsed_by,
    r.review_reason, coalesce(r.reimbursable, false), r.provenance, r.household_id, r.paid_by, r.split
  from cap, jsonb_to_recordset(${json}::text::jsonb) as r(position int, amount text, currency text,
    category text, description text, date text, status text, parsed_by text, review_reason text,
    reimbursable boolean, provenance jsonb, household_id uuid, paid_by uuid, split jsonb)
  on conflict on constraint expenses_client_key do nothing
  returning ${EXPENSE_COLUMNS}
)`;
/** A receipt's photo, kept with the note's first expense (`ins`) when `type` is not null. */
const insertPhotoFromIns = (type: string, base64: string) => `pho as (
  insert into receipt_photos (expense_id, user_id, mime_type, bytes)
  select i.id::uuid, cap.user_id, ${type}::text, decode(${base64}::text, 'base64')
  from ins i, cap where i.position = 0 and ${type}::text is not null
  on conflict (expense_id) do nothing
  returning 1
)`;
const photoParams = (outcome: CaptureOutcome): [SqlParam, SqlParam] =>
  outcome.photo ? [outcome.photo.mimeType, toBase64(outcome.photo.bytes)] : [null, null];

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
      reimbursable: e.reimbursable ?? false,
      provenance: e.provenance ?? null,
      household_id: e.shared?.householdId ?? null,
      paid_by: e.shared?.paidBy ?? null,
      split: e.shared?.split ?? null,
    })),
  );
}

const movementJson = (outcome: CaptureOutcome) =>
  outcome.movement
    ? JSON.stringify({
        ...outcome.movement,
        ...(outcome.settlement ? { settlement: outcome.settlement } : {}),
      })
    : null;

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
    // The photo went in with the expense, in a part of the statement its RETURNING cannot see.
    expenses: inserted
      .map(toExpense)
      .map((e) => (outcome.photo && e.position === 0 ? { ...e, photo: true } : e)),
    ...movementAnswer(outcome.movement ? { ...outcome.movement, settlement: outcome.settlement } : null),
  };
}

async function captureResult(tx: SqlTx, capture: CaptureRow): Promise<CaptureResult> {
  const rows = await tx.query<ExpenseRow>(
    `select ${EXPENSE_COLUMNS} from expenses e where e.capture_id = $1 order by e.position`,
    [capture.id],
  );
  return {
    clientId: capture.client_id,
    status: capture.outcome ?? 'no_expense',
    transcript: capture.transcript ?? '',
    expenses: rows.map(toExpense),
    ...movementAnswer(capture.movement),
  };
}

export function createCaptureStore(asOwner: AsOwner): CaptureStore {
  const readCapture = async (tx: SqlTx, owner: Parameters<AsOwner>[0], clientId: string) => {
    const params: SqlParam[] = [clientId];
    const rows = await tx.query<CaptureRow>(
      `select ${CAPTURE_COLUMNS} from captures c where c.client_id = $1 and ${ownerFilter(owner, params, 'c')}`,
      params,
    );
    return rows[0];
  };

  return {
    claim: (owner, start) =>
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
        // It takes the form that reached it now: a voice note the person typed by hand is text.
        const params: SqlParam[] = [start.clientId, token, start.leaseSeconds, start.source];
        const taken = await tx.query<{ id: string; transcript: string | null }>(
          `update captures c set claim_token = $2, claimed_at = now(), source = $4
           where c.client_id = $1 and ${ownerFilter(owner, params, 'c')} and c.state = 'processing'
             and (c.claim_token is null or c.claimed_at < now() - make_interval(secs => $3))
           returning c.id::text as id, c.transcript`,
          params,
        );
        const took = taken[0];
        if (took)
          return took.transcript === null
            ? { kind: 'claimed', captureId: took.id, token }
            : { kind: 'claimed', captureId: took.id, token, heard: took.transcript };
        const existing = await readCapture(tx, owner, start.clientId);
        if (existing?.state === 'done') return { kind: 'done', result: await captureResult(tx, existing) };
        return { kind: 'busy' };
      }),

    save: (owner, start, outcome) =>
      asOwner(owner, async (tx) => {
        // Claim and complete at once, for a note settled without any provider call.
        const rows = await tx.query<CaptureWrite>(
          `with cap as (
             insert into captures as c (user_id, client_id, source, state, recorded_at, timezone, locale,
               transcript, outcome, browser_transcript, movement)
             values ($1, $2::uuid, $3, 'done', $4::text::timestamptz, $5, $6, $7, $8, $10, $12::text::jsonb)
             on conflict on constraint captures_client_key do nothing
             returning c.id, c.user_id, c.client_id, c.source
           ), ${insertExpensesFromCap('$7', '$9', '$11')}, ${insertPhotoFromIns('$13', '$14')}
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
            outcome.browserTranscript ?? null,
            outcome.transcriptSource ?? null,
            movementJson(outcome),
            ...photoParams(outcome),
          ],
        );
        return writtenResult(rows[0], start.clientId, outcome);
      }),

    complete: (owner, captureId, token, outcome, usage = []) =>
      asOwner(owner, async (tx) => {
        // One statement, so one round trip and all-or-nothing: mark the note done (only while we
        // still hold its claim), insert its expenses and the provider calls it cost.
        const rows = await tx.query<CaptureWrite & { client_id: string }>(
          `with cap as (
             update captures c set state = 'done', transcript = $3, outcome = $4, claim_token = null,
               browser_transcript = $7, movement = $9::text::jsonb
             where c.id = $1::uuid and c.claim_token = $2::uuid and c.state = 'processing'
             returning c.id, c.user_id, c.client_id, c.source
           ), ${insertExpensesFromCap('$3', '$5', '$8')}, ${insertPhotoFromIns('$10', '$11')},
           led as (${insertUsage('cap.user_id', '$6', ', cap')} returning 1)
           ${CAPTURE_WRITE_RESULT}, (select client_id::text from cap) as client_id`,
          [
            captureId,
            token,
            outcome.transcript,
            outcome.outcome,
            expensesJson(outcome),
            usageJson(usage),
            outcome.browserTranscript ?? null,
            outcome.transcriptSource ?? null,
            movementJson(outcome),
            ...photoParams(outcome),
          ],
        );
        const written = writtenResult(rows[0], rows[0]?.client_id ?? '', outcome);
        if (written) return written;
        // Our lease ran out and another request finished first: its answer stands, and the calls
        // this request made are billed all the same (on a throw, the caller records them).
        const capture = (
          await tx.query<CaptureRow>(`select ${CAPTURE_COLUMNS} from captures c where c.id = $1::uuid`, [
            captureId,
          ])
        )[0];
        if (capture?.state !== 'done')
          throw new Error(`capture ${captureId} was taken over by another request`);
        if (usage.length > 0)
          await tx.query(insertUsage('$1::uuid', '$2', ''), [owner.userId, usageJson(usage)]);
        return captureResult(tx, capture);
      }),

    release: async (owner, captureId, token, heard) => {
      await asOwner(owner, (tx) =>
        tx.query(
          `update captures set claim_token = null, claimed_at = null, transcript = coalesce($3, transcript)
           where id = $1 and claim_token = $2 and state = 'processing'`,
          [captureId, token, heard ?? null],
        ),
      );
    },

    find: (owner, clientId) =>
      asOwner(owner, async (tx) => {
        const capture = await readCapture(tx, owner, clientId);
        if (!capture) return null;
        return capture.state === 'done' ? captureResult(tx, capture) : 'processing';
      }),
  };
}
