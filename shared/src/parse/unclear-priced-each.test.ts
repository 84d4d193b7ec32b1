/**
 * The vanish52 reading of "12 roses at 2.50 each" (issue 29): a sentence kept to look at
 * (unclear_amount) still multiplies a price said each by the things counted before it, as a sure
 * expense does; a price with no "each", or no count, stays the figure heard.
 */
import { describe, expect, it } from 'vitest';
import { movedOrSpentShort as read } from './testing/test-parse.ts';

describe('a price each in a sentence kept to look at', () => {
  it.each([
    ['12 roses at 2.50 each', 'spent 30.00 unclear_amount'],
    ['12 roses, 2.50 each', 'spent 30.00 unclear_amount'],
    ['douze roses à 2,50 chacune', 'spent 30.00 unclear_amount'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    ['12 roses at 2.50', 'spent 2.50 unclear_amount'],
    ['roses 2.50 each', 'spent 2.50 unclear_amount'],
    ['35', 'spent 35.00 unclear_amount'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
