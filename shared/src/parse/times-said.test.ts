import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// Instalments (round amounts27, issue 29): « en 3 fois » says how a total is paid, no count to
// multiply by; a count of parts « de », "of" an amount is that many times it.

describe('the amount said with « en N fois » or "in N payments" is the total', () => {
  it.each([
    // Were 900 € and 800 € (the count before « fois » multiplied the total).
    ['payé en 3 fois 300 euros', ['300.00 EUR']],
    ['la télé en 4 fois 200 euros', ['200.00 EUR']],
    ['un canapé 900 euros en trois fois sans frais', ['900.00 EUR']],
    ['300 € en 3 mensualités', ['300.00 EUR']],
    ['paid 300 euros in 3 instalments', ['300.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // Were 300 $ (a split guessed in two): paying in parts shares nothing with anyone.
    ['laptop 600 dollars split into 4 payments', ['600.00 USD']],
    ['the sofa, 900 euros, split into three installments', ['900.00 EUR']],
  ])('no share: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a count of parts « de », "of" an amount is that many times it', () => {
  it.each([
    // Were 100 €, 100 $ and 50 € (the part taken for the whole).
    ['3 mensualités de 100 €', ['300.00 EUR']],
    ['3 payments of 100 dollars for the laptop', ['300.00 USD']],
    ['split into 4 payments of 50 euros', ['200.00 EUR']],
    ['trois versements de 40 euros pour le vélo', ['120.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    ['2 fois 40 euros de taxi', ['80.00 EUR']],
    ['three times 12 dollars', ['36.00 USD']],
    ['resto 60 euros divisé en 3', ['20.00 EUR']],
    ['split three ways, 60 euros', ['20.00 EUR']],
  ])('a count said as times, or a share, is unchanged: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
