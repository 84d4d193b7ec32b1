import { describe, expect, it } from 'vitest';
import { failureBudget } from './failure-budget.ts';

/** A budget on a clock the test moves: 3 wrong codes per client, alarm at 5, 60 s windows. */
function budget(maxClients?: number) {
  let t = 0;
  const b = failureBudget({
    perClient: 3,
    alarm: 5,
    windowMs: 60_000,
    now: () => t,
    ...(maxClients ? { maxClients } : {}),
  });
  return {
    b,
    at: (ms: number) => {
      t = ms;
    },
  };
}

describe('the wrong codes of one code space', () => {
  it('lets a client send its wrong codes, then makes it wait out its own window', () => {
    const { b, at } = budget();
    for (let i = 0; i < 3; i++) {
      expect(b.waitSeconds('a')).toBeNull();
      b.record('a');
    }
    expect(b.waitSeconds('a')).toBe(60);
    at(59_500);
    expect(b.waitSeconds('a')).toBe(1);
    at(60_000);
    expect(b.waitSeconds('a')).toBeNull();
  });

  it('under a flood from many clients, holds those that guessed wrong and never a fresh one', () => {
    const { b, at } = budget();
    at(10_000);
    for (const client of ['a', 'b', 'c', 'd']) b.record(client);
    // Four wrong codes in all, under the alarm: one wrong code each is fine.
    expect(b.waitSeconds('a')).toBeNull();
    b.record('e');
    // Five: each client that guessed wrong waits until the space's window ends.
    expect(['a', 'b', 'e'].map((c) => b.waitSeconds(c))).toEqual([50, 50, 50]);
    expect(b.waitSeconds('the phone with the code')).toBeNull();
    at(60_000);
    expect(b.waitSeconds('a')).toBeNull();
  });

  it('forgets the oldest client first when it remembers too many', () => {
    const { b } = budget(2);
    for (let i = 0; i < 3; i++) b.record('a');
    b.record('b');
    b.record('c');
    expect(b.waitSeconds('a')).toBeNull();
  });
});
