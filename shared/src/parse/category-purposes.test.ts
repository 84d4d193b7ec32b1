import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a thing bought for a relative outside the household is a present', () => {
  it.each([
    ['une écharpe pour ma cousine, 25 €', 'gifts'],
    ['des bonbons pour mon filleul, 6 €', 'gifts'],
    ['un carnet pour mon beau-frère, 12 €', 'gifts'],
    // A name in two words: each pair of the wider family, not its first word alone.
    ['un foulard pour ma belle-mère, 18 €', 'gifts'],
    ['un puzzle pour mes grands-parents, 15 €', 'gifts'],
    ['a scarf for my in-laws, 20 euros', 'gifts'],
    ['un tee-shirt pour mon oncle, 20 €', 'gifts'],
    // A game or a toy for them too.
    ['un jeu de cartes pour ma nièce, 12 €', 'gifts'],
    ['des jouets pour les enfants de ma cousine, 30 €', 'gifts'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // The household's own people stay what was bought.
    ['des chaussettes pour mon mari, 12 €', 'shopping'],
    ['une veste pour mon père, 60 €', 'shopping'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe("a birthday said as someone's age is an occasion", () => {
  it.each([
    ['une montre pour les vingt ans de mon fils, 150 €', 'gifts'],
    ['un sac pour les 40 ans de Julie, 80 €', 'gifts'],
    ['une écharpe pour ses dix-huit ans, 30 €', 'gifts'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // The speaker's own, or an age that is no occasion.
    ['une robe pour mes 30 ans, 90 €', 'shopping'],
    ['un billet de train pour les enfants de trois ans, 90 €', 'transport'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('Christmas is an occasion when the note says for whom', () => {
  it.each([
    ['une veste pour mon père pour Noël, 60 €', 'gifts'],
    ['des chaussettes pour Noël pour mon mari, 12 €', 'gifts'],
    ['un bonnet pour Noël pour Inès, 15 €', 'gifts'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // Nobody named: a thing for the feast.
    ['des guirlandes pour Noël, 15 €', 'shopping'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('a thing of the home said to be for a part of the body is for health', () => {
  it.each([
    ['une gouttière pour mes dents, 250 €', 'health'],
    ['un tabouret pour le dos, 60 €', 'health'],
    // Clothes and shoes are for the body anyway; a room of the home stays the home's.
    ['des chaussures pour les pieds, 30 €', 'shopping'],
    ['une gouttière pour la maison, 300 €', 'housing'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe("flowers for a funeral are an offering, as for a person's occasion", () => {
  it.each([
    ['une couronne pour les obsèques, 80 €', 'gifts'],
    // The funeral's own costs are not.
    ["les frais d'obsèques, 3000 €", 'other'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe("clothes for someone's ceremony are worn there by the speaker (cats32)", () => {
  it.each([
    ['une chemise pour le mariage de Clément, 55 €', 'shopping'],
    ['une cravate pour le baptême de mon neveu, 25 €', 'shopping'],
    ["a suit for my brother's wedding, 200 euros", 'shopping'],
    ["a black dress for my uncle's funeral, 70 euros", 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // Clothes for the person, or for a birthday, or the baby's own gown, stay presents.
    ['une robe pour ma nièce, 30 €', 'gifts'],
    ["a scarf for my sister's birthday, 20 euros", 'gifts'],
    ['une robe pour son baptême, 40 €', 'gifts'],
    // What is not worn, for someone's wedding, stays a present.
    ['un cadre photo pour le mariage de Julie, 30 €', 'gifts'],
    ["a toaster for Tom's wedding, 40 euros", 'gifts'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
