/**
 * The v7 rules, each a frame rather than a phrase: who moved the money (« X m'a versé », a deposit
 * given back, an invoice settled, a sale), what was never spent (a case imagined, a price given up,
 * someone else named as the payer), a vending machine that is no cash machine, a participle that
 * agrees, an adverb inside a phrase. The sentences are new, not lines of a labelled set.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => parseExpenseText(text, TEST_OPTS);
const brief = (text: string) =>
  read(text).expenses.map((e) => `${e.amount} ${e.currency}${e.reviewReason ? ` ${e.reviewReason}` : ''}`);

describe('money that moved, by who moved it', () => {
  it.each([
    // An insurer or the tax office paying in gives back what was spent; the CAF pays income.
    ["l'assurance m'a versé 120 € pour le pare-brise", 'refund'],
    ['les impôts nous ont versé 80 €', 'refund'],
    ["la CAF m'a versé 150 €", 'income'],
    // A deposit comes back from a body: a refund, even told as "gave me back".
    ["le dépôt de garantie m'a été rendu, 700 €", 'refund'],
    ['The agency gave me back my deposit, 950 euros', 'refund'],
    ['Sam gave me back 20 euros', 'repayment'],
    // Settled, with an adverb inside the phrase.
    ["la cliente m'a finalement réglé la facture, 450 €", 'income'],
    ["mon frère m'a enfin rendu les 30 €", 'repayment'],
    // A participle agrees with what it tells of.
    ['350 € perçus pour la mission de traduction', 'income'],
    ["j'ai revendu mes skis 140 €", 'income'],
    ['2 000 € reçus de la vente de la voiture', 'income'],
    ['Wero de 25 € à Inès', 'transfer'],
    ['retiré 50 € au distributeur', 'transfer'],
  ])('%s → %s', (text, kind) => {
    const got = read(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement?.kind).toBe(kind);
  });

  it.each([
    // A cash machine gives notes: 2,50 € « au distributeur » is a snack, bought.
    ['un paquet de chips au distributeur, 2,50 €', ['2.50 EUR']],
    ['deux balles le café au distributeur', ['2.00 EUR']],
    // A payment app that pays for something is an expense.
    ['Lydia de 12 € à Tom pour ma part de la pizza', ['12.00 EUR']],
  ])('%s is bought: %j', (text, want) => {
    expect(brief(text)).toEqual(want);
  });
});

describe('money said but never spent is kept and flagged', () => {
  it.each([
    ['si je prends la chambre avec vue, ça fait 140 €', ['140.00 EUR not_paid']],
    ["If we take the late train it's 60 euros", ['60.00 EUR not_paid']],
    ["j'aurais pu prendre le menu à 25 €", ['25.00 EUR not_paid']],
    ["le manteau était à 190 €, j'ai laissé tomber", ['190.00 EUR not_paid']],
    ["j'ai renoncé au concert à 70 €", ['70.00 EUR not_paid']],
    ['je me limite à 60 € de sorties par semaine', ['60.00 EUR not_paid']],
    // Someone named pays.
    ["c'est Mathilde qui a payé les pizzas, 36 €", ['36.00 EUR not_paid']],
    ['my dad paid for the taxi, 22 euros', ['22.00 EUR not_paid']],
    // The speaker paid too: the money said is theirs.
    ['mon frère a payé le ciné et moi les pop-corns, 9 €', ['9.00 EUR']],
    ['Parking paid 6 euros', ['6.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(brief(text)).toEqual(want);
  });

  it('reads "should I buy …?" as a question, not a purchase', () => {
    expect(read('Should I get the 90 euro boots?').expenses).toEqual([]);
  });
});

describe('numbers said half in figures, cents after a zero, measures times their price', () => {
  it.each([
    ["3 mille euros la cuisine d'occasion", ['3000.00 EUR']],
    ['2 cent quarante euros les pneus', ['240.00 EUR']],
    ['5 thousand euros for the roof', ['5000.00 EUR']],
    // A figure before « cents » is no French hundred past nine, and English cents stay cents.
    ['Gum, 50 cents', ['0.50 EUR']],
    ['le sandwich, sept euros zéro cinq', ['7.05 EUR']],
    ['30 litres de sans-plomb à 1,90', ['57.00 EUR']],
    ['2 kilos de cerises à 6 €', ['12.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(brief(text)).toEqual(want);
  });
});

describe('a bill paid together is shared by the count said', () => {
  it.each([
    ['on a payé 90 € de courses à trois', ['30.00 EUR']],
    ['nous avons payé le parking à deux, 14 €', ['7.00 EUR']],
    // Alone, « à deux » after a price names no sharing.
    ['un menu pour le midi, 14 € à deux pas du bureau', ['14.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(brief(text)).toEqual(want);
  });
});

describe('one bill said twice, or a part of it, is one expense', () => {
  it.each([
    // Said to be exact, the second amount replaces a rough one further off than a euro.
    ['environ 40 €, 42,60 exactement, chez le primeur', ['42.60 EUR']],
    ['About 20 euros, exactly 23, at the chemist', ['23.00 EUR']],
    // A part of the bill "of it" is no second expense; some of money received, spent, is one.
    ['The vet was 90, the insurance pays 60 of it', ['90.00 EUR']],
    ['Mum sent me 50 euros and I spent 20 of it on books', ['20.00 EUR']],
  ])('%s → %j', (text, want) => {
    expect(brief(text)).toEqual(want);
  });

  it('files the speaker’s part where someone else paid the rest: « … et moi le resto »', () => {
    const [e] = read('ma sœur a payé le parking et moi le resto, 52 €').expenses;
    expect(e?.category).toBe('dining');
    expect(e?.reviewReason).toBeUndefined();
  });

  it('keeps store credit a refund whoever is named after it', () => {
    expect(read('25 euros store credit from Zara').movement?.kind).toBe('refund');
    expect(read('un avoir de 40 € de Fnac').movement?.kind).toBe('refund');
  });
});
