// IndexedDB is the browser's: an in-memory one under Node, with the real Dexie over it.
import 'fake-indexeddb/auto';
import type { Expense, Share } from '@voicetrack/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type VoiceTrackDb } from './db.ts';
import { discard } from './discard.ts';
import { type Change, enqueueOp, takeBack, UNDO_MS } from './expense-changes.ts';
import { enqueueNote, nextDueAt, releaseForSignIn, retry } from './outbox.ts';
import { isDue } from './outbox-machine.ts';

const NOW = new Date('2026-11-24T11:30:00.000Z');
const expense: Expense = {
  id: 'e1',
  clientId: 'c1',
  position: 0,
  amount: '12.50',
  currency: 'EUR',
  category: 'dining',
  description: 'Resto',
  date: '2026-11-24',
  transcript: null,
  source: 'text',
  status: 'needs_review',
  parsedBy: 'local',
  reviewReason: 'awaiting_confirmation',
  createdAt: '2026-11-24T11:00:00Z',
  updatedAt: '2026-11-24T11:00:00Z',
};

/** Marie's 48 € bill in household h1, saved, with these shares. */
const householdBill = (split: Share[]): Expense => ({
  ...expense,
  amount: '48.00',
  status: 'saved',
  reviewReason: null,
  householdId: 'h1',
  paidBy: 'marie',
  split,
});

let db: VoiceTrackDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`outbox-test-${++n}`);
  await db.expenses.put(expense);
});
afterEach(async () => {
  await db.delete();
});

/** The op a change queued (the changes below always queue one). */
async function queuedOp(change: Change) {
  const op = await enqueueOp(db, change, NOW);
  if (!op) throw new Error('nothing was queued');
  return op;
}

