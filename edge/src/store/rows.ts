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
  e.source,
  e.status,
  e.parsed_by,
  e.review_reason,
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
  source: string;
  status: string;
  parsed_by: string;
  review_reason: string | null;
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
    source: row.source as Expense['source'],
    status: row.status as Expense['status'],
    parsedBy: row.parsed_by as Expense['parsedBy'],
    reviewReason: row.review_reason,
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

// Web-standard base64url (no Buffer): the same code runs on Node and Deno.
function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const bin = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** Cursor over (date, created_at, id), newest first. Opaque to clients. */
export function encodeCursor(e: Expense): string {
  return toBase64Url(JSON.stringify([e.date, e.createdAt, e.id]));
}

export function decodeCursor(cursor: string): [string, string, string] | null {
  try {
    const v: unknown = JSON.parse(fromBase64Url(cursor));
    if (
      Array.isArray(v) &&
      v.length === 3 &&
      /^\d{4}-\d{2}-\d{2}$/.test(String(v[0])) &&
      !Number.isNaN(Date.parse(String(v[1]))) &&
      /^[0-9a-f-]{36}$/.test(String(v[2]))
    ) {
      return [String(v[0]), String(v[1]), String(v[2])];
    }
  } catch {
    // fall through: a malformed cursor is the caller's 400
  }
  return null;
}
