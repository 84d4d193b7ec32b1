import { describe, expect, it } from 'vitest';
import { labelWords, maskAccount, maskAccountNumbers, merchantName } from './bank-label.ts';
import { labelCategory } from './label-category.ts';

describe('bank labels', () => {
  it.each([
    ['CB CARREFOUR 28/11 CARTE 4974', ['carrefour']],
    ['PRLV SEPA FREE MOBILE', ['free', 'mobile']],
    ['VIR SEPA RECU /DE ACME SAS /MOTIF SALAIRE NOVEMBRE 2026', ['acme']],
    ['CB LE PETIT ZINC 24/11 CARTE 4974', ['petit', 'zinc']],
    ['CARTE 28/11/26 CARREFOUR CB*4974', ['carrefour']],
    ['PAIEMENT PAR CARTE\r\nCAFÉ DE LA GARE', ['cafe', 'gare']],
    ['NETFLIX.COM', ['netflix']],
  ])('reads %j as the merchant %j', (label, words) => {
    expect(labelWords(label)).toEqual(words);
  });

  it('names the merchant as a person would', () => {
    expect(merchantName('CB CARREFOUR 28/11 CARTE 4974')).toBe('Carrefour');
    expect(merchantName('CB LE PETIT ZINC 24/11')).toBe('Petit Zinc');
    // An Irish bank's (the English screenshots' statement).
    expect(merchantName('POS TESCO STORES CARD 4974')).toBe('Tesco Stores');
    expect(merchantName('DD VODAFONE IRELAND')).toBe('Vodafone Ireland');
    expect(merchantName('POS NETFLIX.COM CARD 4974')).toBe('Netflix');
  });

  it.each([
    ['VIR FR7630006000011234567890189 LOYER', 'VIR •••• 0189 LOYER'],
    ['VIR FR76 3000 6000 0112 3456 7890 189 LOYER', 'VIR •••• 0189 LOYER'],
    ['PAIEMENT CARTE 4974 0123 4567 8912 AMAZON', 'PAIEMENT CARTE •••• 8912 AMAZON'],
    ['CB CARREFOUR 28/11 CARTE 4974', 'CB CARREFOUR 28/11 CARTE 4974'],
  ])('masks account and card numbers in %j', (text, masked) => {
    expect(maskAccountNumbers(text)).toBe(masked);
  });

  it('shows an account by its last four characters', () => {
    expect(maskAccount('FR7630006000011234567890189')).toBe('•••• 0189');
    expect(maskAccount('4974012345678912')).toBe('•••• 8912');
  });

  it.each([
    ['PRLV SEPA FREE MOBILE', 'utilities'],
    ['CB CARREFOUR 28/11 CARTE 4974', 'groceries'],
    ['CB PHARMACIE DU MARCHE 20/11', 'health'],
    ['CB SNCF INTERNET 01/12', 'transport'],
    ['PRLV SEPA NETFLIX.COM', 'leisure'],
    ['DD VODAFONE IRELAND', 'utilities'],
    ['POS TESCO STORES CARD 4974', 'groceries'],
  ])('suggests a category for %j', (label, category) => {
    expect(labelCategory(label)).toBe(category);
  });

  it('prefers what the person taught over the lexicon', () => {
    expect(labelCategory('CB CARREFOUR 28/11', [{ phrase: 'carrefour', category: 'shopping' }])).toBe(
      'shopping',
    );
    expect(labelCategory('CB LE PETIT ZINC 24/11', [{ phrase: 'petit zinc', category: 'dining' }])).toBe(
      'dining',
    );
  });
});
