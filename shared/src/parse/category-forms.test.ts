import { describe, expect, it } from 'vitest';
import { derivedForms, serviceVerb } from './category-forms.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a container or a measure is named by its contents', () => {
  it.each([
    ['un sac de pommes de terre, 4 €', 'groceries', 'Sac de pommes de terre'],
    ['a bag of apples, 3 euros', 'groceries', 'Bag of apples'],
    // A measure of the contents is passed over.
    ['a bag of 2 kilos of apples, 4 euros', 'groceries', 'Bag'],
  ])('"%s" is %s, described as "%s"', (text, category, description) => {
    expect(first(text)).toMatchObject({ category, description });
  });

  it.each([
    // Contents no table knows: the container is what was bought, a box, no night club (cats28).
    ['une boîte de bidules, 4 €', 'shopping'],
    // The paper clips, which the emoji annotations name (catdata21): the contents.
    ['une boîte de trombones, 4 €', 'shopping'],
    ['a box of nails, 5 euros', 'shopping'],
    // A phrase that opens on a container's word is that phrase.
    ['une boîte de nuit, 20 €', 'leisure'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('a French verb-noun compound is a device, not its noun', () => {
  it.each([
    ["une paire d'essuie-glaces pour la voiture, 25 €", 'transport'],
    ['des essuie-glaces, 20 €', 'shopping'],
    ['un tire-lait, 60 €', 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    ['un lave-vaisselle, 400 €', 'housing'],
    ['un chauffe-eau, 500 €', 'housing'],
  ])('"%s", listed whole, stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe("a thing bought for someone else's occasion or child is a present", () => {
  it.each([
    ["une montre pour l'anniversaire de Paul, 90 €", 'gifts'],
    ['un vase pour la crémaillère de Karim, 35 €', 'gifts'],
    ["a watch for my dad's birthday, 40 euros", 'gifts'],
    ['un pull pour le fils de ma voisine, 25 €', 'gifts'],
    ["a jumper for Tom's baby, 20 euros", 'gifts'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // The speaker's own occasion, a noun the occasion describes, the speaker's own child.
    ['une robe pour mon mariage, 800 €', 'shopping'],
    ['a suit for the wedding reception, 300 euros', 'shopping'],
    ['des chaussures pour ma fille, 40 €', 'shopping'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('a French word is known by its form', () => {
  it.each([
    // A practice by its practitioner, a shop by its trade, a trade said in the feminine in -ère.
    ['une séance de kinésithérapie, 40 €', 'health'],
    ['podologie, 45 €', 'health'],
    ['une séance de psychiatrie, 60 €', 'health'],
    ["la réparation à l'horlogerie, 30 €", 'shopping'],
    ["l'horlogère, 25 €", 'shopping'],
    // A delivery is of what follows it.
    ['la livraison du bois de chauffage, 300 €', 'housing'],
    // An association or a club is of what it does; a donation to one stays a gift.
    ["la cotisation à l'association de randonnée, 30 €", 'leisure'],
    ['don à une association, 20 €', 'gifts'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it('derives a word only where no table lists it: « crèmerie » stays the shop of the open data', () => {
    expect(first('la crèmerie, 11 €')?.category).toBe('groceries');
  });
});

describe('derivedForms', () => {
  it.each([
    ['osteopathe', false, ['osteopathie']],
    ['kinesitherapeute', false, ['kinesitherapie']],
    ['horloger', false, ['horlogerie']],
    ['serrurier', false, ['serrurerie']],
    ['mercerie', false, ['mercier']],
    ['fromage', true, ['fromagerie']],
    ['fleur', true, ['fleuriste']],
    // Too short, or not one plain word.
    ['the', true, []],
    ['pot', true, []],
  ] as const)('%s (goods: %s) → %j', (word, goods, forms) => {
    expect(derivedForms(word, goods)).toEqual(forms);
  });
});

describe('a thing for a part of the body is for health when nothing names it', () => {
  it.each([
    ['un spray pour le nez, 6 €', 'health'],
    ['drops for my eyes, 8 euros', 'health'],
    ['une attelle pour le poignet, 25 €', 'health'],
    ['a brace for my knee, 30 euros', 'health'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    ['des chaussettes pour les pieds, 10 €', 'shopping'],
    ['un pied de lampe, 20 €', 'shopping'],
  ])('"%s", named, stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe("a service's verb after « faire » is the service", () => {
  it.each([
    ['faire ramoner le conduit, 80 €', 'housing'],
    ['faire élaguer les arbres, 300 €', 'housing'],
    // -ation: « épilation » → « épiler ».
    ['me faire épiler, 30 €', 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it('names nothing said alone: « repasser » is also coming back', () => {
    expect(first('repasser, 15 €')?.category).toBe('other');
  });

  it.each([
    ['ramonage', 'ramoner'],
    ['elagage', 'elaguer'],
    ['massage', 'masser'],
    ['epilation', 'epiler'],
    ['menage', null],
    ['garage', null],
  ] as const)('serviceVerb(%s) is %s', (noun, verb) => {
    expect(serviceVerb(noun)).toBe(verb);
  });
});

describe('looking after a pet is other, whatever the stay was for', () => {
  it.each([
    ['la garde du lapin pendant les vacances, 50 €', 'other'],
    ["boarding for the cat while we're on holiday, 80 euros", 'other'],
    ['garde de mon chien pendant le voyage, 90 €', 'other'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it('« une promenade en bateau » is no pet care', () => {
    expect(first('promenade en bateau, 20 €')?.category).toBe('travel');
  });
});

describe("an English compound's head, but a lodging's bed is the stay", () => {
  it.each([
    ['a hostel bed, 25 euros', 'travel'],
    ['a hotel room in Rome, 120 euros', 'travel'],
    // "coffee beans": the head still names the rest.
    ['coffee beans, 12 euros', 'groceries'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('an English plural in -oes', () => {
  it.each([
    ['a sack of potatoes, 8 euros', 'groceries'],
    ['tomatoes and basil, 4 euros', 'groceries'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
