/**
 * The parser learns from each correction, per person, through the API: a changed category
 * teaches the merchant's words; the next notes naming it get that category, locally; another
 * merchant is untouched; the memory is listed, edited, exported and imported; the model is told
 * the person's words and may change a category, never an amount.
 */
import { ExportFileSchema, ImportReportSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';

let local: TestApp;
let withLlm: TestApp;
let fake: FakeProvider;

beforeAll(async () => {
  fake = await startFakeProvider();
  [local, withLlm] = await Promise.all([startTestApp(), startTestApp({ providerUrl: fake.url })]);
});
afterEach(() => fake.reset());
afterAll(async () => {
  await Promise.all([local.close(), withLlm.close()]);
  await fake.close();
});

const note = async (t: TestApp, text: string) => {
  const res = await t.api.text.$post({ json: textNote(text) });
  expect(res.status).toBe(201);
  return res.json();
};
const fix = async (
  t: TestApp,
  id: string,
  json: { category?: string; description?: string; amount?: string },
) => {
  const res = await t.api.expenses[':id'].$patch({ param: { id }, json: json as { category?: 'dining' } });
  expect(res.status).toBe(200);
  return res.json();
};

describe('learning from a correction', () => {
  it('files the next three notes naming the place under the fixed category, and no other place', async () => {
    const first = await note(local, '14 euros chez Le Petit Zinc');
    const expense = first.expenses[0];
    expect(expense?.category).toBe('other');
    await fix(local, expense?.id as string, { category: 'dining' });

    for (const text of ['12 euros au Petit Zinc', 'le petit zinc, 18 €', 'Petit Zinc 9,50 euros hier']) {
      const next = await note(local, text);
      expect(next.expenses[0]).toMatchObject({ category: 'dining', parsedBy: 'local', status: 'saved' });
    }
    const other = await note(local, '9 euros Librairie Martin');
    expect(other.expenses[0]?.category).toBe('leisure');
    const list = await (await local.api.learned.$get()).json();
    expect(list.words).toEqual([{ phrase: 'petit zinc', category: 'dining' }]);
  });

  it('lets a later correction win, and an amount-only edit teach nothing', async () => {
    const saved = await note(local, '11 euros chez Le Petit Zinc');
    const id = saved.expenses[0]?.id as string;
    await fix(local, id, { amount: '12.00' });
    expect((await (await local.api.learned.$get()).json()).words).toEqual([
      { phrase: 'petit zinc', category: 'dining' },
    ]);
    await fix(local, id, { category: 'leisure' });
    expect((await note(local, 'Petit Zinc 7 euros')).expenses[0]?.category).toBe('leisure');
    await fix(local, id, { category: 'dining' });
  });

  it('is edited by hand: taught, listed, forgotten', async () => {
    const res = await local.api.learned.$put({ json: { phrase: 'Chez Zorglub', category: 'gifts' } });
    expect(res.status).toBe(200);
    expect((await res.json()).words).toContainEqual({ phrase: 'zorglub', category: 'gifts' });
    expect((await note(local, '20 euros chez Zorglub')).expenses[0]?.category).toBe('gifts');
    expect((await local.api.learned.$delete({ query: { phrase: 'zorglub' } })).status).toBe(204);
    expect((await local.api.learned.$delete({ query: { phrase: 'zorglub' } })).status).toBe(404);
    expect((await note(local, '20 euros chez Zorglub')).expenses[0]?.category).toBe('other');
  });

  it('travels in the JSON export and comes back with an import', async () => {
    const file = v.parse(ExportFileSchema, await (await local.api['export.json'].$get()).json());
    expect(file.learnedWords).toContainEqual({ phrase: 'petit zinc', category: 'dining' });
    const fresh = await startTestApp();
    try {
      const res = await fresh.app.request('/api/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(file),
      });
      expect(res.status).toBe(200);
      expect(v.parse(ImportReportSchema, await res.json()).learned).toBe(file.learnedWords?.length);
      expect((await note(fresh, 'Petit Zinc 15 euros')).expenses[0]?.category).toBe('dining');
    } finally {
      await fresh.close();
    }
  });
});

describe('with a model configured', () => {
  it("tells it the person's own words for this note, and nothing else of the memory", async () => {
    await withLlm.api.learned.$put({ json: { phrase: 'Le Petit Zinc', category: 'dining' } });
    await withLlm.api.learned.$put({ json: { phrase: 'Librairie Martin', category: 'education' } });
    // Unsure of the words, so the model is asked.
    await note(withLlm, 'ben quinze euros et des poussières au petit zinc je crois');
    const chat = fake.calls.find((c) => c.route === 'chat');
    const system = JSON.stringify(chat?.body);
    expect(system).toContain('petit zinc');
    expect(system).toContain('dining');
    expect(system).not.toContain('librairie martin');
  });

  it('asks it for the category only when the amounts are sure: its category, our amount', async () => {
    fake.enqueueChatContent(
      '{"expenses":[{"amount":"15.00","currency":"EUR","category":"leisure","description":"Marché","date":"2026-11-24"}]}',
    );
    const changed = await note(withLlm, 'Pizza chez Picard 15 euros');
    expect(changed.expenses[0]).toMatchObject({
      amount: '15.00',
      category: 'leisure',
      parsedBy: 'local+llm',
    });
    fake.enqueueChatContent(
      '{"expenses":[{"amount":"99.00","currency":"EUR","category":"travel","description":"Marché","date":"2026-11-20"}]}',
    );
    const kept = await note(withLlm, 'Pizza chez Picard 15 euros');
    expect(kept.expenses[0]).toMatchObject({
      amount: '15.00',
      category: 'dining',
      date: '2026-11-24',
      parsedBy: 'local',
    });
  });
});

describe('plausibility and asides', () => {
  it('holds an amount far beyond the usual for review, and still reads the plain ones', async () => {
    for (const text of ['20 euros resto', '18 euros resto', '25 euros courses']) await note(local, text);
    const big = await note(local, '1000 euros resto');
    expect(big.expenses[0]).toMatchObject({ amount: '1000.00', status: 'needs_review' });
    expect(big.expenses[0]?.reviewReason).toBe('implausible_amount');
    expect((await note(local, 'un café à 2 euros')).expenses[0]).toMatchObject({ status: 'saved' });
  });

  it('keeps a reimbursable expense, flagged in the list and the exports', async () => {
    const saved = await note(local, '30 euros au resto, je me ferai rembourser');
    expect(saved.expenses[0]).toMatchObject({ amount: '30.00', status: 'saved', reimbursable: true });
    const csv = await (await local.api['export.csv'].$get({ query: { format: 'standard' } })).text();
    const line = csv.split('\r\n').find((l) => l.includes(saved.expenses[0]?.id as string));
    expect(line?.endsWith(',true,,,')).toBe(true);
    const fr = await (await local.api['export.csv'].$get({ query: {} })).text();
    expect(fr.split('\r\n')[0]).toContain(';Remboursable');
    expect(
      fr
        .split('\r\n')
        .find((l) => l.includes(saved.expenses[0]?.id as string))
        ?.endsWith(';Oui;;;'),
    ).toBe(true);
  });
});
