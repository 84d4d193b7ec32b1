/**
 * The invisible marks Android and chat apps put around a name (U+2066–2069 isolates, U+200E/200F
 * marks, U+202A–202E embeddings and overrides), through the real routes: a description, a typed
 * note or the browser's words holding them is kept without them, never refused; a real control
 * character is still refused with a 400 that names it, and nothing changes.
 */
import { ExpenseListSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESTO_WEBM, startTestApp, type TestApp, textNote, voiceForm } from '../support/edge-app.ts';
import { errorOf, saveOne, snapshot } from '../support/hostile.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const patch = (id: string, body: Record<string, unknown>) =>
  t.app.request(`/api/expenses/${id}`, {
    method: 'PATCH',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
const stored = async (id: string) => {
  const list = v.parse(ExpenseListSchema, await (await t.app.request('/api/expenses?limit=200')).json());
  return list.expenses.find((e) => e.id === id);
};

describe('a description pasted with a name’s invisible marks', () => {
  it.each([
    ['its isolates (Android, WhatsApp)', 'Resto avec \u2068Paul\u2069', 'Resto avec Paul'],
    ['a right-to-left isolate', 'Dîner avec \u2067سمير\u2069', 'Dîner avec سمير'],
    ['its left-to-right marks', '\u200EChez Léon\u200E', 'Chez Léon'],
    ['an override', 'Café \u202Eolleh\u202C', 'Café olleh'],
  ])('is kept without %s by PATCH', async (_, description, kept) => {
    const id = await saveOne(t);
    const res = await patch(id, { description });
    expect(res.status).toBe(200);
    expect((await res.json()).description).toBe(kept);
    expect((await stored(id))?.description).toBe(kept);
  });

  it.each([
    ['a terminal escape', 'Café \u001B[0m', 'U+001B'],
    ['a bell', 'Café\u0007', 'U+0007'],
    ['a DEL', 'Café\u007F', 'U+007F'],
  ])('is refused with %s, in a 400 that names it, and nothing changes', async (_, description, code) => {
    const id = await saveOne(t);
    const before = await snapshot(t);
    const res = await patch(id, { description: `\u2068Paul\u2069 ${description}` });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({
      code: 'validation_failed',
      message: `description: must not contain control characters (${code})`,
    });
    expect(await snapshot(t)).toBe(before);
  });
});

describe('a typed note and the browser’s words with a name’s invisible marks', () => {
  it('reads a typed note without them', async () => {
    const res = await t.api.text.$post({ json: textNote('12,50 € resto avec \u2068Paul\u2069') });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.transcript).toBe('12,50 € resto avec Paul');
    expect(body.expenses.map((e) => [e.amount, e.description.includes('\u2068')])).toEqual([
      ['12.50', false],
    ]);
  });

  it('reads the browser’s words without them', async () => {
    const form = voiceForm(RESTO_WEBM, {
      transcript: 'douze euros \u2066au resto\u2069',
      transcriptSource: 'browser',
    });
    const res = await t.app.request('/api/voice', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.transcript).toBe('douze euros au resto');
    expect(body.expenses.map((e: { amount: string }) => e.amount)).toEqual(['12.00']);
  });

  it('refuses a typed note with a control character, naming it', async () => {
    const res = await t.api.text.$post({ json: textNote('12 € \u001B[2J resto') });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('text: must not contain control characters (U+001B)');
  });
});
