import { describe, expect, it } from 'vitest';
import { careByForm } from './care-forms.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);
const read = (text: string) => {
  const e = parse(text).expenses[0];
  return { category: e?.category, sure: e?.categorySure };
};

describe('a carer or a care no table lists, named by its ending', () => {
  it.each([
    "l'endocrinologue, 60 €",
    'la diabétologue pour mon fils, 50 €',
    'le gériatre de mamie, 40 €',
    'une fibroscopie, 90 €',
    'la musicothérapeute, 35 €',
    'the endocrinologist, 80 euros',
    'a colonoscopy, 300 dollars',
    'cryotherapy, 40 euros',
    'le parodontiste, 70 €',
    'the periodontist, 120 euros',
  ])('« %s » is health, unsure', (text) => {
    expect(read(text)).toEqual({ category: 'health', sure: false });
  });

  it('leaves the scholars and the texts of the same endings out', () => {
    for (const word of ['sociologue', 'archeologue', 'oenologue', 'geologist', 'psychopath', 'catalogue'])
      expect(careByForm(word), word).toBe(false);
    expect(read('le catalogue, 20 €').category).not.toBe('health');
  });

  it('stays under a word a table lists', () => {
    // « pédiatre » is listed (health, sure); a listed word of another category wins over a form.
    expect(read('le pédiatre, 30 €')).toEqual({ category: 'health', sure: true });
    expect(read('le parking de la clinique de la diabétologue, 6 €').category).toBe('transport');
  });
});

describe('trades, services and fees the open data does not name', () => {
  it.each([
    ['le plaquiste, 480 €', 'housing'],
    ['le façadier pour le ravalement, 2 400 €', 'housing'],
    ['les honoraires de location, 450 €', 'housing'],
    ['la carrosserie, 300 €', 'transport'],
    ['la vignette autoroutière, 40 €', 'transport'],
    ["l'aide aux devoirs, 25 €", 'education'],
    ['la boîte postale, 80 €', 'other'],
    ['the tree surgeon, 450 euros', 'housing'],
    ['the condo fee, 400 dollars', 'housing'],
    ['the smog check, 40 dollars', 'transport'],
    ['a counselling session, 70 euros', 'health'],
    ['a carer for my dad, 150 euros', 'other'],
    ['the checked bag fee, 35 euros', 'travel'],
    ['le carrelage de la cuisine, 600 €', 'housing'],
    ['les amortisseurs, 320 €', 'transport'],
    ['le dépassement d’honoraires, 30 €', 'health'],
    ['les impôts, 300 €', 'other'],
    ['loft insulation, 900 pounds', 'housing'],
    ['the impound lot, 180 dollars', 'transport'],
    ['a root canal, 400 euros', 'health'],
    ['the wire fee, 15 euros', 'other'],
    ['garbage collection, 60 dollars', 'utilities'],
  ])('« %s » is %s', (text, category) => {
    expect(read(text)).toEqual({ category, sure: true });
  });

  it('keeps a word that names something else as often out: « vignette » alone is no toll', () => {
    expect(read('des vignettes Panini, 5 €').category).not.toBe('transport');
    // « vide-grenier » is no attic.
    expect(read('le vide-grenier, 10 €').category).toBe('leisure');
    // A part of a home that names something else as often is weak: unsure alone, beaten by any other word.
    for (const text of [
      'frais de clôture du compte, 30 €',
      'deux places au balcon, 60 €',
      'un siphon à chantilly, 30 €',
      'le plafond de la carte, 500 €',
    ])
      expect(read(text).sure, text).toBe(false);
    expect(read('la clim de la voiture, 90 €').category).toBe('transport');
    expect(read('fencing club membership, 120 euros').category).not.toBe('housing');
    expect(read('le frigoriste pour la clim, 160 €')).toEqual({ category: 'housing', sure: true });
  });

  it('reads a fee by what it is for when the fee names nothing ("the admin fee for my flight")', () => {
    expect(read('the admin fee for changing my flight, 60 euros').category).toBe('travel');
  });

  it('reads a thing shared by its kind as no split bill: « le jardin partagé », « la garde partagée »', () => {
    for (const text of ['une parcelle au jardin partagé, 25 €', 'la garde partagée de novembre, 300 €'])
      expect(parse(text).expenses[0]?.amount, text).toBe(text.includes('300') ? '300.00' : '25.00');
    // A bill said shared stays split in two.
    expect(parse('le resto, on a partagé, 40 €').expenses[0]?.amount).toBe('20.00');
  });
});

describe('a part of a phone, not its line', () => {
  it.each([
    ['le remplacement de la batterie du téléphone, 69 €', 'shopping'],
    ["l'écran de mon portable, 120 €", 'shopping'],
    ['the battery of my phone, 60 euros', 'shopping'],
    // The bill and the plan of a phone stay its line's.
    ['la facture du téléphone, 30 €', 'utilities'],
    ['le forfait de mon portable, 20 €', 'utilities'],
    ['the phone bill, 30 euros', 'utilities'],
  ])('« %s » is %s', (text, category) => {
    expect(read(text).category).toBe(category);
  });
});
