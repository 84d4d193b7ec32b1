import type { Expense } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import type { Note } from '../data/db.ts';
import type { NoteState } from '../data/outbox-machine.ts';
import type { Listed } from './provisional.ts';
import { byNewest, deviceToday, upcomingToConfirm, waitingNotes } from './shown.ts';

// Only what the decisions read; the rest of an expense does not matter to them.
const row = (id: string, date: string, createdAt: string): Listed =>
  ({ id, clientId: `c-${id}`, date, createdAt }) as Partial<Expense> as Listed;
const note = (id: string, state: NoteState): Note =>
  ({ id, state, attempts: 0, nextAttemptAt: 0, lastError: null }) as unknown as Note;

describe('byNewest', () => {
  it('puts the newest day first, and within a day the row made last', () => {
    const rows = [
      row('a', '2026-12-01', '2026-12-01T09:00:00Z'),
      row('b', '2026-12-02', '2026-12-02T08:00:00Z'),
      row('c', '2026-12-01', '2026-12-01T18:00:00Z'),
      row('d', '2026-12-02', '2026-12-02T20:00:00Z'),
    ];
    expect(rows.sort(byNewest).map((r) => r.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('shows the rows of one note, whose times tie, in the order they were said, whatever order they came in', () => {
    const said = (position: number): Listed => ({
      ...row(`n1-${position}`, '2026-12-02', '2026-12-02T08:00:00.123456Z'),
      clientId: 'n1',
      position,
    });
    const later = row('later', '2026-12-02', '2026-12-02T09:00:00Z');
    const orders = [
      [said(0), said(1), said(2), later],
      [said(2), later, said(1), said(0)],
      [said(1), said(2), said(0), later],
    ];
    for (const rows of orders) {
      expect(rows.sort(byNewest).map((r) => r.id)).toEqual(['later', 'n1-0', 'n1-1', 'n1-2']);
    }
  });

  it('orders two notes made in the same instant the same way whichever comes first', () => {
    const at = '2026-12-02T08:00:00Z';
    const a = { ...row('a', '2026-12-02', at), position: 0 };
    const b = { ...row('b', '2026-12-02', at), position: 0 };
    expect([a, b].sort(byNewest)).toEqual([b, a].sort(byNewest));
    expect([b, a].sort(byNewest).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('waitingNotes', () => {
  const notes = [
    note('recording', 'recording'),
    note('sending', 'sending'),
    note('waiting', 'waiting'),
    note('failed', 'failed'),
    note('done', 'done'),
    note('read-here', 'waiting'),
  ];
  const rows: Listed[] = [
    { ...row('x', '2026-12-02', '2026-12-02T08:00:00Z'), clientId: 'read-here', provisional: true },
    { ...row('y', '2026-12-02', '2026-12-02T08:00:00Z'), clientId: 'done' },
  ];

  it('counts every note that waits, not one being recorded nor one answered', () => {
    expect(waitingNotes(notes, rows).pending.map((n) => n.id)).toEqual([
      'sending',
      'waiting',
      'failed',
      'read-here',
    ]);
  });

  it('shows a note read on the phone as its unsent rows, not as a card too', () => {
    expect(waitingNotes(notes, rows).cards.map((n) => n.id)).toEqual(['sending', 'waiting', 'failed']);
  });
});

describe('upcomingToConfirm', () => {
  it.each([
    ['awaiting_confirmation', '2026-11-25', true],
    ['awaiting_confirmation', '2026-11-24', false],
    ['awaiting_confirmation', '2026-11-20', false],
    ['future_date', '2026-11-25', false],
    [null, '2026-11-25', false],
  ] as const)(
    'a row waiting for %s on %s, seen on 24 November: upcoming %s',
    (reviewReason, date, upcoming) => {
      expect(upcomingToConfirm({ reviewReason, date }, '2026-11-24')).toBe(upcoming);
    },
  );

  it("reads today from the device's own calendar", () => {
    expect(deviceToday(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
    expect(deviceToday(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });
});
