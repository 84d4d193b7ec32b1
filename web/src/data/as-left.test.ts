import type { Expense } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { rebasedAfterRefusal, withPendingOps, withUnansweredChanges } from './as-left.ts';
import type { EarlyChange, Note, Op } from './db.ts';
import { savedExpense } from './expense-fixtures.ts';
import { queued } from './new-note.ts';

const row = (clientId: string, position: number, over: Partial<Expense> = {}): Expense =>
  savedExpense(`s-${clientId}-${position}`, {
    clientId,
    position,
    amount: '2.50',
    description: 'Café',
    ...over,
  });

const note = (id: string, over: Partial<Note> = {}): Note => ({
  id,
  payloadVersion: 1,
  kind: 'text',
  text: 'Café 2,50 €',
  recordedAt: '2026-11-24T12:00:00.000+01:00',
  timezone: 'Europe/Paris',
  locale: 'fr-FR',
  ...queued(),
  state: 'sending',
  createdAt: 0,
  ...over,
});

const changed = (...changes: EarlyChange[]) => ({ provisional: { expenses: [], changes } });
const at = '2026-11-24T12:00:05.000+01:00';
const amounts = (rows: Expense[]) => rows.map((e) => [e.id, e.amount, e.status]);

describe("the server's rows as a note's unsent rows were left before its answer", () => {
  const server = [row('a', 0), row('a', 1, { amount: '4.00', status: 'needs_review' }), row('b', 0)];
  const cases: [string, Note[], (string | null)[][]][] = [
    ['no note: as the server says', [], amounts(server)],
    [
      'a row deleted: that position goes, the rest and other notes stay',
      [note('a', changed({ position: 0, at }))],
      [
        ['s-a-1', '4.00', 'needs_review'],
        ['s-b-0', '2.50', 'saved'],
      ],
    ],
    [
      'a row edited: the edit, and it no longer waits for review',
      [note('a', changed({ position: 1, patch: { amount: '4.50' }, at }))],
      [
        ['s-a-0', '2.50', 'saved'],
        ['s-a-1', '4.50', 'saved'],
        ['s-b-0', '2.50', 'saved'],
      ],
    ],
    [
      'edited then deleted: gone',
      [note('a', changed({ position: 0, patch: { amount: '3.00' }, at }, { position: 0, at }))],
      [
        ['s-a-1', '4.00', 'needs_review'],
        ['s-b-0', '2.50', 'saved'],
      ],
    ],
    [
      'the note deleted whole: none of its rows',
      [note('a', { discarded: { at } })],
      [['s-b-0', '2.50', 'saved']],
    ],
    [
      'its answer landed here already: its changes are queued edits now, not read again',
      [
        note('a', {
          ...changed({ position: 0, at }),
          state: 'done',
          result: { clientId: 'a', status: 'saved', transcript: '', expenses: [] },
        }),
      ],
      amounts(server),
    ],
  ];
  it.each(cases)('%s', (_, notes, shown) => {
    expect(amounts(withUnansweredChanges(server, notes))).toEqual(shown);
  });
});

describe('the changes queued and not sent yet, on the rows read', () => {
  const op = (kind: Op['kind'], expense: Expense, seq: number, patch?: Op['patch']): Op => ({
    id: `op-${seq}`,
    kind,
    expenseId: expense.id,
    ...(patch ? { patch } : {}),
    editedAt: at,
    before: expense,
    ...queued(),
    createdAt: 0,
    seq,
  });
  const [cafe, bread] = [row('a', 0), row('b', 0, { amount: '4.00' })];
  it('shows the last edit made on top, hides a deleted row, leaves the others as read', () => {
    const ops = [op('edit', cafe, 2, { amount: '3.20' }), op('edit', cafe, 1, { amount: '3.00' })];
    expect(amounts(withPendingOps([cafe, bread], ops))).toEqual([
      ['s-a-0', '3.20', 'saved'],
      ['s-b-0', '4.00', 'saved'],
    ]);
    expect(amounts(withPendingOps([cafe, bread], [op('delete', bread, 1)]))).toEqual([
      ['s-a-0', '2.50', 'saved'],
    ]);
  });

  it('after a refusal, stands each later change of that row on the server’s, the ones before it on top', () => {
    const refused = op('edit', cafe, 1, { amount: '0.00', description: 'Refusé' });
    const left = { ...cafe, amount: '0.00', description: 'Refusé' };
    const second = op('edit', left, 2, { category: 'groceries' });
    const third = op('edit', { ...left, category: 'groceries' }, 3, { amount: '3.00' });
    const rebased = rebasedAfterRefusal(cafe, refused, [third, refused, second, op('edit', bread, 4)]);
    expect(rebased).toEqual([
      { id: 'op-2', before: cafe },
      { id: 'op-3', before: { ...cafe, category: 'groceries' } },
    ]);
  });
});
