import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { amountsOf, TEST_OPTS } from './testing/test-parse.ts';

const one = (text: string) => {
  const [e] = parseExpenseText(text, TEST_OPTS).expenses;
  return e ? { amount: e.amount, description: e.description } : null;
};

describe('a figure after the nouns of one thing names it, no count of it (name-numbers.ts, rates.ts countBeforeAt)', () => {
  it.each([
    ['un routeur wifi 6 à 79 euros', ['79.00 EUR']],
    ['une barre de son Bluetooth 5 à 120 €', ['120.00 EUR']],
  ])('%s → %j', (text, amounts) => expect(amountsOf(text)).toEqual(amounts));

  it('keeps the figure in the description (name-numbers.ts oneBeforeAt)', () => {
    expect(one('un répéteur wifi 6 à 45 €')?.description).toBe('Répéteur wifi 6');
  });

  it.each([
    ["j'en ai pris 4 à 12 euros", ['48.00 EUR']],
    ['des pneus hiver, 4 à 85 €', ['340.00 EUR']],
    ['elle a pris 3 à 6 euros', ['18.00 EUR']],
    ['la nounou 9 heures à 11 euros de l’heure', ['99.00 EUR']],
  ])('a count still multiplies: %s → %j', (text, amounts) => expect(amountsOf(text)).toEqual(amounts));
});

describe('units and sizes beside a price are no money (scan.ts, name-numbers.ts sizesWhatFor)', () => {
  it.each([
    ['un SSD externe de 2 To, 119 euros', ['119.00 EUR']],
    ['un radiateur 1500 W, 45 euros', ['45.00 EUR']],
    ['une housse pour un canapé de 3, 60 €', ['60.00 EUR']],
    ['a cloth for a table of 10, 19 euros', ['19.00 EUR']],
  ])('%s → %j', (text, amounts) => expect(amountsOf(text)).toEqual(amounts));

  it('keeps the thing sized in the description', () => {
    expect(one('un SSD externe de 2 To, 119 euros')?.description).toMatch(/SSD/);
  });

  it.each([
    ['une clé 32 Go, 9 €', 'Clé 32 Go'],
    ['un disque dur 4 To à 99 €', 'Disque dur 4 To'],
    ['un écran 24 pouces, 139 €', 'Écran 24 pouces'],
    ['a power bank 20000 mAh, 30 euros', 'Power bank 20000 mAh'],
    // Look-alikes: a weight or a count bought is how much, not which thing.
    ['des pommes 2 kilos, 5 €', 'Pommes'],
    ['du café, 3 paquets, 12 €', 'Café'],
  ])(
    'keeps a capacity or a size at the end of the description (describe.ts): %s → %s',
    (text, description) => {
      expect(one(text)?.description).toBe(description);
    },
  );

  it('still reads "2 to 3" in English as a range, not terabytes', () => {
    expect(amountsOf('between 2 to 3 euros a coffee')).not.toContain('2.00 EUR');
  });
});

describe('a bill shared by the words that divide it (shares.ts)', () => {
  it.each([
    ['le gîte, 900 euros à diviser entre six', '150.00'],
    ['split the 90 euro dinner bill in 3', '30.00'],
    ['split the 40 euro gas bill in 2 with Tom', '20.00'],
  ])('%s → %s', (text, amount) => expect(one(text)?.amount).toBe(amount));

  it('reads "in" as a divisor only beside a word of sharing: "chipped in 15" is the money', () => {
    expect(one('the leaving present cost 90 euros, I chipped in 15')?.amount).toBe('15.00');
  });
});

describe('the parts a total is paid in (share-counts.ts, scan.ts)', () => {
  it.each([
    ['payé en 3 fois 450 euros pour la télé', '450.00', /^Télé$/],
    ['paid 900 in 3 instalments for the boiler', '900.00', /^Boiler$/],
    ['payé en 4 fois 200 euros', '200.00', /^(?!.*fois)/],
  ])('leave no words in the description: %s', (text, amount, description) => {
    const e = one(text);
    expect(e?.amount).toBe(amount);
    expect(e?.description).toMatch(description);
  });

  it('still multiplies a count said « N fois » before the price', () => {
    expect(amountsOf('2 fois 40 euros')).toEqual(['80.00 EUR']);
  });

  it('reads « paiements » as parts: « deux paiements de 75 euros » is 150', () => {
    expect(amountsOf('deux paiements de 75 euros pour le stage')).toEqual(['150.00 EUR']);
  });
});

describe('a total, then the price of one unit it was worked from (whole-and-parts.ts keepStatedTotal)', () => {
  it('keeps the total: « total 150 euros pour trois nuits, 50 la nuit » is 150', () => {
    expect(amountsOf('total 150 euros pour trois nuits, 50 la nuit')).toEqual(['150.00 EUR']);
  });

  it('still reads two things told after a result word as two: "so 12 on a ticket and 6 on a coffee"', () => {
    expect(amountsOf('so 12 on a ticket and 6 on a coffee')).toEqual(['12.00 EUR', '6.00 EUR']);
  });
});

