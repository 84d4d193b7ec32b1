import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

/** "amount currency" of each expense heard. */
const money = (text: string, currency = 'EUR') =>
  parseExpenseText(text, { ...TEST_OPTS, currency }).expenses.map((e) => `${e.amount} ${e.currency}`);

describe('amounts and currencies', () => {
  it.each([
    ['douze euros cinquante au resto', '12.50 EUR'],
    ['12,50 € de sandwich', '12.50 EUR'],
    ['sandwich 12.50 euros', '12.50 EUR'],
    ['1 200 € de loyer', '1200.00 EUR'],
    ['1\u202F200 € de loyer', '1200.00 EUR'],
    ['loyer 1.350 euros', '1350.00 EUR'],
    ['mille deux cents euros de loyer', '1200.00 EUR'],
    ['quatre-vingt-dix-neuf euros chez Decathlon', '99.00 EUR'],
    ['soixante et onze euros de courses', '71.00 EUR'],
    ['vingt balles de kebab', '20.00 EUR'],
    ['cent balles au supermarché', '100.00 EUR'],
    ['3 k de travaux', '3000.00 EUR'],
    ['le garagiste, 2,5k', '2500.00 EUR'],
    ['un kebab 8€50', '8.50 EUR'],
    ['€15 de pharmacie', '15.00 EUR'],
    ['EUR 40 chez Monoprix', '40.00 EUR'],
    ['cinquante centimes la baguette', '0.50 EUR'],
    ['deux euros et cinquante centimes de pain', '2.50 EUR'],
    ['deux euros et demi le croissant', '2.50 EUR'],
    ['un euro vingt le café', '1.20 EUR'],
    ['un million d’euros de travaux', '1000000.00 EUR'],
    ['20 dollars de taxi', '20.00 USD'],
    ['$12.50 at Starbucks', '12.50 USD'],
    ['twenty US dollars for the museum', '20.00 USD'],
    ['trente dollars américains au musée', '30.00 USD'],
    ['vingt dollars canadiens de taxi', '20.00 CAD'],
    ['quarante livres au pub', '40.00 GBP'],
    ['£8 for a sandwich', '8.00 GBP'],
    ['34 pounds 20 at Tesco', '34.20 GBP'],
    ['cinquante francs suisses de train', '50.00 CHF'],
    ['80 CHF de ski', '80.00 CHF'],
    ['trois mille yens de ramen', '3000.00 JPY'],
    ['two thousand yen for sushi', '2000.00 JPY'],
    ['200 dirhams au souk', '200.00 MAD'],
    ['twelve fifty for lunch', '12.50 EUR'],
    ['one fifty for a croissant', '1.50 EUR'],
    ['twelve dollars and fifty cents for parking', '12.50 USD'],
    ['fifty cents for the bathroom', '0.50 EUR'],
    ['a hundred bucks at the pharmacy', '100.00 USD'],
  ])('"%s" → %s', (text, expected) => {
    expect(money(text)).toEqual([expected]);
  });

  it('uses the default currency when the words name none', () => {
    expect(money('resto 25', 'CHF')).toEqual(['25.00 CHF']);
    expect(money('vingt balles de kebab', 'GBP')).toEqual(['20.00 GBP']);
  });

  it('reads "bucks" as the user’s own dollars, else US dollars', () => {
    expect(money('fifteen bucks for a taxi', 'CAD')).toEqual(['15.00 CAD']);
    expect(money('fifteen bucks for a taxi', 'EUR')).toEqual(['15.00 USD']);
  });

  it('gives a bare number the currency named elsewhere in the sentence', () => {
    expect(money('un café à 2 dollars et un croissant à 1,50')).toEqual(['2.00 USD', '1.50 USD']);
  });

  it('reads "livres" as books when the price is in euros', () => {
    expect(money('trois livres à la Fnac pour 45 euros')).toEqual(['45.00 EUR']);
    expect(money("j'ai acheté un livre")).toEqual([]);
  });

  it('never reads amounts past numeric(10,2)', () => {
    expect(money('99999999999 € de rien')).toEqual([]);
  });
});

describe('moneys said by their own name, and the places that use them', () => {
  it.each([
    ['le resto 20 000 wons', '20000.00 KRW'],
    ['le taxi 50 lei à Bucarest', '50.00 RON'],
    ['200 lira for dinner', '200.00 TRY'],
    ['25 Aussie dollars for lunch', '25.00 AUD'],
    ['le resto 90 ringgits', '90.00 MYR'],
    ['1500 roubles le billet de train', '1500.00 RUB'],
    ['80 złoty le musée', '80.00 PLN'],
    ['pho for 60,000 dong', '60000.00 VND'],
    // A number with no currency, spent in a city whose money is none of the shared words.
    ['à Istanbul le kebab 150', '150.00 TRY'],
    ['à Mumbai le taxi 300', '300.00 INR'],
    ['à Pékin le musée 60', '60.00 CNY'],
    ['in Stockholm a coffee, 45', '45.00 SEK'],
  ])('%s → %s', (text, want) => {
    expect(money(text)).toEqual([want]);
  });

  it.each([
    // "a lei" is a garland: after "a", a word that is also a thing is no one of the money.
    ['a lei for the party 5 euros', ['5.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(money(text)).toEqual(want);
  });

  it('flags no dong or rupiah amount of a meal as past belief', () => {
    const r = parseExpenseText('dinner in Hanoi, 200 000 dong', TEST_OPTS);
    expect(r.expenses.map((e) => [e.amount, e.currency, e.reviewReason])).toEqual([
      ['200000.00', 'VND', undefined],
    ]);
  });
});

describe('thousands written with a "k"', () => {
  it.each([
    // A figure written against the "k" is its hundreds.
    ['1k5 le vélo', '1500.00 EUR'],
    ['2k3 la moto', '2300.00 EUR'],
    ['2k pour la moto', '2000.00 EUR'],
    ['1.5k for the bike', '1500.00 EUR'],
  ])('%s → %s', (text, want) => {
    expect(money(text)).toEqual([want]);
  });
});
