import type { Expense } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import type { Note, Provisional, ProvisionalExpense } from '../data/db.ts';
import type { NoteState } from '../data/outbox-machine.ts';
import { replayChanges, sharesOfItsAmount } from '../data/provisional-outbox.ts';
import { provisionalId, withProvisional } from './provisional.ts';
import { changeProvisional } from './provisional-change.ts';

const row = (over: Partial<ProvisionalExpense> = {}): ProvisionalExpense => ({
  amount: '12.50',
  currency: 'EUR',
  category: 'dining',
  description: 'Resto',
  date: '2026-11-24',
  status: 'saved',
  reviewReason: null,
  ...over,
});
const read = (...expenses: (ProvisionalExpense | null)[]): Provisional => ({ expenses, changes: [] });

const note = (id: string, state: NoteState, provisional?: Provisional, over: Partial<Note> = {}): Note => ({
  id,
  payloadVersion: 1,
  kind: 'voice',
  recordedAt: '2026-11-24T12:30:00.000+01:00',
  timezone: 'Europe/Paris',
  locale: 'fr-FR',
  transcript: 'douze euros cinquante au resto',
  state,
  attempts: 0,
  nextAttemptAt: 0,
  lastError: null,
  createdAt: Date.parse('2026-11-24T11:30:00Z'),
  ...(provisional ? { provisional } : {}),
  ...over,
});

const server = (clientId: string, position: number, over: Partial<Expense> = {}): Expense => ({
  id: `s-${clientId}-${position}`,
  clientId,
  position,
  amount: '12.50',
  currency: 'EUR',
  category: 'dining',
  description: 'Resto',
  date: '2026-11-24',
  transcript: 'Douze euros cinquante au resto.',
  transcriptSource: 'whisper',
  source: 'voice',
  status: 'saved',
  parsedBy: 'local',
  reviewReason: null,
  createdAt: '2026-11-24T11:31:00.123456Z',
  updatedAt: '2026-11-24T11:31:00.123456Z',
  ...over,
});

describe('the list: unsent rows or the server rows of a note, never both', () => {
  const ids = (expenses: Expense[], notes: Note[]) =>
    withProvisional(expenses, notes).map((e) => [e.id, e.provisional === true]);

  it.each([
    // [what the phone holds, the rows listed]
    [
      'a note waiting with its reading',
      [],
      [note('a', 'waiting', read(row()))],
      [[provisionalId('a', 0), true]],
    ],
    ['a note being sent', [], [note('a', 'sending', read(row()))], [[provisionalId('a', 0), true]]],
    [
      'answered: the server rows only',
      [server('a', 0)],
      [note('a', 'waiting', read(row()))],
      [['s-a-0', false]],
    ],
    ['done', [], [note('a', 'done', read(row()))], []],
    ['refused: its card says so instead', [], [note('a', 'failed', read(row()))], []],
    [
      'not read by the server (it took no words): its card says why',
      [],
      [note('a', 'awaiting_transcription', read(row()))],
      [],
    ],
    [
      'waiting for a sign-in',
      [],
      [note('a', 'waiting_for_sign_in', read(row()))],
      [[provisionalId('a', 0), true]],
    ],
    ['still recording', [], [note('a', 'recording', read(row()))], []],
    ['no reading (no words heard)', [], [note('a', 'awaiting_transcription')], []],
    [
      'a row deleted before sending',
      [],
      [note('a', 'waiting', read(null, row()))],
      [[provisionalId('a', 1), true]],
    ],
    [
      'two notes, one answered',
      [server('a', 0)],
      [note('a', 'waiting', read(row())), note('b', 'waiting', read(row(), row({ amount: '3.00' })))],
      [
        ['s-a-0', false],
        [provisionalId('b', 0), true],
        [provisionalId('b', 1), true],
      ],
    ],
  ] as const)('%s', (_, expenses, notes, listed) => {
    expect(ids([...expenses], [...notes])).toEqual(listed);
  });

  it("takes the note's key, position, words and time, so the server's row lands in its place", () => {
    const [unsent] = withProvisional(
      [],
      [note('a', 'waiting', read(row()), { kind: 'text', text: '12,50 resto' })],
    );
    expect(unsent).toMatchObject({
      clientId: 'a',
      position: 0,
      amount: '12.50',
      transcript: '12,50 resto',
      transcriptSource: null,
      source: 'text',
      createdAt: '2026-11-24T11:30:00.000Z',
      provisional: true,
    });
  });
});

