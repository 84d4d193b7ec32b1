/** Whole sentences through parseExpenseText: rates times their units, parts, refined amounts, money abroad. */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);
/** "amount currency category date [reason]" per expense, then the movement's kind if any. */
const brief = (text: string) => {
  const r = parse(text);
  return [
    ...r.expenses.map((e) =>
      [e.amount, e.currency, e.category, e.date, e.reviewReason, e.reimbursable ? 'reimbursable' : undefined]
        .filter(Boolean)
        .join(' '),
    ),
    ...(r.movement ? [`movement ${r.movement.kind} ${r.movement.amount}`] : []),
  ];
};

describe('a price per unit times the units said', () => {
  it.each([
    ['Ski rental 45 dollars a day for 4 days', '180.00 USD leisure 2026-11-24'],
    ['soutien scolaire, 2 heures à 25 €', '50.00 EUR education 2026-11-24'],
    ['2 heures de ménage à 15 € l’heure', '30.00 EUR housing 2026-11-24'],
    ['5 kilos de clémentines à 2,40 le kilo', '12.00 EUR other 2026-11-24'],
    ["leçon de conduite, 52 euros l'heure, j'en ai pris deux", '104.00 EUR education 2026-11-24'],
    // A rate with no count stays the price said; a measure with no rate is no count.
    ['location vélo 10 € par jour', '10.00 EUR transport 2026-11-24'],
    ['parking 2 heures, 5 €', '5.00 EUR transport 2026-11-24'],
    // Money after the verb is what was paid, never a count of the unit (was 650 €, 125 $).
    ['10 € le kilo, ça fait 65 francs', '10.00 EUR other 2026-11-24'],
    ['tomates à 3 € le kilo, ça fait 12,60', '3.00 EUR groceries 2026-11-24'],
    ['cherries 5 dollars a kilo, had 25 dollars worth', '5.00 USD groceries 2026-11-24'],
  ])('reads %j', (text, expected) => {
    const [got] = brief(text);
    expect(got?.split(' ').slice(0, 2).join(' ')).toBe(expected.split(' ').slice(0, 2).join(' '));
  });
});

