import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { amountsOf, TEST_OPTS } from './testing/test-parse.ts';

// Figures that name, size or time a thing beside its price (round 26, issue 29): no money by what
// they are said with. Each case failed before its rule; the "stays" cases are what the rule must
// leave alone.

describe('a figure said with a thing is no price while money is named', () => {
  it.each([
    // After an acronym, a model's number or a version: were 2.10 € + 11 €, 3 € + 25 €.
    ['a DisplayPort to HDMI 2.1 adapter, 11 euros', ['11.00 EUR']],
    ['a USB 3.0 hub, 25 euros', ['25.00 EUR']],
    // After « en », a size: were 38 € + 30 €, 38 € + 39,99 €.
    ['des sandales en 38 pour ma soeur, 30 balles', ['30.00 EUR']],
    ['un jean en 38 chez Zara à 39,99', ['39.99 EUR']],
    // "the" with hours and minutes before a noun: a clock, were 7.30 € + 45 €.
    ['the 7.30 train to Leeds, 45 euros', ['45.00 EUR']],
    // A name with a capital after a word of the way: were 95 $ + 23 $.
    ['lunch off Interstate 95, 23 dollars', ['23.00 USD']],
    // Two sides said with « sur »: were 140 € + 300 €.
    ['un lit 140 sur 190, 300 euros', ['300.00 EUR']],
    // A hall, a train's car, a road's exit: were 12 € + 54 €, 14 $ + 40 $, 5 € + 22 €.
    ['place 47 voiture 12, le billet 54 €', ['54.00 EUR']],
    ['took exit 14 for gas, 40 dollars', ['40.00 USD']],
    ['salle 5, les places 22 euros', ['22.00 EUR']],
    // A ship's or a sleeper's cabin (amounts27): was 9 € + 85 €; « cabine » named the same.
    ['cabin 9 on the night boat, 85 for the trip', ['85.00 EUR']],
    ['cabine 6 du train de nuit, 95 euros', ['95.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it('reads a model number after an acronym as no amount to check', () => {
    // Was 21 € kept to check beside a 302 that might have been the price.
    const { expenses } = parseExpenseText('une cartouche HP 302, 21 euros', TEST_OPTS);
    expect(expenses.map((e) => [e.amount, e.reviewReason])).toEqual([['21.00', undefined]]);
  });

  it.each([
    // A currency's code is no acronym; a person paid is no road; « sur » alone is a part of a whole.
    ['USD 30 for the taxi', ['30.00 USD']],
    ['paid Sarah 40 and Tom 30 euros', ['40.00 EUR', '30.00 EUR']],
    ["l'acompte de 200 sur 800 pour la cuisine", ['200.00 EUR']],
    // A price with cents no clock has; money said after « en » itself.
    ['the 3.99 meal deal and a coffee 2 euros', ['3.99 EUR', '2.00 EUR']],
    ['un jean à 40 euros en 42', ['40.00 EUR']],
  ])('stays as it was: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});

describe('"half" before a noun names a kind of thing, no share of the bill', () => {
  it.each([
    // Were 90 €, 45 €, 5 €, 1.50 €.
    ['half board in Crete, 400 euros', ['400.00 EUR']],
    ['half term camp, 90 euros', ['90.00 EUR']],
    ['the half pipe session, 10 euros', ['10.00 EUR']],
    ['a half pint of cider, 3 euros', ['3.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it.each([
    ['paid half, 40 euros', ['20.00 EUR']],
    ['half the dinner, 40 euros', ['20.00 EUR']],
  ])('stays a share: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
