/**
 * Recurring expenses through the API (PGlite, a clock the test moves): made on their day in the
 * rule's zone, at once when created after it, caught up after a pause, on the month's last day
 * when the month is short; changes apply from the next one; "tous les mois" suggests a rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';

let t: TestApp;
let now = new Date('2026-11-20T10:00:00+01:00');

beforeAll(async () => {
  t = await startTestApp({ now: () => now });
});
afterAll(async () => {
  await t.close();
});

const recurringExpenses = async () =>
  (await (await t.api.expenses.$get({ query: { limit: '200' } })).json()).expenses
    .filter((e) => e.source === 'recurring')
    .map((e) => `${e.date} ${e.description} ${e.amount}`)
    .sort();

const create = (
  over: Partial<{
    description: string;
    dayOfMonth: number;
    amount: string;
    timezone: string;
    startMonth: string;
  }>,
) =>
  t.api.recurring.$post({
    json: {
      amount: '9.99',
      currency: 'EUR',
      category: 'leisure',
      description: 'Netflix',
      dayOfMonth: 12,
      ...over,
    },
  });

describe('recurring rules', () => {
  let rentId = '';

  it('makes this month’s expense at once when the rule is created after its day', async () => {
    const res = await create({ description: 'Netflix', dayOfMonth: 12 });
    expect(res.status).toBe(201);
    const { rule, expenses } = await res.json();
    expect(rule).toMatchObject({
      description: 'Netflix',
      dayOfMonth: 12,
      timezone: 'Europe/Paris',
      nextDate: '2026-12-12',
    });
    expect(expenses).toHaveLength(1);
    expect(expenses[0]).toMatchObject({
      date: '2026-11-12',
      amount: '9.99',
      source: 'recurring',
      status: 'saved',
      category: 'leisure',
      description: 'Netflix',
      transcript: null,
    });
  });

  it('waits for the day when the rule is created before it, in the rule’s own zone', async () => {
    const res = await create({
      description: 'Loyer',
      dayOfMonth: 21,
      amount: '850.00',
      timezone: 'Pacific/Auckland',
    });
    const { rule, expenses } = await res.json();
    rentId = rule.id;
    expect(expenses).toEqual([]);
    expect(rule.nextDate).toBe('2026-11-21');
    // 20 November, 13:00 in Auckland is still the 20th; at 11:00 UTC it is already the 21st there.
    now = new Date('2026-11-20T00:00:00Z');
    expect(await recurringExpenses()).toEqual(['2026-11-12 Netflix 9.99']);
    now = new Date('2026-11-20T11:00:00Z');
    expect(await recurringExpenses()).toEqual(['2026-11-12 Netflix 9.99', '2026-11-21 Loyer 850.00']);
  });

  it('lists the rules with their next dates (the month view’s “coming up”)', async () => {
    const { rules } = await (await t.api.recurring.$get()).json();
    expect(rules.map((r) => [r.description, r.nextDate])).toEqual([
      ['Netflix', '2026-12-12'],
      ['Loyer', '2026-12-21'],
    ]);
  });

  it('applies a change from the next expense on, never to those already made', async () => {
    const res = await t.api.recurring[':id'].$patch({
      param: { id: rentId },
      json: { amount: '900.00', dayOfMonth: 31 },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ amount: '900.00', dayOfMonth: 31, nextDate: '2026-12-31' });
    now = new Date('2027-01-05T12:00:00Z');
    expect(await recurringExpenses()).toEqual([
      '2026-11-12 Netflix 9.99',
      '2026-11-21 Loyer 850.00',
      '2026-12-12 Netflix 9.99',
      '2026-12-31 Loyer 900.00',
    ]);
  });

  it('catches up every missed month once, on the last day of short months (31 → 28 February)', async () => {
    now = new Date('2027-03-31T12:00:00Z');
    const made = (await recurringExpenses()).filter((e) => e.includes('Loyer'));
    expect(made).toEqual([
      '2026-11-21 Loyer 850.00',
      '2026-12-31 Loyer 900.00',
      '2027-01-31 Loyer 900.00',
      '2027-02-28 Loyer 900.00',
      '2027-03-31 Loyer 900.00',
    ]);
    // Asked again and again (the report, the budgets, the list): nothing more.
    await t.api.report.$get({ query: { month: '2027-03' } });
    await t.api.budgets.$get({ query: { month: '2027-03' } });
    expect((await recurringExpenses()).filter((e) => e.includes('Loyer'))).toHaveLength(5);
  });

  it('does not make again a month whose expense the person deleted', async () => {
    const list = (await (await t.api.expenses.$get({ query: { limit: '200' } })).json()).expenses;
    const march = list.find((e) => e.date === '2027-03-31');
    expect((await t.api.expenses[':id'].$delete({ param: { id: march?.id ?? '' } })).status).toBe(204);
    expect(await recurringExpenses()).not.toContain('2027-03-31 Loyer 900.00');
  });

  it('deletes a rule (204) and keeps the expenses it made; refuses what is not a rule (404, 400)', async () => {
    expect((await t.api.recurring[':id'].$delete({ param: { id: rentId } })).status).toBe(204);
    expect((await t.api.recurring[':id'].$delete({ param: { id: rentId } })).status).toBe(404);
    expect(
      (await t.api.recurring[':id'].$patch({ param: { id: 'nope' }, json: { amount: '1.00' } })).status,
    ).toBe(404);
    expect((await create({ dayOfMonth: 32 })).status).toBe(400);
    expect((await create({ timezone: 'Mars/Olympus' })).status).toBe(400);
    expect((await recurringExpenses()).filter((e) => e.includes('Loyer'))).toHaveLength(4);
  });
});

describe('a rule whose first month the person already paid (startMonth)', () => {
  it('starts at startMonth, makes nothing for this month, and never back-fills a month gone by', async () => {
    now = new Date('2027-04-20T10:00:00+02:00');
    // Other rules' months are made first: what this one made is read by its description.
    await recurringExpenses();
    const later = await (
      await create({ description: 'Spotify', dayOfMonth: 10, startMonth: '2027-05' })
    ).json();
    expect(later.expenses).toEqual([]);
    expect(later.rule.nextDate).toBe('2027-05-10');
    const past = await (await create({ description: 'Gym', dayOfMonth: 10, startMonth: '2026-01' })).json();
    expect(past.expenses.map((e) => `${e.date} ${e.description}`)).toEqual(['2027-04-10 Gym']);
    expect((await recurringExpenses()).filter((e) => /Spotify|Gym/.test(e))).toEqual(['2027-04-10 Gym 9.99']);
    expect((await create({ startMonth: '2027-13' })).status).toBe(400);
    now = new Date('2027-05-10T12:00:00+02:00');
    expect((await recurringExpenses()).filter((e) => /Spotify/.test(e))).toEqual(['2027-05-10 Spotify 9.99']);
  });
});

describe('the "every month" suggestion', () => {
  it.each([
    // The date is the parser's, as before ("le 5" is the 5th); the suggestion only comes beside it.
    ['Netflix 9,99 € tous les mois', { dayOfMonth: 24 }, '2026-11-24'],
    ['loyer 850 € le 5 de chaque mois', { dayOfMonth: 5 }, '2026-11-05'],
    ['gym 30 euros every month on the 3rd', { dayOfMonth: 3 }, '2026-11-03'],
  ])('“%s” suggests a rule %j, the expense as parsed', async (text, recurring, date) => {
    const res = await t.api.text.$post({ json: textNote(text) });
    const result = await res.json();
    expect(result.recurring).toEqual(recurring);
    expect(result.expenses).toHaveLength(1);
    expect(result.expenses[0]).toMatchObject({ date, source: 'text' });
  });

  it('suggests nothing for a one-off, and the same for a repeated clientId', async () => {
    const note = textNote('12 € au resto');
    const first = await (await t.api.text.$post({ json: note })).json();
    expect(first).not.toHaveProperty('recurring');
    const monthly = textNote('Spotify 10,99 € par mois');
    await t.api.text.$post({ json: monthly });
    const again = await t.api.text.$post({ json: monthly });
    expect(again.status).toBe(200);
    expect((await again.json()).recurring).toEqual({ dayOfMonth: 24 });
  });
});