describe('a change to an unsent row', () => {
  const AT = '2026-11-24T12:35:00.000+01:00';
  const waiting = row({ status: 'needs_review', reviewReason: 'low_confidence' });
  it.each([
    [
      'an edit: the changed fields, remembered; it no longer waits',
      read(waiting),
      { kind: 'edit', patch: { amount: '13.00', category: 'dining' } },
      [{ ...waiting, amount: '13.00', status: 'saved', reviewReason: null }],
      [{ position: 0, patch: { amount: '13.00' }, at: AT }],
    ],
    [
      'an unchanged save of a row that waits: an accept',
      read(waiting),
      { kind: 'edit', patch: { amount: '12.50' } },
      [{ ...waiting, status: 'saved', reviewReason: null }],
      [{ position: 0, patch: { amount: '12.50' }, at: AT }],
    ],
    [
      'an accept',
      read(row({ status: 'needs_review', reviewReason: 'awaiting_confirmation' })),
      { kind: 'accept' },
      [row()],
      [{ position: 0, patch: { amount: '12.50' }, at: AT }],
    ],
    [
      'an edit of a row with no amount that gives none: still to complete',
      read(row({ amount: null, status: 'needs_review', reviewReason: 'no_amount' })),
      { kind: 'edit', patch: { category: 'transport' } },
      [row({ amount: null, category: 'transport', status: 'needs_review', reviewReason: 'no_amount' })],
      [{ position: 0, patch: { category: 'transport' }, at: AT }],
    ],
    [
      'a delete',
      read(row(), row({ amount: '3.00' })),
      { kind: 'delete' },
      [null, row({ amount: '3.00' })],
      [{ position: 0, at: AT }],
    ],
  ] as const)('%s', (_, before, change, expenses, changes) => {
    expect(changeProvisional(before, 0, change, AT)).toEqual({ expenses, changes });
  });

  it('stamps the fields the person changed as theirs, from that day, and keeps where the others came from', () => {
    const heard = row({
      provenance: { amount: { from: 'heard' }, category: { from: 'parsed' }, date: { from: 'parsed' } },
    });
    const changed = changeProvisional(read(heard), 0, { kind: 'edit', patch: { amount: '14.00' } }, AT);
    expect(changed?.expenses[0]?.provenance).toEqual({
      amount: { from: 'person', at: '2026-11-24' },
      category: { from: 'parsed' },
      date: { from: 'parsed' },
    });
    // The row the page read is left as it was.
    expect(heard.provenance?.amount).toEqual({ from: 'heard' });
  });

  it.each([
    ['an unchanged save of a saved row', read(row()), { kind: 'edit', patch: { amount: '12.50' } }],
    [
      'an accept of a row with no amount',
      read(row({ amount: null, status: 'needs_review' })),
      { kind: 'accept' },
    ],
    ['a change of a deleted row', read(null), { kind: 'delete' }],
  ] as const)('does nothing for %s', (_, before, change) => {
    expect(changeProvisional(before, 0, change, AT)).toBeNull();
  });
});

