// The outbox's answers to "a day of real use": unchanged saves accept, notes typed by hand keep
// their clientId, discards can be undone, words typed again replace their card.
import 'fake-indexeddb/auto';
import type { Expense } from '@voicetrack/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type VoiceTrackDb } from './db.ts';
import { discard } from './discard.ts';
import { enqueueOp, UNDO_MS } from './expense-changes.ts';
import { enqueueNote, nextDueAt, retype, typeInstead } from './outbox.ts';
import { isoWithOffset } from './time.ts';

const NOW = new Date('2026-11-24T11:30:00.000Z');
const toReview: Expense = {
  id: 'e1',
  clientId: 'c1',
  position: 0,
  amount: '17.00',
  currency: 'EUR',
  category: 'gifts',
  description: 'Fleurs',
  date: '2026-11-23',
  transcript: '17 € de fleurs hier',
  source: 'text',
  status: 'needs_review',
  parsedBy: 'local',
  reviewReason: 'awaiting_confirmation',
  createdAt: '2026-11-24T11:00:00Z',
  updatedAt: '2026-11-24T11:00:00Z',
};
const allFields = (e: Expense) => ({
  amount: e.amount ?? '',
  currency: e.currency,
  category: e.category,
  description: e.description,
  date: e.date,
});

let db: VoiceTrackDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`outbox-actions-${++n}`);
  await db.expenses.put(toReview);
});
afterEach(async () => {
  await db.delete();
});

async function voiceNoteWaiting() {
  const note = await enqueueNote(db, {
    kind: 'voice',
    mimeType: 'audio/webm',
    locale: 'fr-FR',
    confirm: false,
  });
  await db.chunks.bulkPut([
    { noteId: note.id, seq: 0, data: new ArrayBuffer(8) },
    { noteId: note.id, seq: 1, data: new ArrayBuffer(8) },
  ]);
  const why = { code: 'transcription_unavailable', message: 'No transcription provider is configured' };
  await db.notes.update(note.id, {
    state: 'awaiting_transcription',
    attempts: 1,
    nextAttemptAt: 9e15,
    lastError: why,
  });
  return note;
}

describe('saving an expense unchanged', () => {
  it('accepts one that waited for review: sent as its unchanged amount, counted at once', async () => {
    const op = await enqueueOp(db, { kind: 'edit', expense: toReview, patch: allFields(toReview) }, NOW);
    expect(op).toMatchObject({ kind: 'edit', patch: { amount: '17.00' } });
    const local = await db.expenses.get('e1');
    expect(local).toMatchObject({ status: 'saved', reviewReason: null });
    // Nothing else moved.
    expect(local && allFields(local)).toEqual(allFields(toReview));
  });

  it('accepts one when only another field than the amount was fixed, as the server does', async () => {
    await enqueueOp(
      db,
      { kind: 'edit', expense: toReview, patch: { ...allFields(toReview), category: 'leisure' } },
      NOW,
    );
    expect(await db.expenses.get('e1')).toMatchObject({
      category: 'leisure',
      amount: '17.00',
      status: 'saved',
    });
  });

  it('leaves one with no amount to complete when only its words were fixed', async () => {
    const noAmount = { ...toReview, amount: null, reviewReason: 'no_amount' };
    const op = await enqueueOp(db, { kind: 'edit', expense: noAmount, patch: { description: 'Taxi' } }, NOW);
    expect(op?.patch).toEqual({ description: 'Taxi' });
    expect(await db.expenses.get('e1')).toMatchObject({ status: 'needs_review', reviewReason: 'no_amount' });
  });
});

describe('a voice note typed by hand', () => {
  it('becomes a text note in place: same clientId, due now, its audio dropped', async () => {
    const note = await voiceNoteWaiting();
    expect(await typeInstead(db, note.id, 'taxi 23 €')).toBe(true);
    const typed = await db.notes.get(note.id);
    expect(typed).toMatchObject({
      id: note.id,
      kind: 'text',
      text: 'taxi 23 €',
      state: 'recorded',
      attempts: 0,
      lastError: null,
      recordedAt: note.recordedAt,
    });
    expect(await db.chunks.count()).toBe(0);
    expect(await db.notes.count()).toBe(1);
    expect(await nextDueAt(db)).toBe(0);
  });

  it('is not typed over once the server has answered it', async () => {
    const note = await voiceNoteWaiting();
    await db.notes.update(note.id, { state: 'done' });
    expect(await typeInstead(db, note.id, 'taxi 23 €')).toBe(false);
    expect(await db.notes.get(note.id)).toMatchObject({ kind: 'voice' });
    expect(await db.chunks.count()).toBe(2);
  });
});

