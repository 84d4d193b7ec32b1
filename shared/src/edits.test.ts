import { describe, expect, it } from 'vitest';
import { EDITABLE_FIELDS, editMoment, resolveFieldEdits } from './edits.ts';

describe('resolveFieldEdits (last writer wins, per field)', () => {
  it.each([
    {
      name: 'a later edit wins',
      stamps: {},
      edit: { amount: '13.00' },
      at: '2026-11-24T11:00:00Z',
      apply: { amount: '13.00' },
      rejected: [],
    },
    {
      name: 'an offline phone replaying an older edit loses to the laptop’s newer one',
      stamps: { amount: '2026-11-24T12:00:00Z' },
      edit: { amount: '9.00' },
      at: '2026-11-24T11:00:00Z',
      apply: {},
      rejected: ['amount'],
    },
    {
      name: 'two devices changing different fields both win',
      stamps: { category: '2026-11-24T12:00:00Z' },
      edit: { description: 'Boulangerie' },
      at: '2026-11-24T11:00:00Z',
      apply: { description: 'Boulangerie' },
      rejected: [],
    },
    {
      name: 'a mixed edit keeps what it won and loses the rest',
      stamps: { amount: '2026-11-24T12:00:00Z' },
      edit: { amount: '9.00', date: '2026-11-23' },
      at: '2026-11-24T11:00:00Z',
      apply: { date: '2026-11-23' },
      rejected: ['amount'],
    },
    {
      // The row's creation is no one's edit: an older edit was made to the note's row before the
      // server had it (a phone's early change), or on a clock that runs behind.
      name: 'an edit older than the row itself wins a field nobody edited',
      stamps: {},
      edit: { currency: 'USD' },
      at: '2026-11-24T09:00:00Z',
      apply: { currency: 'USD' },
      rejected: [],
    },
    {
      name: 'the same edit replayed (same instant) is applied again, harmlessly',
      stamps: { amount: '2026-11-24T11:00:00Z' },
      edit: { amount: '13.00' },
      at: '2026-11-24T11:00:00Z',
      apply: { amount: '13.00' },
      rejected: [],
    },
    {
      name: 'every editable field, each against its own stamp',
      stamps: { currency: '2026-11-24T12:00:00Z', description: '2026-11-24T12:00:00Z' },
      edit: { amount: '1.00', currency: 'USD', category: 'dining', description: 'x', date: '2026-11-01' },
      at: '2026-11-24T11:00:00Z',
      apply: { amount: '1.00', category: 'dining', date: '2026-11-01' },
      rejected: ['currency', 'description'],
    },
    {
      name: 'a stamp that is no instant does not block the edit',
      stamps: { amount: 'not a date' },
      edit: { amount: '4.00' },
      at: '2026-11-24T09:00:00Z',
      apply: { amount: '4.00' },
      rejected: [],
    },
  ])('$name', ({ stamps, edit, at, apply, rejected }) => {
    const result = resolveFieldEdits(stamps, edit, at);
    expect(result.apply).toEqual(apply);
    expect(result.rejected).toEqual(rejected);
    expect(result.stamps).toEqual(Object.fromEntries(Object.keys(apply).map((field) => [field, at])));
  });

  it('wins a bill’s payer and shares field by field, as the others', () => {
    const split = [{ memberId: 'm1', cents: 100 }];
    const result = resolveFieldEdits(
      { paidBy: '2026-11-24T12:00:00Z', split: '2026-11-24T10:00:00Z' },
      { paidBy: 'm2', split },
      '2026-11-24T11:00:00Z',
    );
    expect(result).toEqual({
      apply: { split },
      stamps: { split: '2026-11-24T11:00:00Z' },
      rejected: ['paidBy'],
    });
  });

  it('knows the fields a person can edit', () => {
    expect(EDITABLE_FIELDS).toEqual(['amount', 'currency', 'category', 'description', 'date']);
  });

  it('ignores what is not an editable field', () => {
    const edit = { amount: '2.00', status: 'saved' } as Parameters<typeof resolveFieldEdits>[1];
    expect(resolveFieldEdits({}, edit, '2026-11-24T11:00:00Z').apply).toEqual({ amount: '2.00' });
  });
});

describe('editMoment (an edit on the server’s clock, whatever the phone’s)', () => {
  const NOW = new Date('2026-11-24T12:00:00.000Z');
  it.each([
    {
      name: 'a phone ten minutes behind: its change made 30 s before sending counts 30 s ago',
      editedAt: '2026-11-24T12:49:30.000+01:00',
      sentAt: '2026-11-24T12:50:00.000+01:00',
      made: '2026-11-24T11:59:30.000Z',
    },
    {
      name: 'a phone ten minutes ahead: the same',
      editedAt: '2026-11-24T13:09:30.000+01:00',
      sentAt: '2026-11-24T13:10:00.000+01:00',
      made: '2026-11-24T11:59:30.000Z',
    },
    {
      name: 'a change made offline an hour before it was sent, on a clock a day off',
      editedAt: '2026-11-23T11:00:00.000Z',
      sentAt: '2026-11-23T12:00:00.000Z',
      made: '2026-11-24T11:00:00.000Z',
    },
    {
      name: 'a phone right on time: its own stamp',
      editedAt: '2026-11-24T11:59:59.250Z',
      sentAt: '2026-11-24T12:00:00.000Z',
      made: '2026-11-24T11:59:59.250Z',
    },
    {
      name: 'a phone whose request took 300 ms: its own stamp, not one 300 ms late',
      editedAt: '2026-11-24T11:59:58.000Z',
      sentAt: '2026-11-24T11:59:59.700Z',
      made: '2026-11-24T11:59:58.000Z',
    },
    {
      name: 'a phone 2.5 s behind: shifted, its change made 2 s before sending counts 2 s ago',
      editedAt: '2026-11-24T11:59:55.500Z',
      sentAt: '2026-11-24T11:59:57.500Z',
      made: '2026-11-24T11:59:58.000Z',
    },
    {
      name: 'a phone older than sentAt: its stamp as it is',
      editedAt: '2026-11-24T11:50:00.000Z',
      sentAt: undefined,
      made: '2026-11-24T11:50:00.000Z',
    },
    {
      name: 'a phone older than sentAt, ahead: now, so it cannot freeze the field',
      editedAt: '2026-11-24T12:10:00.000Z',
      sentAt: undefined,
      made: '2026-11-24T12:00:00.000Z',
    },
    {
      name: 'a change stamped after it was sent (the clock moved meanwhile): now',
      editedAt: '2026-11-24T12:05:00.000Z',
      sentAt: '2026-11-24T12:00:00.000Z',
      made: '2026-11-24T12:00:00.000Z',
    },
    { name: 'no time at all: now', editedAt: undefined, sentAt: undefined, made: '2026-11-24T12:00:00.000Z' },
  ])('$name', ({ editedAt, sentAt, made }) => {
    expect(editMoment(editedAt, sentAt, NOW)).toBe(made);
  });

  it('keeps two changes of one phone in the order they were made, sent apart, whatever its clock', () => {
    for (const skew of [-600_000, 0, 600_000]) {
      const phone = (ms: number) => new Date(ms + skew).toISOString();
      const first = Date.parse('2026-11-24T11:00:00.000Z');
      // Made 1 ms apart, offline; the second sent 40 s after the first.
      const a = editMoment(phone(first), phone(first + 60_000), new Date(first + 60_000));
      const b = editMoment(phone(first + 1), phone(first + 100_000), new Date(first + 100_000));
      expect(Date.parse(b) - Date.parse(a)).toBe(1);
    }
  });
});
