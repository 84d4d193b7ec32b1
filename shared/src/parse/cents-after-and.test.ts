/**
 * The vanish52 reading of « douze euros et 50 » (issue 29): a figure of 10 to 99 joined by « et »
 * right after whole money is its cents when nothing follows, or when only an article and the thing
 * follow and nothing stood before the money; a thing named before, « pour », a count, or a figure
 * under 10 keep two amounts or none.
 */
import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

describe('« et 50 » after whole money', () => {
  it.each([
    ['douze euros et 50', ['12.50 EUR']],
    ['douze euros et 50 le ciné', ['12.50 EUR']],
    ['douze euros et cinquante le ciné', ['12.50 EUR']],
    ['le ciné douze euros et 50', ['12.50 EUR']],
    ['12 dollars and 50', ['12.50 USD']],
  ])('%s → %s', (text, want) => {
    expect(amountsOf(text)).toEqual(want);
  });

  it.each([
    ['le taxi 20 euros et 50 pour le resto', ['20.00 EUR', '50.00 EUR']],
    ['le taxi 20 euros et 50 le resto', ['20.00 EUR', '50.00 EUR']],
    ['30 euros et 20 pour le pain', ['30.00 EUR', '20.00 EUR']],
    ['quinze euros et une pizza', ['15.00 EUR']],
    ['10 euros et 2 cafés', ['10.00 EUR']],
  ])('%s stays %s', (text, want) => {
    expect(amountsOf(text)).toEqual(want);
  });
});
