import { describe, expect, it } from 'vitest';
import { expenseChanges } from './realtime-changes.ts';

describe('Realtime subscriptions', () => {
  it('listen to the user’s own inserts and updates, never to deletes (not filtered by RLS)', () => {
    const changes = expenseChanges('u-1');
    expect(changes.map((c) => c.event)).toEqual(['INSERT', 'UPDATE']);
    expect(changes.every((c) => c.filter === 'user_id=eq.u-1' && c.table === 'expenses')).toBe(true);
    expect(changes.some((c) => (c.event as string) === '*' || (c.event as string) === 'DELETE')).toBe(false);
  });

  it('listen to the bills and the repayments of each household given too, by its id', () => {
    const changes = expenseChanges('u-1', ['h-1', 'h-2']);
    expect(changes.map((c) => `${c.table} ${c.event} ${c.filter}`)).toEqual([
      'expenses INSERT user_id=eq.u-1',
      'expenses UPDATE user_id=eq.u-1',
      'expenses INSERT household_id=eq.h-1',
      'expenses UPDATE household_id=eq.h-1',
      'expenses INSERT household_id=eq.h-2',
      'expenses UPDATE household_id=eq.h-2',
      'settlements INSERT household_id=eq.h-1',
      'settlements INSERT household_id=eq.h-2',
    ]);
  });
});
