import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];
const read = (text: string) => parseExpenseText(text, TEST_OPTS);

describe('sports no open data labels in French, their clubs and licences, are leisure (cats36)', () => {
  it.each([
    ['le judo de la petite, 45 €', 'leisure'],
    ["l'adhésion au club d'escrime, 150 €", 'leisure'],
    ["la cotisation d'aviron, 210 €", 'leisure'],
    ['la boxe thaï, 35 €', 'leisure'],
    ['le jiu-jitsu brésilien, 60 €', 'leisure'],
    ['la salle de muscu, 25 €', 'leisure'],
    ['un coach sportif, 50 €', 'leisure'],
    ["l'aquagym du jeudi, 9 €", 'leisure'],
    ['la cotisation de la chorale, 35 €', 'leisure'],
    ['tai chi in the park, 8 euros', 'leisure'],
    ['choir subs for the term, 24 euros', 'leisure'],
    ['le solfège de Jules, 110 €', 'education'],
    ['le périscolaire du mois, 42 €', 'education'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // Their gear stays a thing bought for the sport; a phrase a table names is kept.
    ['des gants de boxe, 40 €', ['leisure', 'shopping']],
    ['un ballon de volley, 20 €', ['leisure', 'shopping']],
  ])('« %s » stays the sport or its gear', (text, accepted) => {
    expect(accepted).toContain(first(text)?.category);
  });
});

describe('a lesson and its teacher are of what is taught, a food word there being the language (cats36)', () => {
  it.each([
    // category-senses.ts: the language or the craft taught, not the restaurant.
    ['un cours de chinois en ligne, 25 €', 'education'],
    ['mes leçons de thaï, 40 €', 'education'],
    ['la prof de libanais, 30 €', 'education'],
    ['un atelier de pâtisserie, 55 €', 'education'],
    // The book it is learnt from too (cats38).
    ['un dictionnaire de chinois, 25 €', 'education'],
    ['une méthode de thaï, 20 €', 'education'],
    // lexicon-fr.ts: a teacher is paid for lessons, of the sport when a table knows it.
    ['le prof de physique, 28 €', 'education'],
    ['la prof de danse, 30 €', 'leisure'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // The same food words where a meal is eaten or bought stay the meal.
    ['on a dîné au chinois, 38 €', 'dining'],
    ['le traiteur libanais, 22 €', 'dining'],
    ['des nems au traiteur chinois, 9 €', 'dining'],
    ['une boîte de chinois à emporter, 12 €', 'dining'],
    // A present for the teacher stays a present, a drink with them a drink.
    ['une bouteille de vin pour le prof de Léo, 15 €', 'gifts'],
    ['un verre avec le prof, 6 €', 'dining'],
  ])('leaves « %s » as %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('what a bank charges, a card by its range, a trade at home, a building permit (cats36)', () => {
  it.each([
    // « facturé », the verb, says someone charged, not which bill.
    ["la banque m'a facturé 9 €", 'other'],
    ["on m'a facturé 4 € de frais", 'other'],
    ['la Visa Infinite, 290 €', 'other'],
    ['the window cleaner came, 18 euros', 'housing'],
    ['a new flue liner, 300 euros', 'housing'],
    ['le dossier du permis de construire, 120 €', 'housing'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // A bill named stays the bill; a trade or a brand that charged names it.
    ['la facture de gaz, 70 €', 'utilities'],
    ["le plombier m'a facturé 95 €", 'housing'],
    ["Free m'a facturé 30 €", 'utilities'],
    // A travel visa stays the trip's; a driving licence stays transport.
    ['le visa pour le Vietnam, 30 €', 'travel'],
    ['le permis de conduire, 1200 €', 'education'],
  ])('leaves « %s » as %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it('keeps money moved to or from a bank a movement, no fee', () => {
    expect(read('50 € de ma banque vers mon compte épargne').expenses).toEqual([]);
  });
});

describe("a country's cooking said after an article is a meal out, when nothing else is named (cats36)", () => {
  it.each([
    // cuisine-said.ts: the tables know « au japonais », "Indian restaurant".
    ['un vietnamien avec Paul, 34 €', 'dining'],
    ['un éthiopien rue Oberkampf, 41 €', 'dining'],
    ['got a Chinese after work, 26 euros', 'dining'],
    ['the Mexican with the team, 80 euros', 'dining'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // A thing named stays the thing; a brand's name said small is the word (« Au Bureau »); no
    // cooking « au français »: the language, a book, anything.
    ['an Italian leather belt, 45 euros', 'shopping'],
    ['une lampe pour le bureau, 30 €', 'shopping'],
    ['le français, 30 €', 'other'],
  ])('leaves « %s » as %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe("a debt's interest and a fee charged for moving money are spent, not money moved (cats36)", () => {
  it.each([
    // interest-paid.ts: interest with a debt's word before it or just after.
    ['les intérêts du découvert ce mois-ci, 11 €', 'other'],
    ['intérêts débiteurs de novembre, 6 €', 'other'],
    // The loan's kind names the category.
    ['mortgage interest, 320 euros', 'housing'],
    ['the interest on the car loan, 45 euros', 'transport'],
    // movement-givers.ts: "charged" is a fee's verb before the movement's word.
    ['the bank charged me 2 euros for the cash withdrawal', 'other'],
  ])('« %s » is spent (%s)', (text, category) => {
    const { expenses, movement } = read(text);
    expect(movement).toBeUndefined();
    expect(expenses.map((e) => e.category)).toEqual([category]);
  });

  it.each([
    // Interest earned, a withdrawal with no fee, savings moved: still money that moved.
    ['les intérêts de mon livret A, 35 €', 'income'],
    ['interest on my savings account, 14 euros', 'income'],
    ['retiré 60 € au distributeur', 'transfer'],
    ['took out 80 euros at the cash machine', 'transfer'],
  ])('leaves « %s » a movement (%s)', (text, kind) => {
    const { expenses, movement } = read(text);
    expect(expenses).toEqual([]);
    expect(movement?.kind).toBe(kind);
  });
});

describe("the state's papers and tests by what they are for (cats36)", () => {
  it.each([
    ['my driving test on Friday, 62 euros', 'education'],
    ['the theory test fee, 23 euros', 'education'],
    ['the provisional licence, 34 euros', 'transport'],
    ['planning permission for the extension, 250 euros', 'housing'],
    ['le permis de chasse, 180 €', 'leisure'],
    ['la formation au permis bateau, 320 €', 'education'],
    ['un stage de cuisine japonaise, 90 €', 'education'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // « chasse d'eau » is the toilet's flush; a licence lost and replaced is its paper, no lesson.
    ["une chasse d'eau neuve, 80 €", ['housing']],
    ['a replacement driving licence, 25 euros', ['transport', 'other']],
  ])('leaves « %s » as it was', (text, accepted) => {
    expect(accepted).toContain(first(text)?.category);
  });
});
