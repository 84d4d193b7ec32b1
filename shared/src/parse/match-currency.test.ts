/** The currency reader on its own, over tokens: what each word or code says, and where it ends. */
import { describe, expect, it } from 'vitest';
import { isDollarCurrency, isLeadingCurrency, matchCurrency } from './currencies.ts';
import { tokenize } from './tokenize.ts';

/** "CODE end" for the currency at word `at` of `text` ("money" for the money in use), or null. */
const read = (text: string, at = 0) => {
  const m = matchCurrency(tokenize(text), at);
  if (!m) return null;
  const { code, minor, ambiguous, bucks } = m.word;
  const flags = [minor && 'minor', ambiguous && 'ambiguous', bucks && 'bucks'].filter(Boolean);
  return `${code ?? 'money'}${flags.length ? ` ${flags.join(' ')}` : ''} →${m.end}`;
};

describe('matchCurrency', () => {
  it.each([
    ['€', 'EUR →1'],
    ['euros', 'EUR →1'],
    ['Euros', 'EUR →1'],
    ['balles', 'money →1'],
    ['centimes', 'money minor →1'],
    ['cents', 'money minor →1'],
    ['pence', 'GBP minor →1'],
    ['$', 'USD →1'],
    ['dollars', 'USD →1'],
    ['us dollars', 'USD →2'],
    ['dollars américains', 'USD →2'],
    ['bucks', 'USD ambiguous bucks →1'],
    ['dollars canadiens', 'CAD →2'],
    ['£', 'GBP →1'],
    ['livres sterling', 'GBP →2'],
    ['livres', 'GBP ambiguous →1'],
    ['livres turques', 'TRY →2'],
    ['francs suisses', 'CHF →2'],
    ['francs', 'CHF ambiguous →1'],
    ['francs CFA', 'XOF →2'],
    ['yens', 'JPY →1'],
    ['¥', 'JPY →1'],
    ['pesos', 'MXN ambiguous →1'],
    ['couronnes suédoises', 'SEK →2'],
  ])('reads %j as %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['TND', 'TND →1'],
    ['JPY', 'JPY →1'],
    ['CAD', 'CAD →1'],
    ['EUR', 'EUR →1'],
  ])('reads the code %s written in capitals', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('reads no code in lower case where it is a word ("mad", "try"), nor a code it does not know', () => {
    expect(read('mad')).toBeNull();
    expect(read('try')).toBeNull();
    expect(read('Cad')).toBeNull();
    expect(read('XYZ')).toBeNull();
    // Every code in use is known now (CLDR's list, currencies-named.ts), but those that are words.
    expect(read('KWD')).toBe('KWD →1');
    expect(read('PEN')).toBeNull();
  });

  it('reads "US $" as one currency, not stopping at "US"', () => {
    expect(read('US $')).toBe('USD →2');
  });

  it('reads at the word it is given, and nothing in numbers or punctuation', () => {
    expect(read('12 euros', 1)).toBe('EUR →2');
    expect(read('12 euros', 0)).toBeNull();
    expect(read('euros', 1)).toBeNull();
    expect(read(', euros')).toBeNull();
    expect(read('café')).toBeNull();
  });
});

describe('isLeadingCurrency', () => {
  const leads = (text: string, at = 0) => isLeadingCurrency(tokenize(text), at);

  it.each(['€12', '$15', '£8', '¥500', 'EUR 40', 'US$ 20', 'us $ 20'])(
    'lets %j stand before its number',
    (text) => {
      expect(leads(text)).toBe(true);
    },
  );

  it.each(['euros 12', '% 12', 'eur 40', 'us 20', 'EURO 40', '12 €'])('does not let %j', (text) => {
    expect(leads(text)).toBe(false);
  });

  it('says nothing past the last word', () => {
    expect(leads('€', 1)).toBe(false);
  });
});

describe('isDollarCurrency', () => {
  it.each(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD'])('counts %s as a dollar', (code) => {
    expect(isDollarCurrency(code)).toBe(true);
  });

  it.each(['EUR', 'GBP', 'MXN', ''])('does not count %j', (code) => {
    expect(isDollarCurrency(code)).toBe(false);
  });
});
