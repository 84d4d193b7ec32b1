import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

describe('a figure before "which" is money its clause tells of, no count of "whiches" (bare-numbers.ts)', () => {
  it.each([
    ['lunch 20, taxi 30 which work refunds', ['20.00 EUR', '30.00 EUR']],
    ['taxi 30 which the office refunds', ['30.00 EUR']],
    ['taxi 30 which I paid', ['30.00 EUR']],
    ['taxi 30 which work refunds, lunch 20', ['30.00 EUR', '20.00 EUR']],
    ['lunch 20, taxi 30 whom I tipped', ['20.00 EUR', '30.00 EUR']],
    ['déj 20, pull 30 laquelle était soldée', ['20.00 EUR', '30.00 EUR']],
  ])('%s → %j', (text, amounts) => expect(amountsOf(text)).toEqual(amounts));

  it.each([
    ['I bought 3 which cost 12 each', ['36.00 EUR']],
    ['got 2 which were 5 euros each', ['10.00 EUR']],
  ])('a count whose price the clause says still multiplies: %s → %j', (text, amounts) =>
    expect(amountsOf(text)).toEqual(amounts),
  );
});