describe('one amount said twice, and a part said after the whole', () => {
  it.each([
    ['Total, le plein, 14 € et des poussières, 14,30', ['14.30 EUR transport 2026-11-24']],
    ['café 2 €, croissant 2,50', ['2.00 EUR dining 2026-11-24', '2.50 EUR groceries 2026-11-24']],
    ["Airbnb à Bordeaux, 420 € pour le week-end, ma part c'est 105", ['105.00 EUR travel 2026-11-24']],
    ['Dinner for four, 160 euros, we split it evenly', ['40.00 EUR dining 2026-11-24']],
  ])('reads %j', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('a household’s bill (wholeBill): the whole said, whatever part is the speaker’s', () => {
  it.each([
    ["j'ai payé 40 euros le resto, ma part c'est 20", '40.00 Resto', '20.00 Resto'],
    [
      "Airbnb à Bordeaux, 420 € pour le week-end, ma part c'est 105",
      '420.00 Airbnb à Bordeaux',
      '105.00 Airbnb à Bordeaux',
    ],
    ['my share of the 90 euro taxi was 30', '90.00 Taxi', '30.00 Taxi'],
    ['bowling 48 € pour nous quatre, soit 12 par tête', '48.00 Bowling', '12.00 Bowling'],
    // Money put in with others (not the household's bill) stays the speaker's, in both readings.
    ["le cadeau coûtait 200 €, j'ai mis 25", '25.00 Cadeau coûtait', '25.00 Cadeau coûtait'],
  ])('reads %j whole as a household’s bill, the part as a personal note', (text, whole, personal) => {
    const read = (wholeBill: boolean) =>
      parseExpenseText(text, { ...TEST_OPTS, ...(wholeBill ? { wholeBill } : {}) }).expenses.map(
        (e) => `${e.amount} ${e.description}`,
      );
    expect(read(true)).toEqual([whole]);
    expect(read(false)).toEqual([personal]);
  });
});

describe('money of elsewhere, slang, and days to come', () => {
  it.each([
    ['tajine à Marrakech, 90 dirhams', ['90.00 MAD travel 2026-11-24']],
    ['Tunis, dîner, 45 dinars tunisiens', ['45.00 TND dining 2026-11-24']],
    ['C$45 for the hockey game tickets', ['45.00 CAD leisure 2026-11-24']],
    ['30 boules le t-shirt', ['30.00 EUR shopping 2026-11-24']],
    ['deux boules de glace 5 €', ['5.00 EUR dining 2026-11-24']],
    // Nothing names what was bought: the currency alone says nothing of where.
    ['Forty dollars.', ['40.00 USD other 2026-11-24 unclear_amount']],
    ['dans deux jours je dois régler la cantine, 45 €', ['45.00 EUR education 2026-11-26 future_date']],
    ['In two days I’ll pay the plumber 110 euros', ['110.00 EUR housing 2026-11-26 future_date']],
  ])('reads %j', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('money that moved, beside or instead of an expense', () => {
  it.each([
    ['la CAF a versé 180 €', ['movement income 180.00']],
    ["j'ai filé 40 € à ma sœur, elle me les rend vendredi", ['movement loan 40.00']],
    ['Sold my old phone on Back Market, got 150 euros', ['movement income 150.00']],
    ["salaire reçu, et j'ai direct payé le loyer, 850 €", ['850.00 EUR housing 2026-11-24']],
    [
      'opticien, nouvelles lunettes, 320 €, la mutuelle en rembourse une partie',
      ['320.00 EUR health 2026-11-24 reimbursable'],
    ],
    ['Dentist, 90 euros, insurance covers most of it', ['90.00 EUR health 2026-11-24 reimbursable']],
  ])('reads %j', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('money said but not paid by the speaker is kept, flagged not_paid', () => {
  it.each([
    ["mon budget courses c'est 400 € par mois", '400.00 EUR groceries 2026-11-24 not_paid'],
    ['le devis du garagiste est de 450 €', '450.00 EUR transport 2026-11-24 not_paid'],
    ['The plumber quoted me 300 euros', '300.00 EUR housing 2026-11-24 not_paid'],
    ['My dad paid for dinner, 60 euros', '60.00 EUR dining 2026-11-24 not_paid'],
    ['hier Paul a payé le resto, 80 €', '80.00 EUR dining 2026-11-23 not_paid'],
  ])('keeps %j to look at', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it.each([
    ["j'ai payé le devis du garagiste, 450 €", '450.00 EUR transport 2026-11-24'],
    ['Parking paid 5 euros', '5.00 EUR transport 2026-11-24'],
    ['I paid dinner 60 euros', '60.00 EUR dining 2026-11-24'],
  ])('counts %j as spent', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });
});

describe('change, tickets for a place, counting aloud, and words the lexicon lacked', () => {
  it.each([
    ["food truck, j'ai payé avec un bifton de 20, il m'a rendu 5", ['15.00 EUR dining 2026-11-24']],
    ['billet Ouigo pour Marseille le 18 décembre, 39 €', ['39.00 EUR transport 2026-11-24']],
    ['Toiletteur pour Filou samedi dernier, 45 €', ['45.00 EUR shopping 2026-11-21']],
    ['test, un deux, un deux', []],
    ['one two three', []],
    ['New car, 240 euros', ['240.00 EUR transport 2026-11-24']],
    ['mardi dernier, cours de yoga, 15 €', ['15.00 EUR leisure 2026-11-17']],
    ['Spent 1.5k on a new MacBook', ['1500.00 EUR shopping 2026-11-24']],
    ['Grabbed a flat white on the way in, 3.40', ['3.40 EUR dining 2026-11-24']],
    ['timbres à La Poste, 12,90', ['12.90 EUR other 2026-11-24']],
  ])('reads %j', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('a number of something no lexicon knows, with no other amount', () => {
  it('is kept to look at: it may be money in a currency the parser does not know', () => {
    expect(brief('dîner 45 dinars')).toEqual(['45.00 EUR other 2026-11-24 unclear_amount']);
    expect(brief('hier, 60 zorglubs au marché')).toEqual(['60.00 EUR other 2026-11-23 unclear_amount']);
  });

  it.each(['12 oeufs', '2 baguettes', '10 cafés', 'on était 6 potes'])(
    'leaves %j alone: things, not money',
    (text) => {
      expect(brief(text)).toEqual([]);
    },
  );
});

describe('a price of one thing, then how many « en » were taken', () => {
  it.each([
    ["1 euro 20 la baguette, j'en ai pris trois", ['3.60 EUR']],
    ['2 euros le croissant, on en a pris 4', ['8.00 EUR']],
    // One taken, or no « en » for the thing: the price said.
    ["la place 12 euros, j'en ai pris une", ['12.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(parse(text).expenses.map((e) => `${e.amount} ${e.currency}`)).toEqual(want);
  });
});
