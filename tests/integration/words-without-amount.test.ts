/**
 * "taxi hier": words that name a purchase but no amount are kept as À vérifier with what was
 * understood (category, date, description) and no amount, with or without an LLM; completing
 * them saves them on the day that was said. Words with no purchase at all stay no_expense.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote, voiceNote } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { RESTO_WEBM } from '../support/recordings.ts';

let fake: FakeProvider;
let withLlm: TestApp;
let localOnly: TestApp;

beforeAll(async () => {
  fake = await startFakeProvider();
  [withLlm, localOnly] = await Promise.all([startTestApp({ providerUrl: fake.url }), startTestApp()]);
});
afterEach(() => fake.reset());
afterAll(async () => {
  await Promise.all([withLlm.close(), localOnly.close()]);
  await fake.close();
});

const chatCalls = () => fake.calls.filter((c) => c.route === 'chat').length;

describe.each([
  ['with an LLM', () => withLlm],
  ['with the local parser only', () => localOnly],
])('words with no amount, %s', (_name, app) => {
  it.each([
    ['taxi hier', 'fr-FR', 'transport', 'Taxi'],
    ['taxi yesterday', 'en-GB', 'transport', 'Taxi'],
    ['pharmacie hier', 'fr-FR', 'health', 'Pharmacie'],
  ])(
    'keeps "%s" (%s) to complete: %s, "%s", on the day said',
    async (text, locale, category, description) => {
      const res = await app().api.text.$post({ json: textNote(text, { locale }) });
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body.status).toBe('needs_review');
      expect(body.transcript).toBe(text);
      expect(body.expenses).toHaveLength(1);
      expect(body.expenses[0]).toMatchObject({
        amount: null,
        currency: 'EUR',
        category,
        description,
        date: '2026-11-23',
        status: 'needs_review',
        reviewReason: 'no_amount',
        source: 'text',
      });
      // Words with no number at all are the local parser's to settle: no model call.
      expect(chatCalls()).toBe(0);
    },
  );

  it.each(['blah blah', "rappelle-moi d'appeler maman", 'remind me to call mum'])(
    'answers no_expense for "%s", and stores no expense',
    async (text) => {
      const note = textNote(text);
      const body = await (await app().api.text.$post({ json: note })).json();
      expect(body.status).toBe('no_expense');
      expect(body.expenses).toEqual([]);
      const list = await (await app().api.expenses.$get({ query: { limit: '200' } })).json();
      expect(list.expenses.some((e) => e.clientId === note.clientId)).toBe(false);
    },
  );

  it('completes one with its amount: saved, on the day said, nothing else changed', async () => {
    const body = await (await app().api.text.$post({ json: textNote('taxi hier') })).json();
    const kept = body.expenses[0];
    if (!kept) throw new Error('no expense kept');
    const res = await app().api.expenses[':id'].$patch({
      param: { id: kept.id },
      json: { amount: '23.50', editedAt: new Date().toISOString() },
    });
    expect(res.status).toBe(200);
    const done = await res.json();
    expect(done).toMatchObject({ amount: '23.50', status: 'saved', reviewReason: null });
    expect([done.category, done.description, done.date, done.currency, done.transcript]).toEqual([
      kept.category,
      kept.description,
      '2026-11-23',
      kept.currency,
      'taxi hier',
    ]);
  });

  it('keeps one to complete with "confirm first" on, as a question, not a confirmation', async () => {
    const body = await (
      await app().api.text.$post({ json: textNote('taxi hier', { confirm: true }) })
    ).json();
    expect(body.expenses[0]).toMatchObject({ amount: null, reviewReason: 'no_amount' });
  });
});

describe('a spoken note with no amount', () => {
  it('is kept to complete with its transcript (the fake Whisper hears "Taxi hier.")', async () => {
    fake.setDefaultTranscript('Taxi hier.');
    const res = await withLlm.api.voice.$post({ form: voiceNote(RESTO_WEBM) });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.transcript).toBe('Taxi hier.');
    expect(body.expenses[0]).toMatchObject({
      amount: null,
      category: 'transport',
      date: '2026-11-23',
      source: 'voice',
      reviewReason: 'no_amount',
    });
  });
});
