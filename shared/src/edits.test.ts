import { describe, expect, it } from 'vitest';
import { EDITABLE_FIELDS, resolveFieldEdits } from './edits.ts';

const CREATED = '2026-11-24T10:00:00.000Z';

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
      name: 'an edit older than the row itself loses even on an untouched field',
      stamps: {},
      edit: { currency: 'USD' },
      at: '2026-11-24T09:00:00Z',
      apply: {},
      rejected: ['currency'],
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
    const result = resolveFieldEdits(stamps, CREATED, edit, at);
    expect(result.apply).toEqual(apply);
    expect(result.rejected).toEqual(rejected);
    expect(result.stamps).toEqual(Object.fromEntries(Object.keys(apply).map((field) => [field, at])));
  });

  it('knows the fields a person can edit', () => {
    expect(EDITABLE_FIELDS).toEqual(['amount', 'currency', 'category', 'description', 'date']);
  });

  it('ignores what is not an editable field', () => {
    const edit = { amount: '2.00', status: 'saved' } as Parameters<typeof resolveFieldEdits>[2];
    expect(resolveFieldEdits({}, CREATED, edit, '2026-11-24T11:00:00Z').apply).toEqual({ amount: '2.00' });
  });
});
