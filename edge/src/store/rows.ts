import type { CaptureResult, Category, Expense } from '@voicetrack/shared';

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
    reimbursable: row.reimbursable === true || row.reimbursable === 't' || row.reimbursable === 'true',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface CaptureRow {
  id: string;
  client_id: string;
  state: 'processing' | 'done';
  transcript: string | null;
  outcome: CaptureResult['status'] | null;
}

export const CAPTURE_COLUMNS = `c.id::text as id, c.client_id::text as client_id, c.state, c.transcript, c.outcome`;
