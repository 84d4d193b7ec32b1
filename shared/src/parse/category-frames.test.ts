import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const categoryOf = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('what a permit, a pass or a fee is for', () => {
  it.each([
    ['permis de pêche, 80 €', 'leisure'],
    ['forfait code de la route, 30 €', 'education'],
    // The frame word alone keeps its meaning.
    ['forfait mobile, 20 €', 'utilities'],
    // A weak word right after the frame word says what it is for: the phone line, the box.
    ["l'abonnement mobile des enfants, 20 €", 'utilities'],
    ['un abonnement box, 30 €', 'utilities'],
    ['ticket de métro, 2 €', 'transport'],
    // A deposit takes what it is paid on, through a rental too; said alone it stays the home's.
    ["j'ai payé la caution de la location de skis, 150 €", 'leisure'],
    ['la caution de la location du kayak, 100 €', 'leisure'],
    ['la caution du vélo, 200 €', 'transport'],
    ["la caution de l'appartement, 800 €", 'housing'],
    ["la caution de la location de l'appartement, 900 €", 'housing'],
    ['la caution, 800 €', 'housing'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('« pêche »: fishing after « à » or « de », the fruit alone', () => {
  it.each([
    ['une canne à pêche, 40 €', 'leisure'],
    ['permis de pêche, 80 €', 'leisure'],
    ['des pêches, 4 €', 'groceries'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('a thing for a room of the home', () => {
  it.each([
    ['un lustre pour la salle à manger, 120 €', 'housing'],
    ['géraniums pour le balcon, 30 €', 'housing'],
    ['seeds for the vegetable garden, 8 euros', 'housing'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    // « pour la cuisine » is for cooking; and paying for a room is no thing bought for it.
    'herbes pour la cuisine, 3 €',
    'Fifty cents for the bathroom.',
  ])('"%s" is not the home\'s', (text) => {
    expect(categoryOf(text)).not.toBe('housing');
  });
});

describe('a present for someone outside the family', () => {
  it.each([
    ['chocolats pour la maîtresse, 15 €', 'gifts'],
    ['une bouteille de champagne pour mes hôtes, 35 €', 'gifts'],
    ['chocolates for the teacher, 15 euros', 'gifts'],
    // For one's own, or for nobody said, it is what it is.
    ['des chocolats pour mon fils, 10 €', 'groceries'],
    ['des chocolats, 10 €', 'groceries'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('« car », the coach, after an article or a preposition', () => {
  it.each([
    ['billet de car pour Bordeaux, 25 €', 'transport'],
    ['aller en car à Lille, 15 €', 'transport'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('a dish bought frozen, canned or from an aisle is groceries', () => {
  it.each([
    ['des crêpes surgelées, 5 €', 'groceries'],
    ['des burgers au rayon frais, 6 €', 'groceries'],
    ['des sushis en conserve, 4 €', 'groceries'],
    // Where it is served, it is a meal: a tray of chips, frozen food at the restaurant.
    ['une barquette de frites au stade, 4 €', 'dining'],
    ['des crêpes surgelées au resto, 5 €', 'dining'],
    ['des crêpes, 5 €', 'dining'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('a home paid for by the night is a stay', () => {
  it.each([
    ['un appartement à Porto pour trois nuits, 270 €', 'travel'],
    ['un studio pour 2 nuits, 120 €', 'travel'],
    ['a flat in Rome for two nights, 240 euros', 'travel'],
  ])('"%s" is %s', (text, category) => {
    expect(parseExpenseText(text, TEST_OPTS).expenses[0]?.category).toBe(category);
  });

  it.each([
    // No nights counted: the home's rent; nights of a thing that is no home.
    ["le loyer de l'appartement, 700 €", 'housing'],
    ['une lampe pour les nuits du bébé, 25 €', 'shopping'],
  ])('"%s" stays %s', (text, category) => {
    expect(parseExpenseText(text, TEST_OPTS).expenses[0]?.category).toBe(category);
  });
});

describe('a deposit is paid on what follows it (round v17a)', () => {
  it.each([
    // Was housing: "deposit" alone is a rent's.
    ['a 50 euro deposit for the piano lessons', 'leisure'],
    // The deposit alone keeps its meaning; a thing after it says its own.
    ['security deposit 900 euros', 'housing'],
    ['les arrhes du gîte, 150 €', 'travel'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('« le plein » is fuel unless what follows fills it (cats32)', () => {
  it.each([
    ['un plein de courses chez Leclerc, 140 €', 'groceries'],
    ['fait le plein de provisions, 95 €', 'groceries'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    ['le plein, 70 €', 'transport'],
    ["le plein d'essence, 70 €", 'transport'],
    ['le plein de gazole au Super U, 70 €', 'transport'],
    ['le plein de la voiture, 70 €', 'transport'],
  ])('"%s" stays %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('a French plural of a word in -ch takes -s alone (cats32)', () => {
  it.each([
    ['deux sandwichs, 9 €', 'dining'],
    ['chez Marie Blachère, deux sandwichs, 9 €', 'dining'],
    ['two sandwiches, 9 euros', 'dining'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe("a name's possessive before a noun says whose, not a trade", () => {
  it.each([
    // A car's finance payment (PCP) is the car's, whatever the model is called.
    ["260 for the Golf's monthly PCP payment", 'transport'],
    ['PCP on the Fiesta, 199', 'transport'],
    // A trade's possessive, a brand's own name, and "Rent's" opening the note keep their readings.
    ["haircut at the barber's, 15", 'shopping'],
    ["Sainsbury's delivery, 80", 'groceries'],
    ["Nando's takeaway, 25", 'dining'],
    ["Rent's due on the 5th, 700 euros", 'housing'],
    ['a round of golf, 35', 'leisure'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});