describe('discarding a note', () => {
  it('forgets it and its audio, and the undo puts both back as they were', async () => {
    const note = await voiceNoteWaiting();
    const before = await db.notes.get(note.id);
    const undo = await discard(db, note.id);
    expect(await db.notes.count()).toBe(0);
    expect(await db.chunks.count()).toBe(0);
    expect(await undo()).toBe(true);
    expect(await db.notes.get(note.id)).toEqual(before);
    expect((await db.chunks.where('noteId').equals(note.id).sortBy('seq')).map((c) => c.seq)).toEqual([0, 1]);
  });
});

describe('discarding a note the server may have already', () => {
  it.each(['sending', 'waiting'] as const)(
    'keeps it %s, marked, with its audio for its answer; the undo unmarks it',
    async (state) => {
      const note = await voiceNoteWaiting();
      await db.notes.update(note.id, { state, lastError: { code: 'network', message: 'offline' } });
      const before = await db.notes.get(note.id);
      const undo = await discard(db, note.id, NOW);
      expect(await db.notes.get(note.id)).toEqual({ ...before, discarded: { at: isoWithOffset(NOW) } });
      expect(await db.chunks.count()).toBe(2);
      // Still sent: its answer is how its rows are found and deleted.
      expect(await nextDueAt(db)).toBe(before?.nextAttemptAt);
      expect(await undo()).toBe(true);
      expect(await db.notes.get(note.id)).toEqual(before);
      expect(await undo()).toBe(false);
    },
  );
});

describe('discarding a note whose answer landed between the tap and the discard', () => {
  it('deletes its rows, as of the tap, after the undo window; the undo gives them back', async () => {
    const note = await enqueueNote(db, {
      kind: 'text',
      text: '17 € de fleurs',
      locale: 'fr-FR',
      confirm: false,
    });
    const rows = [0, 1].map((position) => ({ ...toReview, id: `r${position}`, clientId: note.id, position }));
    await db.notes.update(note.id, {
      state: 'done',
      result: { clientId: note.id, status: 'saved', transcript: '', expenses: rows },
    });
    await db.expenses.bulkPut(rows);
    const undo = await discard(db, note.id, NOW);
    expect(await db.expenses.where('clientId').equals(note.id).count()).toBe(0);
    expect(
      (await db.ops.orderBy('expenseId').toArray()).map((o) => [
        o.kind,
        o.expenseId,
        o.nextAttemptAt,
        o.ofDiscardedNote,
      ]),
    ).toEqual([
      ['delete', 'r0', NOW.getTime() + UNDO_MS, true],
      ['delete', 'r1', NOW.getTime() + UNDO_MS, true],
    ]);
    expect(await undo()).toBe(true);
    expect(await db.expenses.where('clientId').equals(note.id).sortBy('position')).toEqual(rows);
    expect(await db.ops.count()).toBe(0);
    expect((await db.notes.get(note.id))?.discarded).toBeUndefined();
  });
});

describe('discarding the card of words the server found no expense in', () => {
  it('forgets it (the server counts nothing of it), and the undo puts it back', async () => {
    const note = await enqueueNote(db, { kind: 'text', text: 'blah blah', locale: 'fr-FR', confirm: false });
    await db.notes.update(note.id, {
      state: 'done',
      result: { clientId: note.id, status: 'no_expense', transcript: 'blah blah', expenses: [] },
    });
    const before = await db.notes.get(note.id);
    const undo = await discard(db, note.id, NOW);
    expect(await db.notes.get(note.id)).toBeUndefined();
    expect(await db.ops.count()).toBe(0);
    expect(await undo()).toBe(true);
    expect(await db.notes.get(note.id)).toEqual(before);
  });
});

describe('words typed again', () => {
  it('go as a new note, with the default currency, and the old card is gone', async () => {
    const old = await enqueueNote(db, { kind: 'text', text: 'blah blah', locale: 'fr-FR', confirm: false });
    await db.notes.update(old.id, { state: 'done' });
    const fresh = await retype(db, old.id, {
      text: '12 € taxi',
      locale: 'fr-FR',
      confirm: false,
      currency: 'CHF',
    });
    expect(fresh.id).not.toBe(old.id);
    expect(await db.notes.get(old.id)).toBeUndefined();
    expect(await db.notes.get(fresh.id)).toMatchObject({
      kind: 'text',
      text: '12 € taxi',
      currency: 'CHF',
      state: 'recorded',
    });
  });
});
