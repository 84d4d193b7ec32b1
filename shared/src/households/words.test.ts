import { describe, expect, it } from 'vitest';
import { readHouseholdWords } from './words.ts';

const MEMBERS = [
  { id: 'm-marie', name: 'Marie' },
  { id: 'm-paul', name: 'Paul' },
  { id: 'm-lea', name: 'Léa' },
];

describe('readHouseholdWords', () => {
  it.each([
    ['48 € au resto, on partage', {}],
    ['moitié-moitié pour les courses, 30 €', {}],
    ['Marie a payé 60 € de courses', { paidBy: 'm-marie' }],
    ['60 € de courses payé par Paul', { paidBy: 'm-paul' }],
    ['Paul paid 40 pounds for dinner', { paidBy: 'm-paul' }],
    ["20 € de pharmacie, c'est pour Paul", { onlyFor: 'm-paul' }],
    ['12 € de livres pour lea', { onlyFor: 'm-lea' }],
    ['15 € de shampoing pour moi seule', { onlyFor: 'me' }],
    ['a 9 dollar book, just for me', { onlyFor: 'me' }],
    ['on était trois au resto, 90 €', { people: 3 }],
    ['dinner 120 dollars split four ways', { people: 4 }],
    ["j'ai remboursé 24 € à Marie", { repaidTo: 'm-marie' }],
    ['I paid Paul back 10 euros', { repaidTo: 'm-paul' }],
    // A name that is not a member's says nothing.
    ['Zoé a payé 30 € de pizza', {}],
    ['30 € pour Paul et Marie', {}],
  ])('%s', (text, expected) => {
    expect(readHouseholdWords(text, MEMBERS)).toEqual(expected);
  });
});
