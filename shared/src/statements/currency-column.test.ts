import { describe, expect, it } from 'vitest';
import { CURRENCY_HEADER, guessCurrencyColumn, headerKey } from './currency-column.ts';

const ROWS = [
  ['28/11/2026', 'Carrefour', '-42.10', 'EUR'],
  ['16/11/2026', 'Uber New York', '-50.00', 'USD'],
];

describe('the currency column a CSV’s mapping form guesses', () => {
  it.each([
    ['« Devise »', 'Devise'],
    ['« Monnaie »', 'Monnaie'],
    ['"Currency"', 'Currency'],
    ['"CCY"', 'CCY'],
    ['« DEVISE » in capitals', 'DEVISE'],
    ['"Währung"', 'Währung'],
  ])('by its header: %s', (_what, header) => {
    expect(guessCurrencyColumn(['Quand', 'Quoi', 'Combien', header], ROWS)).toBe(3);
  });

  it('by its values when the header says nothing: ISO 4217 codes in every filled cell', () => {
    expect(guessCurrencyColumn(['Quand', 'Quoi', 'Combien', 'Col4'], ROWS)).toBe(3);
    expect(
      guessCurrencyColumn(
        ['A', 'B', 'C'],
        [
          ['2026-11-28', ' usd ', '-4.00'],
          ['2026-11-29', '', '-5.00'],
        ],
      ),
    ).toBe(1);
  });

  it('guesses none when the file has no currency column', () => {
    expect(
      guessCurrencyColumn(
        ['Quand', 'Quoi', 'Combien'],
        ROWS.map((r) => r.slice(0, 3)),
      ),
    ).toBeNull();
    // Three-letter words that are not all codes: a merchant « BIO », a label « EUR » once.
    expect(
      guessCurrencyColumn(
        ['Quand', 'Quoi', 'Combien'],
        [
          ['28/11/2026', 'BIO', '-4.00'],
          ['29/11/2026', 'CAFE DU COIN', '-2.00'],
        ],
      ),
    ).toBeNull();
  });

  it('does not take an original currency, nor a header whose cells are not codes', () => {
    expect(CURRENCY_HEADER.test(headerKey('Devise d’origine'))).toBe(false);
    expect(CURRENCY_HEADER.test(headerKey('Original currency'))).toBe(false);
    expect(
      guessCurrencyColumn(['Date', 'Devise', 'Montant'], [['28/11/2026', 'Paiement en dollars', '-4.00']]),
    ).toBeNull();
  });

  it('does not choose between two columns of codes by their values alone', () => {
    expect(guessCurrencyColumn(['A', 'B', 'C', 'D'], [['28/11/2026', 'EUR', '-4.00', 'USD']])).toBeNull();
  });
});
