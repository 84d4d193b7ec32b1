/**
 * A household's bill is the whole bill, whatever the model answers. Words the local parser is
 * unsure of (« 20 dollars de taxi, on partage ») are read by the model (the real groq-sdk talking
 * HTTP to the fake provider): told the note is a household's bill, and checked after, so a model
 * that answers the speaker's part (10.00, « Taxi (part de 20 $) ») still makes a bill of 20.00,
 * « Taxi », split 10.00 + 10.00. The same words said as a personal note keep their share, as before.
 * On PGlite and on the PostgreSQL server, two phones paired as Marie and Paul (local mode).
 */
import { HOUSEHOLD_BILL } from '@voicetrack/edge/providers/llm-prompt.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOTH_DATABASES, useAppOn } from '../support/both-databases.ts';
import { textNote, voiceNote } from '../support/edge-app.ts';
import { startFakeProvider } from '../support/fake-provider.ts';
import { pairPerson } from '../support/pair-person.ts';
import { RESTO_WEBM } from '../support/recordings.ts';

const SECRET = 'e'.repeat(64);
/** Real speech; the fake Whisper hears what the test queues. */
const fake = await startFakeProvider();
afterAll(() => fake.close());

/** What a model that reads the speaker's part answers, whatever it is told. */
const shareAnswer = (amount: string, currency: string, description: string) =>
  JSON.stringify({
    expenses: [{ amount, currency, category: 'transport', description, date: '2026-11-24' }],
  });

/** The system prompt of each chat call since the last reset. */
const prompts = () =>
  fake.calls
    .filter((c) => c.route === 'chat')
    .map((c) => ((c.body.messages ?? []) as { role: string; content: string }[])[0]?.content ?? '');

