/**
 * "Confirmer avant d'enregistrer": a note sent with `confirm` keeps its expenses flagged
 * (needs_review, awaiting_confirmation) and out of every total until the user accepts or fixes
 * them; accepting is an edit of the unchanged amount, which the server reads as "looked at".
 * On PGlite in memory and on the PostgreSQL server.
 */
import { ErrorBodySchema, type Expense } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote, voiceForm, voiceNote } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { RESTO_WEBM } from '../support/recordings.ts';

describe.each(['PGlite', 'PostgreSQL'] as const)('confirm first (%s)', (kind) => {
  let t: TestApp;
  let fake: FakeProvider;
  let db: TestDatabase | null = null;
  beforeAll(async () => {
    fake = await startFakeProvider();
    db = kind === 'PostgreSQL' ? await createTestDatabase('vt_confirm') : null;
    t = await startTestApp({ providerUrl: fake.url, ...(db ? { databaseUrl: db.url } : {}) });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
    await db?.drop();
  });

  const report = async () => (await t.api.report.$get({ query: { month: '2026-11' } })).json();

  it('holds the expenses of a note sent with confirm out of the totals until accepted', async () => {
    const counted = await t.api.text.$post({ json: textNote('10 € de pain') });
    expect(counted.status).toBe(201);
    const held = await (
      await t.api.text.$post({ json: textNote('8 € de pain et 23 € de fromage', { confirm: true }) })
    ).json();
    expect(held.expenses.map((e) => [e.amount, e.status, e.reviewReason])).toEqual([
      ['8.00', 'needs_review', 'awaiting_confirmation'],
      ['23.00', 'needs_review', 'awaiting_confirmation'],
    ]);
    expect((await report()).totals).toEqual([expect.objectContaining({ currency: 'EUR', amount: '10.00' })]);

    const [first] = held.expenses as [Expense, Expense];
    // Its amount was checked above ('8.00'): a null here would send no field and fail with a 400.
    const accepted = await t.api.expenses[':id'].$patch({
      param: { id: first.id },
      json: { amount: first.amount ?? undefined, editedAt: new Date().toISOString() },
    });
    expect(accepted.status).toBe(200);
    expect((await accepted.json()).status).toBe('saved');
    expect((await report()).totals).toEqual([expect.objectContaining({ currency: 'EUR', amount: '18.00' })]);
  });

  it('reads confirm from a voice note too, and refuses a confirm that is not true or false', async () => {
    fake.enqueueTranscript('Douze euros cinquante au resto ce midi.');
    const res = await t.api.voice.$post({ form: voiceNote(RESTO_WEBM, { confirm: 'true' }) });
    expect(res.status).toBe(201);
    expect((await res.json()).expenses[0]?.reviewReason).toBe('awaiting_confirmation');

    // What the typed client cannot send: a confirm that is neither true nor false.
    const bad = await t.app.request('/api/voice', {
      method: 'POST',
      body: voiceForm(RESTO_WEBM, { confirm: 'maybe' }),
    });
    expect(bad.status).toBe(400);
    expect(v.parse(ErrorBodySchema, await bad.json()).error.code).toBe('validation_failed');
    const badText = await t.app.request('/api/text', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...textNote('5 € de café'), confirm: 'yes' }),
    });
    expect(badText.status).toBe(400);
  });
});
