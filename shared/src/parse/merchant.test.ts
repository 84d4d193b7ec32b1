import { describe, expect, it } from 'vitest';
import { BRANDS } from './lexicon-brands.ts';
import { OSM_BRANDS, OSM_BRANDS_CAPITALISED } from './lexicon-open-brands.ts';
import { OPEN_DATA_SOURCES } from './lexicon-open-data.ts';
import { findMerchant } from './merchant.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';
import { understandWithoutAmount } from './understand-without-amount.ts';

const categoryOf = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('categories from open data', () => {
  it.each([
    ['Laverie 8 €', 'other'],
    ['Ostéopathe 55 €', 'health'],
    ['Naturopathe 60 euros', 'health'],
    ['Audioprothésiste 90 €', 'health'],
    ['Cordonnier 22 €', 'shopping'],
    ['Fleuriste 25 €', 'gifts'],
    ['Caviste 32 €', 'groceries'],
    ['Jardinerie 48 €', 'housing'],
    ['Optometrist 75 dollars', 'health'],
    ['Podiatrist 60 pounds', 'health'],
    ['Locksmith 90 pounds', 'housing'],
  ])('reads "%s" from iD\'s preset names as %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  // Regional chains: the index lists them by a US state's, London's, Ontario's or Quebec's outline.
  it.each([
    ['Wawa 12 dollars', 'groceries'],
    ['LCBO 40 dollars', 'groceries'],
    // A brand that is a plural of a WordNet noun ("Raffles", "Barbers") counts only written as one.
    ['raffles 10 euros', 'other'],
  ])('reads "%s" as %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    ['un shawarma, 8 €', 'dining'],
    ['un gyudon 12 €', 'dining'],
    ['des ailes de poulet, 9 €', 'groceries'],
  ])('reads "%s" from the dishes of iD\'s cuisine field as %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    ['Norauto 89 €', 'transport'],
    ['Jeff de Bruges 16 €', 'groceries'],
    ['Wagamama 28 pounds', 'dining'],
    ['Home Depot 73 dollars', 'housing'],
    ['Holland and Barrett 15 pounds', 'groceries'],
    ['Action 14 €', 'shopping'],
  ])('reads "%s" from the name-suggestion-index as %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('lets what was bought win over the shop, and the hand lexicon over the open data', () => {
    expect(categoryOf('peinture chez Leroy Merlin 67 €')).toBe('housing');
    expect(categoryOf('une machine à laver chez Boulanger 299 €')).toBe('housing');
    // "boulanger" written small is the baker, never the electronics chain.
    expect(categoryOf('pain chez le boulanger 3 €')).toBe('groceries');
    expect(categoryOf('resto avec Paul, 64 €')).toBe('dining');
    expect(categoryOf('resto avec Augustin 40 €')).toBe('dining');
  });

  // The name-suggestion-index lists Boulanger (shop=electronics, shopping in osm-categories.ts) for
  // "fx", Metropolitan France, not "fr": the build read no country but the listed codes and left it out.
  it.each([
    ['une télé chez Boulanger 499 €', 'shopping'],
    ['Boulanger 45 €', 'shopping'],
    ['chez le boulanger 3 €', 'groceries'],
    ['un pain chez le boulanger 1,20 €', 'groceries'],
    ['chez Action 14 €', 'shopping'],
    ['chez action 14 €', 'other'],
    ['une action à 14 €', 'other'],
  ])('reads "%s" as %s (an everyday-word brand counts written with a capital)', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    ['une télé chez Boulanger', 'shopping'],
    ['un pain chez le boulanger', 'groceries'],
  ])('reads "%s" said without an amount as %s', (text, category) => {
    expect(understandWithoutAmount(text, TEST_OPTS)?.category).toBe(category);
  });

  // A name made of words of ordinary speech alone ("Day by Day", « Au Bureau ») is the brand only
  // written as one: said small, it is the phrase ("day by day", « au bureau » is the office).
  it.each([
    ['I pay it day by day, 15 euros', 'other'],
    // Not the restaurant chain « Au Bureau » (dining): the printer bought (an emoji's word, catdata21).
    ['imprimante au bureau, 120 €', 'shopping'],
    ['Day by Day 12 €', 'groceries'],
    ['déjeuner Au Bureau 18 €', 'dining'],
  ])('reads "%s" as %s (a brand of everyday words counts written with a capital)', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  // The index lists "Système U" only as the U stores' fuel stations (amenity=fuel, the Wikidata
  // item of Super U and Hyper U): a fuel station of a company that runs supermarkets is its shop.
  // The hand list names it too (then the generated one leaves it out: tools/lexicon/build.ts).
  it('names Système U a supermarket, as the company that runs it', () => {
    const systemeU = [...OSM_BRANDS, ...OSM_BRANDS_CAPITALISED, ...BRANDS].filter(([, , phrases]) =>
      phrases.split('|').includes('systeme u'),
    );
    expect(systemeU.map(([category]) => category)).toEqual(['groceries']);
    expect(findMerchant('SYSTEME U')?.category).toBe('groceries');
  });

  it('names its sources and their versions', () => {
    expect(OPEN_DATA_SOURCES).toEqual({
      emojibaseData: '17.0.0',
      fakerGivenNames: '10.6.0',
      idTaggingSchema: '7.2.0',
      nameSuggestionIndex: '8.0.20260918',
      wordNet: '3.1.14',
    });
  });
});

describe('findMerchant', () => {
  it.each([
    ['LEROY MERLIN MASSY', 'LEROY MERLIN', 'housing'],
    ['CB MONOPRIX 12/11', 'MONOPRIX', 'groceries'],
    ['Ticket Decathlon Rennes', 'Decathlon', 'shopping'],
    ['Norauto Vélizy', 'Norauto', 'transport'],
    ['merci de votre visite chez Action', 'Action', 'shopping'],
    ['BOULANGER VELIZY 2', 'BOULANGER', 'shopping'],
    ['Chocolats Voisin Lyon', 'Voisin', 'groceries'],
  ])('finds the merchant in "%s": %s, %s', (text, name, category) => {
    expect(findMerchant(text)).toEqual({ name, category });
  });

  it('finds none in words that name no brand', () => {
    expect(findMerchant('une action à 14 €')).toBeNull();
    // Brands of Metropolitan France that are words too: « le voisin », the Breton « fest-noz » (Noz).
    expect(findMerchant('le voisin a payé le colis')).toBeNull();
    expect(findMerchant('galette saucisse au fest-noz')).toBeNull();
    expect(findMerchant('une pitaya et un thé darjeeling')).toBeNull();
    expect(findMerchant('TOTAL TTC 23,40')).toBeNull();
    expect(findMerchant('paid day by day')).toBeNull();
    // « France Pare Brise » is the brand; said small, a country and a windscreen.
    expect(findMerchant('en france pare brise compris')).toBeNull();
    expect(findMerchant('')).toBeNull();
  });
});