describe.each(BOTH_DATABASES)('a household’s bill read by the model (%s)', (_, postgres) => {
  const held = useAppOn(postgres, 'vt_hh_share', { providerUrl: fake.url, pairingSecret: SECRET });
  let marie: { headers: { authorization: string } };
  let householdId = '';
  let members: string[] = [];

  beforeAll(async () => {
    marie = await pairPerson(held.app.api, SECRET, 'Marie');
    await pairPerson(held.app.api, SECRET, 'Paul');
    const [h] = (await (await held.app.api.households.$get({}, marie)).json()).households;
    householdId = h?.id as string;
    members = h?.members.map((m) => m.id) ?? [];
  });

  const say = async (text: string, over: Parameters<typeof textNote>[1] = {}) => {
    fake.calls.length = 0;
    const res = await held.app.api.text.$post({ json: textNote(text, { currency: 'USD', ...over }) }, marie);
    expect(res.status).toBe(201);
    return res.json();
  };

  it('saves « 20 dollars de taxi, on partage » as the whole 20 $ taxi, split 10 + 10, when the model answers the part', async () => {
    fake.enqueueChatContent(shareAnswer('10.00', 'USD', 'Taxi (part de 20 $)'));
    const body = await say('20 dollars de taxi, on partage', { householdId });
    expect(prompts()).toHaveLength(1);
    for (const line of HOUSEHOLD_BILL) expect(prompts()[0]).toContain(line);
    expect(body.status).toBe('saved');
    expect(body.expenses).toHaveLength(1);
    expect(body.expenses[0]).toMatchObject({
      amount: '20.00',
      currency: 'USD',
      description: 'Taxi',
      status: 'saved',
      reviewReason: null,
      parsedBy: 'llm',
      householdId,
      paidBy: members[0],
      split: [
        { memberId: members[0], cents: 1000 },
        { memberId: members[1], cents: 1000 },
      ],
      provenance: { amount: { from: 'heard' }, description: { from: 'parsed' }, category: { from: 'model' } },
    });
    // The household's list holds the bill as the answer gave it.
    const listed = (await (await held.app.api.expenses.$get({ query: { householdId } }, marie)).json())
      .expenses;
    expect(listed.find((e) => e.id === body.expenses[0]?.id)).toMatchObject({
      amount: '20.00',
      description: 'Taxi',
    });
  });

  it('takes the whole bill from a model that obeys (the fake reads the prompt’s household lines)', async () => {
    const body = await say('40 dollars de courses, ma part', { householdId });
    expect(prompts()).toHaveLength(1);
    expect(body.expenses[0]).toMatchObject({
      amount: '40.00',
      description: 'Courses',
      status: 'saved',
      split: [
        { memberId: members[0], cents: 2000 },
        { memberId: members[1], cents: 2000 },
      ],
    });
  });

  it('reads a third of the bill answered for « à trois » as the whole bill', async () => {
    fake.enqueueChatContent(shareAnswer('16.67', 'USD', 'Resto (part de 50 $)'));
    const body = await say('50 dollars de resto à trois', { householdId });
    expect(body.expenses[0]).toMatchObject({ amount: '50.00', description: 'Resto', householdId });
    expect(body.expenses[0]?.split?.map((s) => s.cents)).toEqual([2500, 2500]);
  });

  it('takes the model’s category from its answer of the part when the words’ amount is sure', async () => {
    fake.enqueueChatContent(
      JSON.stringify({
        expenses: [
          {
            amount: '15.00',
            currency: 'USD',
            category: 'groceries',
            description: 'Pizza Picard (share of $30)',
            date: '2026-11-24',
          },
        ],
      }),
    );
    const body = await say('Pizza chez Picard 30 dollars, split it with Sam', { householdId });
    expect(prompts()).toHaveLength(1);
    expect(body.expenses[0]).toMatchObject({
      amount: '30.00',
      category: 'groceries',
      description: 'Pizza chez Picard',
      parsedBy: 'local+llm',
      status: 'saved',
    });
    expect(body.expenses[0]?.split?.map((s) => s.cents)).toEqual([1500, 1500]);
  });

  it('keeps an amount the words do not say for review, as before, with no share in its description', async () => {
    fake.enqueueChatContent(shareAnswer('7.00', 'USD', 'Taxi (part de 20 $)'));
    const body = await say('20 dollars de taxi, on partage', { householdId });
    expect(body.expenses[0]).toMatchObject({
      amount: '7.00',
      description: 'Taxi',
      status: 'needs_review',
      reviewReason: 'amount_not_in_transcript',
    });
  });

  it('keeps a personal note’s share as today: the same words and answer make the 10 $ part', async () => {
    fake.enqueueChatContent(shareAnswer('10.00', 'USD', 'Taxi (part de 20 $)'));
    const answered = await say('20 dollars de taxi, on partage');
    for (const line of HOUSEHOLD_BILL) expect(prompts()[0]).not.toContain(line);
    // The fake's own reading, unasked to read the bill whole.
    const obeyed = await say('40 dollars de courses, ma part');
    for (const [body, amount, description] of [
      [answered, '10.00', 'Taxi (part de 20 $)'],
      [obeyed, '20.00', 'Courses (part de 40 $)'],
    ] as const) {
      expect(body.expenses).toHaveLength(1);
      expect(body.expenses[0]).toMatchObject({ amount, description, status: 'saved', parsedBy: 'llm' });
      expect(body.expenses[0]?.householdId).toBeUndefined();
      expect(body.expenses[0]?.split).toBeUndefined();
    }
  });

  it('keeps the whole bill when the words say the speaker’s part (« ma part c’est 20 »), with no model asked', async () => {
    const shared = await say("j'ai payé 40 euros le resto, ma part c'est 20", {
      householdId,
      currency: 'EUR',
    });
    expect(prompts()).toHaveLength(0);
    expect(shared.expenses[0]).toMatchObject({ amount: '40.00', description: 'Resto', parsedBy: 'local' });
    expect(shared.expenses[0]?.split?.map((s) => s.cents)).toEqual([2000, 2000]);
    // A personal note keeps the part, as before.
    const mine = await say("j'ai payé 40 euros le resto, ma part c'est 20", { currency: 'EUR' });
    expect(mine.expenses[0]).toMatchObject({ amount: '20.00', description: 'Resto', parsedBy: 'local' });
    expect(mine.expenses[0]?.split).toBeUndefined();
  });

  it('saves a voice note said in the household as the whole bill when the model answers the part', async () => {
    fake.calls.length = 0;
    fake.enqueueTranscript('Vingt dollars de taxi, on partage.');
    fake.enqueueChatContent(shareAnswer('10.00', 'USD', 'Taxi (part de 20 $)'));
    const res = await held.app.api.voice.$post(
      { form: voiceNote(RESTO_WEBM, { currency: 'USD', householdId }) },
      marie,
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.transcript).toBe('Vingt dollars de taxi, on partage.');
    for (const line of HOUSEHOLD_BILL) expect(prompts()[0]).toContain(line);
    expect(body.expenses[0]).toMatchObject({
      amount: '20.00',
      description: 'Taxi',
      status: 'saved',
      householdId,
      split: [
        { memberId: members[0], cents: 1000 },
        { memberId: members[1], cents: 1000 },
      ],
    });
  });
});
