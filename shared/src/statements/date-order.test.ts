import { describe, expect, it } from 'vitest';
import { decidedDateOrder, guessDateOrder } from './date-order.ts';

describe('the date order a file decides', () => {
  it.each([
    ['a 13th day written first', ['01/04/2026', '13/04/2026'], 'dmy'],
    ['a 13th day written second (US)', ['04/01/2026', '04/13/2026'], 'mdy'],
    ['a year first', ['2026-04-13'], 'ymd'],
    ['the 31st, a day and no year', ['31/01/2026'], 'dmy'],
    ['two-digit years and dots', ['28.11.26'], 'dmy'],
    ['Quicken’s apostrophe', ["11/28'26"], 'mdy'],
    ['days and months all 12 or under', ['04/01/2026', '12/12/2026'], null],
    ['both readings seen', ['13/01/2026', '01/13/2026'], null],
    ['no date at all', ['Date', '', 'CB CARREFOUR'], null],
    ['the 12th, on the edge', ['12/04/2026', '04/12/2026'], null],
  ] as const)('%s', (_what, samples, order) => {
    expect(decidedDateOrder(samples)).toBe(order);
  });

  it('falls back to day first, or to what it is told, when the dates do not decide', () => {
    expect(guessDateOrder(['04/01/2026'])).toBe('dmy');
    expect(guessDateOrder(['04/01/2026'], 'mdy')).toBe('mdy');
    expect(guessDateOrder(['04/13/2026'], 'dmy')).toBe('mdy');
  });
});
