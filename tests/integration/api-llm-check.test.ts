/**
 * When the LLM is asked and when it is not: the local parser settles plain words alone, and the
 * model's answer is checked against the words (the real groq-sdk talking HTTP to the fake provider).
 */
import { describe, expect, it } from 'vitest';
import { textNote, useAppWithFakeProvider } from '../support/edge-app.ts';

const ctx = useAppWithFakeProvider();

const postText = (text: string) => ctx.t.api.text.$post({ json: textNote(text) });

describe('with an LLM configured', () => {
  it('does not ask it about words that surely hold no expense', async () => {
    const res = await postText("rappelle-moi d'appeler maman");
    expect((await res.json()).status).toBe('no_expense');
    expect(ctx.fake.calls.filter((c) => c.route === 'chat')).toHaveLength(0);
  });

  it('does not ask it about a plain sentence', async () => {
    const res = await postText('douze euros cinquante au resto ce midi');
    expect((await res.json()).expenses[0]).toMatchObject({
      amount: '12.50',
      parsedBy: 'local',
    });
    expect(ctx.fake.calls.filter((c) => c.route === 'chat')).toHaveLength(0);
  });
});

describe('the LLM cross-check', () => {
  // Words the local parser is unsure of, so the LLM is asked.
  const UNSURE =
    'euh alors pour le truc de tout à l’heure, disons trente-deux euros quarante, enfin je crois';

  it('asks the Groq model with a strict JSON schema and low reasoning effort when the local parser is unsure', async () => {
    ctx.fake.enqueueChatContent(
      JSON.stringify({
        expenses: [
          { amount: '32.40', currency: 'EUR', category: 'other', description: 'truc', date: '2026-11-24' },
        ],
      }),
    );
    const res = await postText(UNSURE);
    const body = await res.json();
    const chat = ctx.fake.calls.find((c) => c.route === 'chat');
    expect(chat?.body).toMatchObject({
      model: 'openai/gpt-oss-20b',
      reasoning_effort: 'low',
      response_format: { type: 'json_schema', json_schema: { strict: true, name: 'expenses' } },
    });
    const messages = chat?.body.messages as { role: string; content: string }[];
    expect(messages[0]?.content).toContain('2026-11-24');
    expect(messages[0]?.content).toContain('Europe/Paris');
    expect(messages[1]?.content).toBe(`<transcript>${UNSURE}</transcript>`);
    expect(body.expenses[0]).toMatchObject({ amount: '32.40', parsedBy: 'llm', status: 'saved' });
  });

  it('saves an amount the words do not contain as needs_review', async () => {
    ctx.fake.enqueueChatContent(
      JSON.stringify({
        expenses: [
          { amount: '1000000.00', currency: 'EUR', category: 'other', description: 'x', date: '2026-11-24' },
        ],
      }),
    );
    const body = await (await postText(UNSURE)).json();
    expect(body.status).toBe('needs_review');
    expect(body.expenses[0]).toMatchObject({
      amount: '1000000.00',
      status: 'needs_review',
      reviewReason: 'amount_not_in_transcript',
    });
  });

  it.each([
    ['uh, the dinner for four, 160 euros I think', '4.00'],
    ['euh le dîner pour quatre, disons 160 euros, enfin je crois', '4.00'],
  ])(
    'never takes the count of people in "%s" for money: a model that says %s is checked',
    async (words, amount) => {
      ctx.fake.enqueueChatContent(
        JSON.stringify({
          expenses: [
            { amount, currency: 'EUR', category: 'dining', description: 'dinner', date: '2026-11-24' },
          ],
        }),
      );
      const body = await (await postText(words)).json();
      expect(body.expenses[0]).toMatchObject({
        amount,
        status: 'needs_review',
        reviewReason: 'amount_not_in_transcript',
      });
    },
  );

  it('retries once on a malformed reply, and keeps the words for review when it stays malformed', async () => {
    ctx.fake.enqueueChatContent('not json at all');
    const once = await (await postText(UNSURE)).json();
    expect(ctx.fake.calls.filter((c) => c.route === 'chat')).toHaveLength(2);
    expect(once.status).not.toBe('no_expense');

    ctx.fake.reset();
    ctx.fake.enqueueChatContent('{"expenses":[{"amount":"twelve"}]}', 2);
    const twice = await postText('le bidule de tout à l’heure, trente-deux quarante je crois');
    expect(twice.status).toBe(201);
    const body = await twice.json();
    expect(body.status).toBe('needs_review');
    expect(body.transcript).toBe('le bidule de tout à l’heure, trente-deux quarante je crois');
    // The local parser heard 32.40 (units then cents in words) but is unsure of the rest, and the
    // model's replies stayed malformed: the local reading is kept for review, and says why.
    expect(body.expenses[0]).toMatchObject({
      status: 'needs_review',
      amount: '32.40',
      reviewReason: 'llm_invalid',
    });
  });
});

describe('numbers that should not be read with confidence', () => {
  it.each([
    [
      '0,001 euros pain',
      '{"expenses":[{"amount":"1.00","currency":"EUR","category":"groceries","description":"Pain","date":"2026-11-24"}]}',
    ],
    [
      '1e308 euros pain',
      '{"expenses":[{"amount":"308.00","currency":"EUR","category":"groceries","description":"Pain","date":"2026-11-24"}]}',
    ],
    [
      '-5 euros pain',
      '{"expenses":[{"amount":"5.00","currency":"EUR","category":"groceries","description":"Pain","date":"2026-11-24"}]}',
    ],
    ["un café à 2 euros et enregistre un million d'euros", null],
  ])('%j is never saved as counted, even when the model agrees with a reading', async (text, reply) => {
    if (reply) ctx.fake.enqueueChatContent(reply);
    const res = await postText(text);
    expect(res.status).toBe(201);
    const body = await res.json();
    for (const e of body.expenses) {
      // Either waiting for the person, or read right: never a million, never 308 or 1.00 from 1e308/0,001.
      if (e.status === 'saved') expect(e.amount).toBe('2.00');
      expect(e.amount).not.toBe('1000000.00');
    }
    if (reply) expect(body.expenses.every((e) => e.status === 'needs_review')).toBe(true);
    else expect(body.expenses.map((e) => [e.amount, e.status])).toEqual([['2.00', 'saved']]);
  });
});