describe('enqueueNote', () => {
  it('keeps a typed note, due at once, with its time, zone, locale and confirmation', async () => {
    const note = await enqueueNote(
      db,
      { kind: 'text', text: '12,50 resto', locale: 'fr-FR', confirm: true },
      NOW,
    );
    const kept = await db.notes.get(note.id);
    expect(kept).toMatchObject({ kind: 'text', text: '12,50 resto', locale: 'fr-FR', confirm: true });
    expect(Date.parse(kept?.recordedAt ?? '')).toBe(NOW.getTime());
    expect(kept?.timezone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(kept && isDue(kept, NOW.getTime())).toBe(true);
    expect(await nextDueAt(db)).toBe(0);
  });

  it('keeps a voice note as recording, not due until the recorder hands it over', async () => {
    const note = await enqueueNote(db, {
      kind: 'voice',
      mimeType: 'audio/webm',
      locale: 'en-GB',
      confirm: false,
    });
    expect(await db.notes.get(note.id)).toMatchObject({
      state: 'recording',
      mimeType: 'audio/webm',
      audio: null,
    });
    expect(note.confirm).toBeUndefined();
    expect(await nextDueAt(db)).toBeNull();
  });
});

describe('enqueueOp', () => {
  it('queues only the fields an edit changed, and shows the fix at once', async () => {
    const op = await enqueueOp(
      db,
      { kind: 'edit', expense, patch: { amount: '13.40', currency: 'EUR' } },
      NOW,
    );
    expect(op).toMatchObject({ kind: 'edit', expenseId: 'e1', patch: { amount: '13.40' }, before: expense });
    expect(Date.parse(op?.editedAt ?? '')).toBe(NOW.getTime());
    // A fixed amount no longer waits for review.
    expect(await db.expenses.get('e1')).toMatchObject({
      amount: '13.40',
      status: 'saved',
      reviewReason: null,
    });
    expect(await db.ops.count()).toBe(1);
  });

  it('shows a household’s bill edited to another amount at once in its shares’ proportions, as the server splits it', async () => {
    const bill = householdBill([
      { memberId: 'marie', cents: 3200 },
      { memberId: 'paul', cents: 1600 },
      { memberId: 'lea', cents: 0 },
    ]);
    await db.expenses.put(bill);
    const op = await queuedOp({ kind: 'edit', expense: bill, patch: { amount: '60.00' } });
    // Only the amount is sent: the server's trigger splits it by the same rule.
    expect(op.patch).toEqual({ amount: '60.00' });
    expect(await db.expenses.get('e1')).toMatchObject({
      amount: '60.00',
      paidBy: 'marie',
      split: [
        { memberId: 'marie', cents: 4000 },
        { memberId: 'paul', cents: 2000 },
        { memberId: 'lea', cents: 0 },
      ],
    });
    // An edit of the description alone moves no share.
    const edited = (await db.expenses.get('e1')) ?? bill;
    await queuedOp({ kind: 'edit', expense: edited, patch: { description: 'Cadeau' } });
    expect((await db.expenses.get('e1'))?.split).toEqual(edited.split);
  });

  it('shows a household’s bill with its new payer and shares at once, sends only what changed, and the shares given win over the amount’s re-split', async () => {
    const bill = householdBill([
      { memberId: 'marie', cents: 2400 },
      { memberId: 'paul', cents: 2400 },
    ]);
    await db.expenses.put(bill);
    const split = [
      { memberId: 'marie', cents: 1000 },
      { memberId: 'paul', cents: 5000 },
    ];
    const op = await queuedOp({
      kind: 'edit',
      expense: bill,
      // The dialog sends every field; those unchanged (the same split by value too) are not sent.
      patch: { amount: '60.00', description: 'Resto', paidBy: 'paul', split },
    });
    expect(op.patch).toEqual({ amount: '60.00', paidBy: 'paul', split });
    expect(await db.expenses.get('e1')).toMatchObject({ amount: '60.00', paidBy: 'paul', split });
    const now = (await db.expenses.get('e1')) ?? bill;
    expect(
      await enqueueOp(
        db,
        { kind: 'edit', expense: now, patch: { split: split.map((s) => ({ ...s })) } },
        NOW,
      ),
    ).toBeNull();
  });

  it('queues nothing for an edit that changes nothing on a saved expense', async () => {
    const saved = { ...expense, status: 'saved' as const, reviewReason: null };
    expect(
      await enqueueOp(db, { kind: 'edit', expense: saved, patch: { description: 'Resto' } }, NOW),
    ).toBeNull();
    expect(await db.ops.count()).toBe(0);
    expect(await db.expenses.get('e1')).toEqual(expense);
  });

  it('sends an accept as an edit of the unchanged amount, and counts the expense at once', async () => {
    const op = await enqueueOp(db, { kind: 'accept', expense }, NOW);
    expect(op).toMatchObject({ kind: 'edit', patch: { amount: '12.50' } });
    expect(await db.expenses.get('e1')).toMatchObject({ status: 'saved', reviewReason: null });
    expect(await enqueueOp(db, { kind: 'accept', expense: { ...expense, amount: null } }, NOW)).toBeNull();
  });

  it('hides a delete at once and sends it only once the undo window has passed', async () => {
    const op = await queuedOp({ kind: 'delete', expense });
    expect(await db.expenses.get('e1')).toBeUndefined();
    expect(await nextDueAt(db)).toBe(NOW.getTime() + UNDO_MS);
    expect(await takeBack(db, op)).toBe(true);
    expect(await db.expenses.get('e1')).toEqual(expense);
    expect(await db.ops.count()).toBe(0);
  });

  it('cannot take back a delete that is being sent', async () => {
    const op = await queuedOp({ kind: 'delete', expense });
    await db.ops.update(op.id, { state: 'sending' });
    expect(await takeBack(db, op)).toBe(false);
    expect(await db.expenses.get('e1')).toBeUndefined();
  });
});

describe('what the person does to what waits', () => {
  it('sends a refused note again on retry, and forgets it and its audio on discard', async () => {
    const note = await enqueueNote(db, {
      kind: 'voice',
      mimeType: 'audio/webm',
      locale: 'fr-FR',
      confirm: false,
    });
    await db.chunks.put({ noteId: note.id, seq: 0, data: new ArrayBuffer(8) });
    const refused = { code: 'unsupported_audio', message: 'no' };
    await db.notes.update(note.id, {
      state: 'failed',
      nextAttemptAt: Number.POSITIVE_INFINITY,
      lastError: refused,
    });
    await retry(db, note.id);
    expect(await db.notes.get(note.id)).toMatchObject({
      state: 'recorded',
      nextAttemptAt: 0,
      lastError: null,
    });
    await discard(db, note.id);
    expect(await db.notes.count()).toBe(0);
    expect(await db.chunks.count()).toBe(0);
  });

  it('makes the notes and changes that waited for a sign-in due at once', async () => {
    const later = NOW.getTime() + 60_000;
    const note = await enqueueNote(
      db,
      { kind: 'text', text: '5 café', locale: 'fr-FR', confirm: false },
      NOW,
    );
    const op = await queuedOp({ kind: 'edit', expense, patch: { description: 'Café' } });
    await db.notes.update(note.id, { state: 'waiting_for_sign_in', nextAttemptAt: later });
    await db.ops.update(op.id, { state: 'waiting_for_sign_in', nextAttemptAt: later });
    expect(await nextDueAt(db)).toBe(later);
    await releaseForSignIn(db);
    expect(await db.notes.get(note.id)).toMatchObject({ state: 'waiting', nextAttemptAt: 0 });
    expect(await db.ops.get(op.id)).toMatchObject({ state: 'waiting', nextAttemptAt: 0 });
    expect(await nextDueAt(db)).toBe(0);
  });
});