describe('an unsent household bill: its payer and shares', () => {
  const AT = '2026-12-05T09:00:00.000+01:00';
  const bill = row({
    amount: '48.00',
    householdId: 'h',
    paidBy: 'marie',
    split: [
      { memberId: 'marie', cents: 2400 },
      { memberId: 'paul', cents: 2400 },
    ],
    provenance: { amount: { from: 'parsed' } },
  });

  it('takes the payer and shares chosen, remembers them for the server and stamps them as the person’s', () => {
    const split = [
      { memberId: 'marie', cents: 3200 },
      { memberId: 'paul', cents: 1600 },
    ];
    const changed = changeProvisional(read(bill), 0, { kind: 'edit', patch: { paidBy: 'paul', split } }, AT);
    expect(changed?.expenses[0]).toMatchObject({ paidBy: 'paul', split, amount: '48.00' });
    expect(changed?.expenses[0]?.provenance).toEqual({
      amount: { from: 'parsed' },
      paidBy: { from: 'person', at: '2026-12-05' },
      split: { from: 'person', at: '2026-12-05' },
    });
    expect(changed?.changes).toEqual([{ position: 0, patch: { paidBy: 'paul', split }, at: AT }]);
  });

  it('re-splits the shares in their proportions when the amount alone is edited, as the server will', () => {
    const twoToOne = {
      ...bill,
      split: [
        { memberId: 'marie', cents: 3200 },
        { memberId: 'paul', cents: 1600 },
      ],
    };
    const changed = changeProvisional(read(twoToOne), 0, { kind: 'edit', patch: { amount: '60.00' } }, AT);
    expect(changed?.expenses[0]?.split).toEqual([
      { memberId: 'marie', cents: 4000 },
      { memberId: 'paul', cents: 2000 },
    ]);
    // Only the amount is sent: the server re-splits by the same rule.
    expect(changed?.changes).toEqual([{ position: 0, patch: { amount: '60.00' }, at: AT }]);
  });

  it('sends nothing for shares saved as they were (the dialog gives a new list each time)', () => {
    const same = bill.split?.map((s) => ({ ...s }));
    expect(changeProvisional(read(bill), 0, { kind: 'edit', patch: { split: same ?? [] } }, AT)).toBeNull();
  });

  it.each([
    [
      'shares of the amount the server read go as they are',
      '48.00',
      { split: [{ memberId: 'm', cents: 4800 }] },
      [4800],
    ],
    [
      'shares of another amount go in their proportions to the server’s',
      '60.00',
      {
        split: [
          { memberId: 'm', cents: 3200 },
          { memberId: 'p', cents: 1600 },
        ],
      },
      [4000, 2000],
    ],
    [
      'shares sent with an amount go as they are (the server checks them against it)',
      '60.00',
      { amount: '48.00', split: [{ memberId: 'm', cents: 4800 }] },
      [4800],
    ],
  ] as const)('%s', (_, amount, patch, cents) => {
    const sent = sharesOfItsAmount(
      { ...patch, split: patch.split.map((s) => ({ ...s })) },
      server('a', 0, { amount }),
    );
    expect(sent.split?.map((s) => s.cents)).toEqual(cents);
  });
});

describe('early changes replayed on the server rows', () => {
  const answered = [server('a', 0), server('a', 1, { id: 's-a-1', amount: '3.00' })];

  it('goes to the server row at the same position, in order, with the time it was made on this phone', () => {
    const provisional: Provisional = {
      expenses: [],
      changes: [
        { position: 1, patch: { category: 'transport' }, at: '2026-11-24T12:31:00.000+01:00' },
        { position: 0, at: '2026-11-24T12:40:00.000+01:00' },
        { position: 2, patch: { amount: '1.00' }, at: '2026-11-24T12:41:00.000+01:00' },
      ],
    };
    expect(replayChanges(provisional, answered)).toEqual([
      // Made before the server had the row: its own time still, never the server's `createdAt`
      // (another clock); a field nobody edited since goes to it on the server.
      {
        expenseId: 's-a-1',
        patch: { category: 'transport' },
        editedAt: new Date('2026-11-24T11:31:00.000Z'),
      },
      { expenseId: 's-a-0', editedAt: new Date('2026-11-24T11:40:00.000Z') },
      // Position 2: the server heard only two expenses; nothing to change.
    ]);
  });
});
