import { describe, expect, it } from 'vitest';
import { amountsOf } from './testing/test-parse.ts';

// Amounts and counts as said (round v23a, issue 29). Each case failed before its rule; the "stays"
// cases are what the rules leave alone. Sentences of their own, not lines of a set.

describe('notes and coins listed as what was paid are their sum', () => {
  it.each([
    ['le serrurier, un billet de cinquante et deux de vingt', ['90.00 EUR']],
    ['la boulangère, un billet de cinq et deux pièces de un euro', ['7.00 EUR']],
    ['payé la brocante avec deux billets de dix et une pièce de deux', ['22.00 EUR']],
    ['le marchand de journaux, une pièce de deux euros et trois pièces de cinquante centimes', ['3.50 EUR']],
    ['au cordonnier, trois billets de 20 et un de 5', ['65.00 EUR']],
    ['for the ferry, two notes of 20 and a coin of 2', ['42.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // So many notes of one figure, alone, are so many times it (was prices-said.ts's notesCounted).
    ['trois billets de vingt pour la couturière', ['60.00 EUR']],
    // One note handed is the note.
    ['un billet de dix pour le fleuriste', ['10.00 EUR']],
    // Two things each with its price are two expenses, notes or not.
    ['le billet de train 30 euros et le billet de bus 2 euros', ['30.00 EUR', '2.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a part said of a bill shared « à N » is the bill over N', () => {
  it.each([
    ['le cadeau de départ de Luc, 240 à six, j’ai donné ma part', ['40.00 EUR']],
    ['le billard, 36 balles les trois heures à trois, ma part', ['12.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // A price « à » a figure is still a price each.
    ['trois crêpes à 4 euros', ['12.00 EUR']],
    // « à N » right after money shared the bill already.
    ['la location du minibus, 180 euros à quatre, j’ai payé ma part', ['45.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('a flight number after its airline’s code is no money', () => {
  it.each([
    ['le vol U2 7716 pour Lisbonne, 95 euros', ['95.00 EUR']],
    ['flight W6 2231 to Budapest, 60 euros', ['60.00 EUR']],
    ['flight EZY 4410 to Geneva, 112 euros', ['112.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([['le vol AF 1180 pour Nice, 130 €', ['130.00 EUR']]])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('pence said after a number in words, and "my mistake", are read', () => {
  it.each([
    ['seventy-five p for a stamp', ['0.75 GBP']],
    ['twenty p for the trolley', ['0.20 GBP']],
    ['the florist was forty, my mistake, forty-four', ['44.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    // "p.m." after an hour in words is a time.
    ['dinner at seven p.m., 45 euros', ['45.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
