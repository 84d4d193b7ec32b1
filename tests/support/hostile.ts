/** What the hostile-input files share: reading an error, a snapshot that must not change, builders. */
import { ErrorBodySchema, ExpenseListSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { NOTE_CONTEXT, type TestApp } from './edge-app.ts';

export const errorOf = async (res: Response) => v.parse(ErrorBodySchema, await res.json()).error;

/** Every expense as (id, amount, category, description, updatedAt): what a refused request must not change. */
export const snapshot = async (t: TestApp) => {
  const list = v.parse(ExpenseListSchema, await (await t.app.request('/api/expenses?limit=200')).json());
  return JSON.stringify(list.expenses.map((e) => [e.id, e.amount, e.category, e.description, e.updatedAt]));
};

/** A raw /api/text body (as text), for requests the typed client cannot send. */
export const textBody = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ text: '12,50 resto ce midi', clientId: crypto.randomUUID(), ...NOTE_CONTEXT, ...over });

/** Saves one expense through the typed client; its id. */
export const saveOne = async (t: TestApp) => {
  const res = await t.api.text.$post({
    json: { text: '9 € de pain', clientId: crypto.randomUUID(), ...NOTE_CONTEXT },
  });
  if (res.status !== 201) throw new Error(`setup failed: ${res.status}`);
  return (await res.json()).expenses[0]?.id as string;
};

/** A JSON export holding these rows. */
export const exportFile = (expenses: unknown[]) =>
  JSON.stringify({ app: 'voicetrack', version: 1, exportedAt: '2026-11-24T12:00:00Z', expenses });

/** One exported expense, valid unless `over` says otherwise. */
export const row = (over: Record<string, unknown> = {}) => ({
  clientId: crypto.randomUUID(),
  amount: '4.20',
  currency: 'EUR',
  category: 'dining',
  description: 'Café',
  date: '2026-11-20',
  transcript: null,
  source: 'text',
  status: 'saved',
  ...over,
});
