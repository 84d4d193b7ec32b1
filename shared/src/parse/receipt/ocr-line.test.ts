import { describe, expect, it } from 'vitest';
import { amountsInLine, cleanLine, editDistance, fixWord, wordsOf } from './ocr-line.ts';

const cents = (line: string) => amountsInLine(cleanLine(line)).map((a) => (a.negative ? -a.cents : a.cents));

describe('amounts on one OCR line', () => {
  it.each([
    ['TOTAL TTC 47,83 €', [4783]],
    ['TOTAL 47.83', [4783]],
    ['NET A PAYER 65,87€', [6587]],
    ['AMOUNT DUE $48.82', [4882]],
    ['CONTACTLESS £12.40', [1240]],
    ['MONTANT = 26,00 EUR', [2600]],
    ['TOTAL EUR47.83', [4783]],
    ['Total 1 234,56', [123456]],
    ['Total 1,234.56', [123456]],
    ['Total 1.234,56', [123456]],
    ['  2 x 1,37   2,74', [137, 274]],
    ['REMISE FIDELITE -2,17', [-217]],
    ['REMISE 2,17-', [-217]],
  ])('"%s" holds %j', (line, expected) => {
    expect(cents(line)).toEqual(expected);
  });

  it.each([
    ['T0TAL 4O,5O', [4050]],
    ['TOTAL l2,50', [1250]],
    ['TOTAL 47 ,83', [4783]],
    ['TOTAL 47, 83', [4783]],
    ['TOTAL 1O3,2O €', [10320]],
    ['VISA S48.82', [4882]],
    ['CB 6S,87', [6587]],
  ])('undoes the usual OCR slips in "%s": %j', (line, expected) => {
    expect(cents(line)).toEqual(expected);
  });

  it.each([
    ['PRIX UNIT. 1,879 €/L'],
    ['VOLUME 32,150 L'],
    ['20,00%  31,24'],
    ['TEL 03 21 46 28 71'],
    ['SIRET 522 938 846 00036'],
    ['16/09/2025 12:05'],
    ['EAU MINERALE 6X1,5L'],
    ['NB ARTICLES 16'],
    ['Il,SO'],
  ])('finds no money where "%s" has none (or only the VAT rate’s neighbour)', (line) => {
    expect(cents(line).filter((c) => c !== 3124)).toEqual([]);
  });
});

describe('words on one OCR line', () => {
  it('reads digits inside words as the letters they stand for, and drops accents', () => {
    expect(wordsOf('T0TAL À PAYER')).toEqual(['total', 'a', 'payer']);
    expect(wordsOf('SOUS-T0TAL 12,50')).toEqual(['sous', 'total']);
    expect(wordsOf('PHARMACIE DU MARCHÉ')).toEqual(['pharmacie', 'du', 'marche']);
  });

  it('fixes a misread word to the vocabulary word one edit away, five letters or more', () => {
    const vocabulary = new Set(['total', 'payer', 'montant']);
    expect(fixWord('totai', vocabulary)).toBe('total');
    expect(fixWord('montnt', vocabulary)).toBe('montant');
    expect(fixWord('tata', vocabulary)).toBe('tata');
    expect(fixWord('poire', vocabulary)).toBe('poire');
  });

  it('measures edit distance and stops early', () => {
    expect(editDistance('total', 'totai', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
