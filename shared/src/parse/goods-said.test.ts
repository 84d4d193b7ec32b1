import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a French thing said with « un », « une », « des » that no table knows is goods', () => {
  it.each([
    ['une yaourtière, 30 €', 'shopping'],
    ['des espadrilles, 25 €', 'shopping'],
    ['une sacoche, 30 €', 'shopping'],
    // Past a hesitation or a buying verb said first.
    ['euh une sacoche, 30 €', 'shopping'],
    ["bon alors j'ai pris des espadrilles, 25 €", 'shopping'],
    ['j’ai acheté une yaourtière, 30 €', 'shopping'],
    ['je me suis offert une sacoche, 30 €', 'shopping'],
    ['on a aussi commandé des espadrilles, 25 €', 'shopping'],
  ])('"%s" is %s, and unsure', (text, category) => {
    expect(first(text)).toMatchObject({ category, categorySure: false });
  });

  it.each([
    // A service said by its act, a fine, a vague word (in English too), a service said with « le ».
    ['une réparation, 45 €', 'other'],
    ['un nettoyage, 45 €', 'other'],
    ['une amende, 135 €', 'other'],
    ['un truc, 14 €', 'other'],
    ['le parallélisme, 60 €', 'other'],
    ['a gizmo, 10 euros', 'other'],
    // The same past a lead-in; and what is paid may be a person or a service.
    ['euh une réparation, 45 €', 'other'],
    ["j'ai pris une amende, 135 €", 'other'],
    ["j'ai payé un truc, 14 €", 'other'],
    ["j'ai payé un gugusse, 20 €", 'other'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('an English note that opens on a bare plural no table knows names goods', () => {
  it.each([
    ['hair ties and bobby pins, 6 euros'],
    ['fairy lights, 12 euros'],
    ['picture frames, 20 euros'],
    ['new picture frames, 20 euros'],
    ['paid 9 euros for hair clips'],
  ])('"%s" is shopping, and unsure', (text) => {
    expect(first(text)).toMatchObject({ category: 'shopping', categorySure: false });
  });

  it.each([
    // Work done, dues and money's own words; a name; a plural after an article or after "of".
    ['works on the kitchen, 500 euros', 'other'],
    ['council rates, 120 euros', 'other'],
    ['bits and bobs, 10 euros', 'other'],
    ['damages, 50 euros', 'other'],
    ['Jones, 20 euros', 'other'],
    ['thanks, 20 euros', 'other'],
    // French keeps « des » for goods: a bare plural there may be a verb or a fee.
    ['honoraires, 80 €', 'other'],
    ['honoraires médicaux, 80 €', 'other'],
    ['frais bancaires, 8 €', 'other'],
    ['attends, la dame de compagnie, 90 €', 'other'],
    ["garde d'enfants, 50 €", 'other'],
    ['12 € de frais trimestriels sur le compte', 'other'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('an English thing said with "a" and a word in "-ing" before its head names goods', () => {
  it.each([
    ['a draining board, 12 euros'],
    ['a steering wheel lock, 35 euros'],
    ['a changing mat, 15 euros'],
  ])('"%s" is shopping, and unsure', (text) => {
    expect(first(text)).toMatchObject({ category: 'shopping', categorySure: false });
  });

  it.each([
    // A service said by its act, first or anywhere in the phrase: no goods. (The licence is a
    // vehicle's paper, transport, since cats36.)
    ['a pampering treatment, 60 euros', 'other'],
    ['a driving licence renewal cost me 14 euros', 'transport'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
