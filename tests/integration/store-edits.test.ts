/**
 * One contract, two databases: the same tests run on PGlite (in memory) and on the real
 * PostgreSQL server, so both adapters behave the same to the routes. Owners, edits, deletes.
 */

import type { Store } from '@voicetrack/edge/ports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, adapters, expense, LOCAL, openWithUsers, saveNote } from '../support/store-adapters.ts';

describe.each(adapters)('the store on %s', (_name, open) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, cleanup } = await openWithUsers(open));
  });
  afterAll(async () => cleanup());

  it("keeps each owner's expenses apart", async () => {
    const mine = await saveNote(store, ALICE, [expense({ description: 'alice only' })]);
    const id = mine.expenses[0]?.id as string;
    expect(await store.expenses.get(LOCAL, id)).toBeNull();
    expect(await store.expenses.update(LOCAL, id, { amount: '1.00' })).toBeNull();
    expect(await store.expenses.delete(LOCAL, id)).toBe(false);
    expect((await store.expenses.get(ALICE, id))?.description).toBe('alice only');
  });

  it('edits fields, and a reviewed amount clears needs_review', async () => {
    const saved = await saveNote(store, LOCAL, [
      expense({ amount: null, status: 'needs_review', parsedBy: 'none', reviewReason: 'llm_invalid' }),
    ]);
    const id = saved.expenses[0]?.id as string;
    const before = await store.expenses.get(LOCAL, id);
    const edited = await store.expenses.update(LOCAL, id, {
      amount: '7.5',
      category: 'health',
      date: '2026-11-20',
    });
    expect(edited?.expense).toMatchObject({
      amount: '7.50',
      category: 'health',
      date: '2026-11-20',
      status: 'saved',
      reviewReason: null,
    });
    expect(edited?.lost).toEqual([]);
    // What the edit did not name is as it was.
    expect(edited?.expense).toMatchObject({
      description: before?.description,
      currency: before?.currency,
      transcript: before?.transcript,
    });
    expect(edited && before && edited.expense.updatedAt > before.updatedAt).toBe(true);
    expect(
      await store.expenses.update(LOCAL, '00000000-0000-4000-8000-000000000000', { amount: '1.00' }),
    ).toBeNull();
    expect(await store.expenses.update(LOCAL, 'not-a-uuid', { amount: '1.00' })).toBeNull();
  });

  it('resolves edits from two devices field by field, last writer wins', async () => {
    const saved = await saveNote(store, LOCAL, [expense()]);
    const id = saved.expenses[0]?.id as string;
    await new Promise((r) => setTimeout(r, 50));
    const now = Date.now();
    const later = new Date(now).toISOString();
    const earlier = new Date(now - 20).toISOString();
    // The laptop renames it now; the phone, offline, changed amount and name 20 ms earlier.
    await store.expenses.update(LOCAL, id, { description: 'Laptop', editedAt: later });
    const merged = await store.expenses.update(LOCAL, id, {
      description: 'Phone',
      amount: '14.00',
      editedAt: earlier,
    });
    expect(merged?.expense).toMatchObject({ description: 'Laptop', amount: '14.00' });
    expect(merged?.lost).toEqual(['description']);
  });

  it('counts an edit stamped in the future as made now, so it cannot freeze a field', async () => {
    const saved = await saveNote(store, LOCAL, [expense()]);
    const id = saved.expenses[0]?.id as string;
    await store.expenses.update(LOCAL, id, { category: 'travel', editedAt: '2099-01-01T00:00:00.000Z' });
    const next = await store.expenses.update(LOCAL, id, { category: 'health' });
    expect(next?.expense.category).toBe('health');
    expect(next?.lost).toEqual([]);
  });

  it('deletes once', async () => {
    const saved = await saveNote(store, LOCAL, [expense()]);
    const id = saved.expenses[0]?.id as string;
    expect(await store.expenses.delete(LOCAL, id)).toBe(true);
    expect(await store.expenses.delete(LOCAL, id)).toBe(false);
    expect(await store.expenses.get(LOCAL, id)).toBeNull();
  });
});
