/**
 * A reading the local parser used to be sure of and got wrong (« 4 euros 30 » read as 4 € and 30
 * of something, shared/src/parse/doubts.ts) now reaches the model; with no model it is saved as
 * read, as before. The real groq-sdk talks HTTP to the fake provider.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';

const DOUBTED = 'ticket de stationnement 4 euros 30 avenue Foch';

describe('a doubted reading with an LLM configured', () => {
  let fake: FakeProvider;
  let t: TestApp;
  beforeAll(async () => {
    fake = await startFakeProvider();
    t = await startTestApp({ providerUrl: fake.url });
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('is read by the model, and an amount the two parsers do not share waits for review', async () => {
    fake.enqueueChatContent(
      JSON.stringify({
        expenses: [
          {
            amount: '4.30',
            currency: 'EUR',
            category: 'transport',
            description: 'ticket de stationnement',
            date: '2026-11-24',
          },
        ],
      }),
    );
    const body = await (await t.api.text.$post({ json: textNote(DOUBTED) })).json();
    const chat = fake.calls.filter((c) => c.route === 'chat');
    expect(chat).toHaveLength(1);
    const messages = chat[0]?.body.messages as { role: string; content: string }[];
    expect(messages[1]?.content).toBe(`<transcript>${DOUBTED}</transcript>`);
    // Before the doubt: saved at once as 4.00, unchecked.
    expect(body.status).toBe('needs_review');
    expect(body.expenses).toHaveLength(1);
    expect(body.expenses[0]).toMatchObject({ amount: '4.30', parsedBy: 'llm', status: 'needs_review' });
  });

  it('is saved with the model’s reading when the model hears the same amount', async () => {
    fake.enqueueChatContent(
      JSON.stringify({
        expenses: [
          {
            amount: '4.00',
            currency: 'EUR',
            category: 'transport',
            description: 'stationnement',
            date: '2026-11-24',
          },
        ],
      }),
    );
    const body = await (await t.api.text.$post({ json: textNote(DOUBTED) })).json();
    expect(fake.calls.filter((c) => c.route === 'chat')).toHaveLength(1);
    expect(body.status).toBe('saved');
    expect(body.expenses[0]).toMatchObject({ amount: '4.00', parsedBy: 'llm', status: 'saved' });
  });
});

describe('a doubted reading with no LLM configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is saved as the local parser read it, as before the doubt', async () => {
    const body = await (await t.api.text.$post({ json: textNote(DOUBTED) })).json();
    expect(body.status).toBe('saved');
    expect(body.expenses).toHaveLength(1);
    expect(body.expenses[0]).toMatchObject({
      amount: '4.00',
      currency: 'EUR',
      category: 'transport',
      parsedBy: 'local',
      status: 'saved',
    });
  });
});
