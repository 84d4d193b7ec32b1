/**
 * What the outbox's tests against a server faked at the HTTP boundary start from
 * (refresh-expenses.test.ts, ops-order.test.ts, retry-after.test.ts, as-left.test.ts,
 * expenses/in-flight-changes.test.ts): one expense as the server saved it, and the server's JSON
 * answers.
 */
import type { Expense } from '@voicetrack/shared';

/** « douze cinquante au resto », saved by the local parser the day before; `over` changes any field. */
export const savedExpense = (id = 'e1', over: Partial<Expense> = {}): Expense => ({
  id,
  clientId: '3f1c2a64-5b7e-4d2a-9c1e-8a7b6c5d4e3f',
  position: 0,
  amount: '12.50',
  currency: 'EUR',
  category: 'dining',
  description: 'Resto',
  date: '2026-12-02',
  transcript: 'douze cinquante au resto',
  source: 'text',
  status: 'saved',
  parsedBy: 'local',
  reviewReason: null,
  createdAt: '2026-12-02T12:00:00Z',
  updatedAt: '2026-12-02T12:00:00Z',
  ...over,
});

/** The server's answer: `body` as JSON with `status`, and any more headers. */
export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
