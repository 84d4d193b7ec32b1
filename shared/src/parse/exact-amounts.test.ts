import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random.ts';
import { generateExactNote } from './exact-amount-notes.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import type { ParseOptions } from './types.ts';

const OPTS: ParseOptions = {
  now: new Date('2026-11-24T12:30:00+01:00'),
  timeZone: 'Europe/Paris',
  currency: 'EUR',
};
const SEED = 10;
const NOTES = 3000;

const toCents = (amount: string): number => {
  const [whole = '0', part = '0'] = amount.split('.');
  return Number(whole) * 100 + Number(part.padEnd(2, '0').slice(0, 2));
};
/** "amount currency" of each expense, whatever its review reason. */
const amounts = (text: string) =>
  parseExpenseText(text, OPTS).expenses.map((e) => `${e.amount} ${e.currency}`);

describe('a percentage off said before the amount paid', () => {
  it.each([
    // The amount after a paying word is what was paid: the discount is already off (were 25.60, 64, 39.20).
    ["soldes moins 20 % le pull m'a coûté 32 euros", ['32.00 EUR']],
    ['20% off so the jacket came to 80 euros', ['80.00 EUR']],
    ['promo -30 % sur les baskets payées 56 euros', ['56.00 EUR']],
    ["avec 50 % de réduction j'ai payé une pizza 12 €", ['12.00 EUR']],
    // Said after the price, or before a price with no paying word, it still comes off.
    ['un manteau 80 € moins 20 %', ['64.00 EUR']],
    ['moins 20 % sur un manteau à 80 €', ['64.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('cents said after the money, then a word no count comes before', () => {
  it.each([
    // Were 35, 37, 8 (a share of 16) and 63: the cents were dropped before a filler, a share, an aside.
    ['un café 35€30 quoi', ['35.30 EUR']],
    ['medicine 37 euros 60 basically', ['37.60 EUR']],
    ['le plein 16 euros 80 partagé avec Marie', ['8.40 EUR']],
    ['a book 63 pounds 80 as usual', ['63.80 GBP']],
    // A number before a thing is still its count: two expenses.
    ['un café 3 euros 2 croissants 4 euros', ['3.00 EUR', '4.00 EUR']],
    ['dinner 20 euros 3 beers 15 euros', ['20.00 EUR', '15.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('a corrected price in bare figures, then a filler or an aside', () => {
  it.each([
    // The figure was a count of « quoi » or "basically": the correction was lost (were 17 € and 17 €).
    ['un café 17 € pardon 94 quoi', ['94.00 EUR']],
    ['a coffee €17 no wait 36 basically', ['36.00 EUR']],
    ["un café 17 € non 24 comme d'hab", ['24.00 EUR']],
    ['un café 17 € non 94 quai 9', ['94.00 EUR']],
    ['gas was €45, make that 21 after the bus', ['21.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('a symbol written against the figures after a number', () => {
  it.each([
    // The symbol is the next number's money (were 7 €, 7 £, 13 €).
    ['porte 7 €433 pour un livre', ['433.00 EUR']],
    ['at gate 7 £63.20 for medicine', ['63.20 GBP']],
    ['on line 13 €2,234 for parking', ['2234.00 EUR']],
    ['quai 9 €43 pour un livre', ['43.00 EUR']],
    // Two figures after it, with no name before, stay cents.
    ['un café 12 €50', ['12.50 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('numbers that name a street number, a car or a menu', () => {
  it.each([
    // Were 72.10 and 225 (the tip added to the house number), 3 and 16.99, 208 and 708.95, 23 (the tip lost).
    ['72.10 for medicine at 221 Baker Street plus a €4 tip', ['76.10 EUR']],
    ['le menu 3 au marché 16,99', ['16.99 EUR']],
    ['la révision de la 208, 708,95', ['708.95 EUR']],
    ['23 EUR pour le menu 3 tu vois et 6 € de pourboire', ['29.00 EUR']],
    // A menu's price with no article before it is still a price.
    ['tasting menu 60 per person and there were two of us, I paid', ['120.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('French cents of eighty and more after a ten said apart', () => {
  it.each([
    // « quatre » written against « vingt » begins « quatre-vingts » (were 34.20 and 10, 64.20 and 19).
    ["des médicaments ça m'a coûté trente quatre-vingt-dix", ['30.90 EUR']],
    ['le forfait soixante quatre-vingt-dix-neuf', ['60.99 EUR']],
    // « quatre-vingts » with its s is whole: « … et un euro de pourboire » is 80 cents and a 1 € tip (was 81).
    ['des fleurs dix-sept quatre-vingts et un euro de pourboire', ['18.80 EUR']],
    ['quatre-vingt-un euros le resto', ['81.00 EUR']],
    // Said apart from « vingt », « trente quatre » is 34.
    ['le taxi trente quatre euros', ['34.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('a share whose count is followed by a filler', () => {
  it.each([
    // Were 37.20 and 1 (« deux quoi » read as money, halved), 27.80 and 2.
    ['un café 37,20 divisé en deux quoi', ['18.60 EUR']],
    ['un livre 55,60 on a partagé à deux bon', ['27.80 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('English prices said short keep their cents', () => {
  it.each([
    // French counting leaked into English: "four twenty" was 80, "sixty ten" 70.
    ['a taxi cost me four twenty', ['4.20 EUR']],
    ['paid sixty ten for flowers', ['60.10 EUR']],
    // In French « quatre vingt » is still eighty.
    ['le taxi quatre vingt euros', ['80.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('a share of an amount kept to look at', () => {
  it.each([
    // Kept À vérifier, it is shared as a sure amount is (were the whole, 59.60).
    ['a monitor 59.60 split with Tom', ['29.80 EUR']],
    ['un écran 59,60 partagé avec Marie', ['29.80 EUR']],
    ['un sandwich 11 divisé en deux genre', ['5.50 EUR']],
    ['9,80 pour le resto on a partagé à deux tu vois', ['4.90 EUR']],
    // A place after the count ends it too (was 91.45 and 1).
    ['182,90 pour le pressing divisé en deux à Genève', ['91.45 CHF']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('a price, then more money handed over with no change said', () => {
  it.each([
    // The note handed is no second expense (were 6 and 10, 17 and 20).
    ["le parking c'était 6 j'avais donné 10", ['6.00 EUR']],
    ['the cab was 17 I gave him 20', ['17.00 EUR']],
    // Money given to someone further on stays its own.
    ["j'ai payé 12 € le ciné et j'ai donné 20 € à ma soeur", ['12.00 EUR', '20.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('a correction said with fillers around it', () => {
  it.each([
    // « je me trompe », "my bad" take back the amount before (were 29 and 15).
    ['le train vingt-neuf euros je me trompe trente-neuf', ['39.00 EUR']],
    ['the taxi 15 euros my bad 18', ['18.00 EUR']],
    // Fillers do not count in the distance from the amount taken back (was 3.20).
    ["une baguette ça m'a coûté 3€20, du coup je me suis trompé, bah 33", ['33.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('a count times a price each, beside other numbers', () => {
  it.each([
    // The count nearest before the price is the one it prices (were 42 and 84: « 2 enfants », « 12 rue »).
    ['avec mes 2 enfants 3 croissants à 21 € pièce', ['63.00 EUR']],
    ['au 12 rue Victor Hugo trois croissants à 7 euros', ['21.00 EUR']],
    // A floor, a street or a bus numbered before its word names nothing after it (were 14.50, 25.50, 1.90).
    ['au 3e étage 3 cafés à 14,50 € pièce', ['43.50 EUR']],
    ['at 221 Baker Street 4 movie tickets at €25.50 each', ['102.00 EUR']],
    ['after getting off the number 38 bus 6 movie tickets at 1.90 euros each', ['11.40 EUR']],
    // A gate or a platform still takes its number after it.
    ["46,30 dollars pour une coque d'iPhone 15 quai 9 plus 8 dollars de pourboire", ['54.30 USD']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('change from a note, with people counted beside it', () => {
  it.each([
    // « avec mes 2 enfants » hands over no children (was 12.69 and a refund of 20).
    ["avec mes 2 enfants j'ai donné 20 € pour le taxi il m'a rendu 12,69 euros", ['7.31 EUR']],
    // "a 10 euro note" is one note, not 2 kids' worth of them (was 20 and 2.14).
    ['with my 2 kids paid for groceries with a 10 euro note got €2.14 back', ['7.86 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('money said roughly by the dozen', () => {
  it.each([
    // « une douzaine d'euros » is 12 said roughly (was no expense); « une douzaine d'œufs » stays eggs.
    ["j'ai payé les courses une douzaine d'euros", ['12.00 EUR']],
    ["une douzaine d'œufs 3 €", ['3.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('a figure right after the last thing of a list, after money', () => {
  it.each([
    // It is that thing's price (was dropped: 4 alone, 35 alone).
    ['the night bus 4 euros and a kebab 8', ['4.00 EUR', '8.00 EUR']],
    ['gym membership 35 euros and the protein powder 29', ['35.00 EUR', '29.00 EUR']],
    // People counted, a table for a few, a tram line are not prices.
    ['le resto 60 € et on était 4', ['60.00 EUR']],
    ['dinner 40 euros and a table for 4', ['40.00 EUR']],
    ['un café 3 € et le tram 2', ['3.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('paid back later, said in the near future', () => {
  it.each([
    // « va rembourser » with no one named after it is an aside: the whole spent, reimbursable (was not).
    ['pharmacie 23 euros la mutuelle va rembourser', ['23.00 EUR reimbursable']],
    ['Paul va rembourser sa part du resto 40 €', ['40.00 EUR reimbursable']],
  ])('%j', (text, expected) => {
    const got = parseExpenseText(text, OPTS).expenses.map(
      (e) => `${e.amount} ${e.currency}${e.reimbursable ? ' reimbursable' : ''}`,
    );
    expect(got).toEqual(expected);
  });
});

describe('a tip in euros after a price in slang', () => {
  it.each([
    // « balles » name the money in use: a tip in euros is the same money (was two expenses, 50 and 4).
    ['50 balles pour le plein plus 4 euros de pourboire', ['54.00 EUR']],
    ['le taxi douze balles et 2 € de pourboire', ['14.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe('one expense said in hard places is read exactly (generated notes)', () => {
  const rnd = seededRandom(SEED);
  const notes = Array.from({ length: NOTES }, () => generateExactNote(rnd));

  it(`${NOTES} generated notes (seed ${SEED}) each give their one expense, amount and currency`, () => {
    const failures = notes.flatMap((note) => {
      const got = parseExpenseText(note.text, OPTS).expenses;
      const [e] = got;
      const right =
        got.length === 1 &&
        e !== undefined &&
        toCents(e.amount) === note.expected.cents &&
        e.currency === note.expected.currency;
      if (right) return [];
      const want = `${(note.expected.cents / 100).toFixed(2)} ${note.expected.currency}`;
      return [`${note.text} → [${got.map((x) => `${x.amount} ${x.currency}`).join(', ')}], meant ${want}`];
    });
    // The first 20 misses, and how many in all: enough to group them by class.
    expect(failures.slice(0, 20), `${failures.length} of ${NOTES} notes read wrong`).toEqual([]);
    // Thousands of parses: on a shared 2-core machine running three test projects at once this
    // took 5.9 to 8.7 s (2.1 s alone), past vitest's 5 s default; the time is not what is tested.
  }, 30_000);
});
