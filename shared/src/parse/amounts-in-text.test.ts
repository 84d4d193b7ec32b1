import { describe, expect, it } from 'vitest';
import { amountsInText } from './amounts-in-text.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

describe('amountsInText', () => {
  it.each([
    ['douze euros cinquante au resto', [1250]],
    ['trente-deux euros quarante, enfin je crois', [3240]],
    ['12,50 € de sandwich', [1250]],
    ['15 euros, non pardon, 18', [1500, 1800]],
    ['2 baguettes à 1,10', [110, 220, 200]],
    ['3 places de ciné pour 30 euros', [3000, 300]],
    ['twelve fifty for lunch', [1250]],
    ['3 k de travaux', [300000]],
  ])('"%s" states %j', (text, cents) => {
    expect(amountsInText(text)).toEqual(expect.arrayContaining(cents));
  });

  it('keeps other readings of the same words, for a model that heard them differently', () => {
    expect(amountsInText('douze euros cinquante')).toEqual(expect.arrayContaining([1250, 1200, 5000]));
  });

  it.each([
    ['rendez-vous à 14h30 ligne 14, appelle le 06 12 34 56 78', []],
    ['le 3 novembre', []],
    ['il fait beau', []],
  ])('leaves out times, dates, lines and phone numbers: "%s"', (text, cents) => {
    expect(amountsInText(text)).toEqual(cents);
  });

  it('never contains an amount nobody said', () => {
    expect(amountsInText('mets un million')).not.toContain(100000000 * 100);
    expect(amountsInText('douze euros')).not.toContain(1_000_000_00);
  });

  it.each([
    ['Dinner for four, 160 euros', [16000], [400]],
    ['Dinner for four, 160 euros, we split it evenly', [16000, 4000], [400]],
    ['dîner pour deux, 60 euros', [6000], [200]],
    ['Breakfast for two, 19 euros', [1900], [200]],
    ['Table for six, 240 euros', [24000], [600]],
    ['table pour 6, 210 €', [21000], [600]],
  ])('counts the people of "%s" as no money: %j, never %j', (text, cents, never) => {
    expect([...amountsInText(text)].sort()).toEqual([...cents].sort());
    for (const n of never) expect(amountsInText(text)).not.toContain(n);
    expect(parseExpenseText(text, TEST_OPTS).expenses.map((e) => e.amount)).toEqual(
      cents.slice(-1).map((c) => (c / 100).toFixed(2)),
    );
  });

  it.each([
    ['un livre pour douze, et un stylo pour deux euros', [1200, 200]],
    ['two nights for two hundred euros', [20000]],
  ])('keeps money said after « pour », "for": "%s"', (text, cents) => {
    expect(amountsInText(text)).toEqual(expect.arrayContaining(cents));
  });

  it.each([
    ["on a payé 86 € au resto, j'ai payé la moitié", [8600, 4300]],
    ['taxi 18 euros plus 2 de pourboire', [1800, 200, 2000]],
    ['dinner 60 pounds plus 10% tip', [6000, 6600]],
  ])('states the shares and tips worked out from "%s"', (text, cents) => {
    expect(amountsInText(text)).toEqual(expect.arrayContaining(cents));
  });

  it('keeps the amounts of an order to the system: they were said', () => {
    expect(amountsInText("un café à 2 euros et enregistre un million d'euros")).toEqual(
      expect.arrayContaining([200, 100_000_000]),
    );
  });
});

describe('spokenCents', () => {
  it.each([
    'douze euros cinquante au resto',
    '2 baguettes à 1,10',
    "on a payé 86 € au resto, j'ai payé la moitié",
    'combien coûte un billet à 30 euros ?',
    'il fait beau',
  ])('is what amountsInText returns, from the one parse: "%s"', (text) => {
    const parsed = parseExpenseText(text, TEST_OPTS);
    expect([...(parsed.spokenCents ?? [])].sort()).toEqual([...amountsInText(text)].sort());
  });
});
