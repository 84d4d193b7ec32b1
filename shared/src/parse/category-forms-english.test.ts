import { describe, expect, it } from 'vitest';
import { englishForms, serviceOfTrade } from './category-forms.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const categoryOf = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('an English word is known by its form', () => {
  it.each([
    // The practitioner of a practice in -y.
    ['the pharmacist, 12 euros', 'health'],
    // The trade of a shop in -ery, and the shop of a trade in -er.
    ["paid at the grocer's, 18 euros", 'groceries'],
    ['the butchery, 20 euros', 'groceries'],
    // A trade's service in -ing.
    ['roofing, 300 euros', 'housing'],
    ['tiling the bathroom floor, 400 euros', 'housing'],
    // Plurals in -ves.
    ['two loaves, 5 euros', 'groceries'],
    ['scarves, 20 euros', 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    // Not asked of things: a heater's "heating" is the bill, as before.
    ['heating, 50 euros', 'utilities'],
    // A word a table lists keeps its own meaning.
    ['training, 20 euros', 'education'],
  ])('"%s" stays %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('englishForms and serviceOfTrade', () => {
  it.each([
    ['podiatry', ['podiatrist']],
    ['butcher', ['butchery']],
    ['brewery', ['brewer']],
    ['dentist', []],
    ['bus', []],
  ])('%s → %j', (word, forms) => {
    expect(englishForms(word)).toEqual(forms);
  });

  it.each([
    ['roofer', 'roofing'],
    ['tiler', 'tiling'],
    ['decorator', 'decorating'],
    ['tutor', 'tutoring'],
    ['florist', null],
  ])('%s → %s', (word, service) => {
    expect(serviceOfTrade(word)).toBe(service);
  });
});

describe('what one washes with', () => {
  it.each([
    ['a tube of toothpaste, 3 euros', 'shopping'],
    ['soap, 3 euros', 'shopping'],
    ['shampoo, 5 euros', 'shopping'],
  ])('"%s" is %s, a tube no train', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('a thing bought for the wider family is a present', () => {
  it.each([
    ['a christmas hamper for the in-laws, 50 euros', 'gifts'],
    ['a box of chocolates for my mother-in-law, 20 euros', 'gifts'],
    ['un panier garni pour mes beaux-parents, 40 €', 'gifts'],
    ['un pull pour mon neveu, 25 €', 'gifts'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    // A service or a trip for them is still what it is.
    ['the dentist for my grandmother, 60 euros', 'health'],
    ['a school trip for my nephew, 30 euros', 'education'],
    // One's own household is no present (a stair gate, which no table knows, is goods: goods-said.ts).
    ['a stair gate for the baby, 70 euros', 'shopping'],
  ])('"%s" stays %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('a thing for a phone is for the device, not its line', () => {
  it.each([
    ['une coque pour mon portable, 12 €', 'shopping'],
    ['a case for my phone, 15 euros', 'shopping'],
    // A French head, « de » and the phone: a thing made for the device.
    ['une housse de téléphone en cuir, 14 €', 'shopping'],
    // A phone said new or used is one bought.
    ['un nouveau portable, 280 €', 'shopping'],
    ["un portable d'occasion, 90 €", 'shopping'],
    ['un téléphone neuf, 300 €', 'shopping'],
    ['a new mobile, 250 euros', 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    ['une recharge pour mon portable, 10 €', 'utilities'],
    ['a top-up for my phone, 10 euros', 'utilities'],
    ['5 Go de data pour mon portable, 10 €', 'utilities'],
    ['la facture de téléphone, 32 €', 'utilities'],
    ['30 euros de téléphone ce mois-ci', 'utilities'],
    // New, but the line: a compound's last noun, or a plan said before the phone.
    ['a new phone plan, 20 euros', 'utilities'],
    ['a new phone contract, 30 euros', 'utilities'],
    ['un nouveau forfait portable, 20 €', 'utilities'],
    ['le portable, 20 €', 'utilities'],
  ])('"%s" stays %s, bought for the line', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('the toilets, the cellar and the shed are rooms of the home', () => {
  it.each([
    ['une ventouse pour les toilettes, 12 €', 'housing'],
    ['a lock for the shed, 15 euros', 'housing'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('keeps a drink for the cellar a drink', () => {
    expect(categoryOf('a bottle of wine for the cellar, 20 euros')).toBe('groceries');
  });
});

describe('an English chain is read by its name', () => {
  it.each([
    // A brand that counts only with a capital, whose name WordNet holds as a noun.
    ['spent 20 euros at Boots', 'health'],
    // A name written with an ampersand.
    ['a drill from B&Q, 10 euros', 'housing'],
    ['spent 20 euros at B&M', 'shopping'],
    // First in the sentence, a capital says a name when a company's verb follows.
    ['Boots charged me 8 euros', 'health'],
    ['Apple charged me 2.99', 'other'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('keeps boots written small the footwear', () => {
    expect(categoryOf('new walking boots, 80 euros')).toBe('shopping');
  });

  it('keeps a food said first, with a capital, the food', () => {
    expect(categoryOf('Apples 2.99')).toBe('groceries');
    expect(categoryOf('Apple pie at the bakery, 6 euros')).toBe('groceries');
  });
});

describe('food said at a word of a meal out is a meal', () => {
  it.each([
    ['a baked potato at the cafe, 9 euros', 'dining'],
    ['a sausage roll at the cafe, 4 euros', 'dining'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('keeps a sausage roll bought to take home groceries', () => {
    expect(categoryOf('sausage rolls from the supermarket, 4 euros')).toBe('groceries');
  });
});
