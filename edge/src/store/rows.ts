import type { CaptureResult, Category, Expense, Movement, Provenance } from '@voicetrack/shared';
import { readSplit } from './split-column.ts';
import { sqlBool } from './sql.ts';

/** The expense columns, each cast to text so PGlite and postgres.js return the same strings. */
export const EXPENSE_COLUMNS = `
  e.id::text as id,
  e.client_id::text as client_id,
  e.position::int as position,
  e.amount::text as amount,
  e.currency::text as currency,
  e.category,
  e.description,
  e.expense_date::text as expense_date,
  e.transcript,
  e.transcript_source,
  e.source,
  e.status,
  e.parsed_by,
  e.review_reason,
  e.reimbursable,
  e.provenance::text as provenance,
  e.bank_line_id::text as bank_line_id,
  exists (select 1 from receipt_photos p where p.expense_id = e.id) as has_photo,
  e.household_id::text as household_id,
  e.paid_by::text as paid_by,
  e.split::text as split,
  to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at,
  to_char(e.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as updated_at`;

export interface ExpenseRow {
  id: string;
  client_id: string;
  position: number;
  amount: string | null;
  currency: string;
  category: string;
  description: string;
  expense_date: string;
  transcript: string | null;
  transcript_source: string | null;
  source: string;
  status: string;
  parsed_by: string;
  review_reason: string | null;
  reimbursable: boolean | string;
  /** JSON text (provenance.ts), or null on rows kept before it was recorded. */
  provenance: string | null;
  bank_line_id?: string | null;
  has_photo?: boolean | string;
  household_id?: string | null;
  paid_by?: string | null;
  /** JSON text, or an object inside a json_agg row. */
  split?: string | object | null;
  created_at: string;
  updated_at: string;
}

export function toExpense(row: ExpenseRow): Expense {
  return {
    id: row.id,
    clientId: row.client_id,
    position: Number(row.position),
    amount: row.amount,
    currency: row.currency,
    category: row.category as Category,
    description: row.description,
    date: row.expense_date,
    transcript: row.transcript,
    transcriptSource: (row.transcript_source ?? null) as Expense['transcriptSource'],
    source: row.source as Expense['source'],
    status: row.status as Expense['status'],
    parsedBy: row.parsed_by as Expense['parsedBy'],
    reviewReason: row.review_reason,
    // postgres.js is told to parse nothing (every value as text): 't'/'f' there, a boolean in PGlite.
    reimbursable: sqlBool(row.reimbursable),
    provenance: readProvenance(row.provenance),
    bankLineId: row.bank_line_id ?? null,
    // Only a receipt's expense says it: older answers and rows stay as they were.
    ...(row.has_photo !== undefined && sqlBool(row.has_photo) ? { photo: true } : {}),
    ...(row.household_id && row.paid_by
      ? { householdId: row.household_id, paidBy: row.paid_by, split: readSplit(row.split ?? null) }
      : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The provenance column as the API says it; a value that is not an object is none. */
function readProvenance(text: string | null | object): Provenance | null {
  if (text === null) return null;
  // A json_agg row holds the jsonb as an object already; a plain select casts it to text.
  const value: unknown = typeof text === 'string' ? JSON.parse(text) : text;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Provenance) : null;
}

export interface CaptureRow {
  id: string;
  client_id: string;
  state: 'processing' | 'done';
  transcript: string | null;
  outcome: CaptureResult['status'] | null;
  /** JSON text of the note's movement, or null. */
  movement: string | null;
}

export const CAPTURE_COLUMNS = `c.id::text as id, c.client_id::text as client_id, c.state, c.transcript, c.outcome,
  c.movement::text as movement`;

/** The note's movement as the capture answer says it: `movement` (its kind) and `moved` (the money). */
export function movementAnswer(
  m: (Movement & Pick<CaptureResult, 'settlement'>) | string | null | undefined,
): Pick<CaptureResult, 'movement' | 'moved' | 'settlement'> {
  if (m === null || m === undefined) return {};
  const { kind, amount, currency, description, date, settlement } = (
    typeof m === 'string' ? JSON.parse(m) : m
  ) as Movement & Pick<CaptureResult, 'settlement'>;
  return {
    movement: kind,
    moved: { amount, currency, description, date },
    ...(settlement ? { settlement } : {}),
  };
}
