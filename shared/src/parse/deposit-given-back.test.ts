/**
 * The vanish52 reading of « la caution de 200 € rendue » (issue 29): a deposit the clause ends by
 * saying was given back (« rendue », « restituée ») came back to the speaker, a refund; given back
 * to someone named, not yet given back, or paid, it stays an expense.
 */
import { describe, expect, it } from 'vitest';
import { movedOrSpentShort as read } from './testing/test-parse.ts';

describe('a deposit said given back', () => {
  it.each([
    ['la caution de 200 € rendue', 'refund 200.00'],
    ['la caution de 200 € restituée', 'refund 200.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    ['la caution de 200 € pas encore rendue', 'spent 200.00'],
    ['la caution de 200 € jamais rendue', 'spent 200.00'],
    ['la caution de 200 € rendue au proprio', 'spent 200.00'],
    ["j'ai payé la caution de 200 €", 'spent 200.00'],
    ['le loyer de 800 € rendu', 'spent 800.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
