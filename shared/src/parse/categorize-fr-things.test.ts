import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);
const first = (text: string) => parse(text).expenses[0];

describe('French things listed by kind (lexicon-fr-things.ts)', () => {
  it.each([
    ['un camembert et une baguette, 6 €', 'groceries'],
    ['des sardines et un maquereau, 9 €', 'groceries'],
    ['une barquette de girolles, 8 €', 'groceries'],
    ['des cuisses de canard et des lardons, 14 €', 'groceries'],
    ['un mitigeur thermostatique, 80 €', 'housing'],
    ['des sacs de ciment, 30 €', 'housing'],
    ['une bonbonne de butane, 30 €', 'utilities'],
    ["un pot d'échappement pour la 206, 150 €", 'transport'],
    ['des amortisseurs, 240 €', 'transport'],
    ['une séance chez le psychomotricien, 40 €', 'health'],
    ['un cercueil en chêne, 1800 €', 'other'],
    ['des chichis sur la plage, 5 €', 'dining'],
    ['une paire de moufles, 15 €', 'shopping'],
    ['du shampoing et une brosse à dents, 9 €', 'shopping'],
    ['une guitare, 200 €', 'leisure'],
    ['un biberon et une tétine, 12 €', 'shopping'],
  ])('« %s » is %s, and sure', (text, category) => {
    expect(first(text)).toMatchObject({ category, categorySure: true });
  });

  it('leaves words with another everyday meaning out, for the model to say', () => {
    // « lentilles » are lenses as often as pulses; « et des brouettes » is a little more money.
    expect(first('des lentilles, 30 €')?.category).toBe('health');
    expect(first('quinze euros et des brouettes chez le marchand de journaux')?.category).not.toBe('housing');
    expect(first('une douzaine de huîtres, 12 €')?.categorySure).toBe(false);
    // « une botte de radis » is a bunch, « j'ai laissé » no leash, a yellow « gilet » the car's.
    expect(first('une botte de radis, 2 €')?.category).not.toBe('shopping');
    expect(first("resto, 45 € et j'ai laissé 5 € de pourboire")?.category).toBe('dining');
  });

  it('reads food where it is served as a meal, as before', () => {
    expect(first('une salade de gésiers à la guinguette, 13 €')?.category).toBe('dining');
    expect(first('une andouillette au bouchon lyonnais, 18 €')?.category).toBe('dining');
  });
});

describe('an occasion said as a person’s (category-purposes.ts)', () => {
  it.each([
    ['un sac pour la fête de ma sœur, 40 €', 'gifts'],
    ['la cagnotte pour le départ de Nadia, 15 €', 'gifts'],
    ['un livre pour la retraite de mon oncle, 20 €', 'gifts'],
    // Not a person's: a village's or a school's fête, the music day, a boat's leaving. Balloons for
    // the fête are a thing bought for it (category-things-for-food.ts), no present.
    ["des ballons pour la fête de l'école, 10 €", 'shopping'],
    ['des crêpes pour la fête de la musique, 8 €', 'dining'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('a costume is bought as clothes are (cats32)', () => {
  it.each([
    ['un déguisement de pirate pour le carnaval, 25 €', 'shopping'],
    ['des déguisements pour les enfants, 30 €', 'shopping'],
    // A costume for someone outside the household stays a present.
    ['un déguisement pour ma nièce, 20 €', 'gifts'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('a flea market said alone is shopping, and a thing named there says more', () => {
  it.each([
    // Was other: « la brocante » was in no table.
    ['le 11 novembre, la brocante, 15 €', 'shopping'],
    ['la brocante du village, 10 €', 'shopping'],
    // Look-alikes kept: what was bought there, the vide-grenier (leisure, as the older sets say it).
    ['dimanche dernier à la brocante, une lampe à 15 €', 'shopping'],
    ['le vide-grenier, 5 €', 'leisure'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
