import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// Half price, the full price said (round amounts21, issue 29). Each case failed before the rule.

describe('half price and the usual price said: half of it was paid', () => {
  it.each([
    // Were 40 €, 14 €, 80 €.
    ['le grille-pain à moitié prix, il était à 40', ['20.00 EUR']],
    ['half price pizza, normally 14', ['7.00 EUR']],
    ['la veste à moitié prix au lieu de 80', ['40.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // The price said plainly, or before half price, is what was paid.
    ['deux paires de lunettes, 270 € avec la deuxième à moitié prix', ['270.00 EUR']],
    ['the lamp was 30, half price', ['30.00 EUR']],
    ['half price cinema ticket, 6 euros', ['6.00 EUR']],
    ['le pull était à 30, à moitié prix', ['30.00 EUR']],
  ])('unchanged: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