describe('the parts a total is paid in, a word of their kind beside them (times-said.ts, bare-numbers.ts)', () => {
  it.each([
    ['three monthly payments of 45 for the course', ['135.00 EUR']],
    ['trois versements mensuels de 45 euros', ['135.00 EUR']],
    ['4 equal payments of 30 euros', ['120.00 EUR']],
    // With no currency and nothing named: the parts' word makes the number money (partsBefore).
    ['3 monthly payments of 45', ['135.00 EUR']],
    ['4 instalments of 30', ['120.00 EUR']],
  ])('%s → %j', (text, amounts) => expect(amountsOf(text)).toEqual(amounts));

  it.each(['3 boxes of 45', '3 fois 20'])(
    'a count of other things leaves the number to look at: %s',
    (text) => {
      const [e] = parseExpenseText(text, TEST_OPTS).expenses;
      expect(e?.reviewReason).toBe('unclear_amount');
    },
  );
});

describe('a bill cut by the count said after the cut (shares.ts)', () => {
  it.each([
    ["le pot de départ de Marc, 120 euros qu'on a coupés en quatre", '30.00'],
    ['the pizza was 40, we cut it four ways', '10.00'],
    // The bill named between the cut and its count.
    ['on a coupé la note en deux, 60 €', '30.00'],
    ["resto, 90 €, on a coupé l'addition en trois", '30.00'],
  ])('%s → %s', (text, amount) => expect(one(text)?.amount).toBe(amount));

  it.each([
    ['coupé le gâteau en deux, 20 €', '20.00'],
    ['on a coupé la viande en quatre, 12 €', '12.00'],
  ])('a thing cut that is no bill shares nothing: %s', (text, amount) =>
    expect(one(text)?.amount).toBe(amount),
  );

  it.each([
    ['une coupe chez le coiffeur 25 euros', '25.00'],
    ['une coupe à 9 euros chez Max', '9.00'],
  ])('shares nothing when no count follows the cut: %s is a haircut', (text, amount) =>
    expect(one(text)?.amount).toBe(amount),
  );
});

describe('one figure between the nouns of one thing names it (name-numbers.ts betweenNouns)', () => {
  it.each([
    ['a wifi 6 router at 80 euros', '80.00', /6/],
    ['a usb 3 hub at 25', '25.00', /3/],
  ])('%s → %s, the figure kept in the description', (text, amount, description) => {
    expect(one(text)).toMatchObject({ amount, description: expect.stringMatching(description) });
  });

  it('still counts things said plural after the figure: « elle a pris 3 à 6 euros » is 18', () => {
    expect(amountsOf('elle a pris 3 à 6 euros')).toEqual(['18.00 EUR']);
  });
});

describe('the parts a thing is made of are no money, nor a count of things (bare-numbers.ts, round vanish47)', () => {
  it.each([
    // Were 1000 € and 18 €, 7500 $ (500 × 15), 50 and 18, 500 and 18, 2700 € (3 × 900).
    ['un puzzle de 1000 pièces, 18 €', ['18.00 EUR']],
    ['a 500 piece puzzle, 15 dollars', ['15.00 USD']],
    ['a 50 piece puzzle, 18', ['18.00 EUR']],
    ['un livre de 500 pages, 18 €', ['18.00 EUR']],
    ['a 1000 page book, 20', ['20.00 EUR']],
    ['un 3 pièces à 900 € par mois', ['900.00 EUR']],
  ])('%s → %j', (text, amounts) => expect(amountsOf(text)).toEqual(amounts));

  it.each([
    // Coins of a figure stay money; things counted still multiply; a figure alone is kept.
    ['2 pièces de 2 €', ['4.00 EUR']],
    ["j'ai payé 5 pièces de 2 euros", ['10.00 EUR']],
    ['a few coins, 3 euros', ['3.00 EUR']],
    ['3 puzzles de 500 pièces à 10 € chacun', ['30.00 EUR']],
    ['un puzzle de 1000 pièces', ['1000.00 EUR']],
  ])('look-alikes unchanged: %s → %j', (text, amounts) => expect(amountsOf(text)).toEqual(amounts));
});

describe('the one figure before a fee is its money, no count of it (bare-numbers.ts, round vanish47)', () => {
  it.each([
    // Were nothing: the figure read as a count of cleanings, no money left.
    ['a 40 cleaning fee', ['40.00 EUR']],
    ['a 12 delivery charge', ['12.00 EUR']],
    // Look-alikes: beside other money the figure still counts the fees or fines.
    ['2 booking fees at 5 each', ['10.00 EUR']],
    ['3 parking fines, 90 euros', ['90.00 EUR']],
  ])('%s → %j', (text, amounts) => expect(amountsOf(text)).toEqual(amounts));
});
