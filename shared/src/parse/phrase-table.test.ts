import { describe, expect, it } from 'vitest';
import { PhraseTable } from './phrase-table.ts';

const words = (text: string) => text.split(' ').map((norm) => ({ norm }));

describe('PhraseTable', () => {
  const table = new PhraseTable<string>([
    ['uber eats', 'delivery'],
    ["m'a rembourse", 'refund'],
    ['uber', 'ride'],
  ]);

  it.each([
    ['uber eats ce midi', 0, { value: 'delivery', end: 2 }],
    ['un uber hier', 1, { value: 'ride', end: 2 }],
    ["m' a enfin rembourse", 0, { value: 'refund', end: 4 }],
    ['un uber hier', 0, null],
    ['eats', 0, null],
  ])('reads the longest phrase at a word of « %s » (from %i)', (text, i, expected) => {
    expect(table.match(words(text), i)).toEqual(expected);
  });

  it('stops at the limit, keeping the longest phrase before it', () => {
    expect(table.match(words('uber eats'), 0, 1)).toEqual({ value: 'ride', end: 1 });
  });

  it('never passes over a filler at the start or past the last word', () => {
    expect(table.match(words('enfin uber'), 0)).toBeNull();
    expect(table.match(words('uber enfin'), 0)).toEqual({ value: 'ride', end: 1 });
  });

  it('gives a phrase its value when a longer one was added first', () => {
    const later = new PhraseTable<number>([['carte bleue', 2]]);
    expect(later.get('carte')).toBeUndefined();
    later.add('carte', 1);
    expect(later.get('carte')).toBe(1);
    expect(later.has('carte')).toBe(true);
    expect(later.match(words('carte bleue'), 0)).toEqual({ value: 2, end: 2 });
  });

  it('lists what the one-word phrases starting with a prefix mean, longer by at least so many letters', () => {
    const t = new PhraseTable<string>([
      ['covoiturage', 'transport'],
      ['covoitureur', 'transport'],
      ['cove', 'other'],
      ['covoit bus', 'bus'],
    ]);
    expect(t.startingWith('covoit')).toEqual(['transport', 'transport']);
    expect(t.startingWith('covoiturage')).toEqual([]);
    expect(t.startingWith('cov', 2)).toEqual(['transport', 'transport']);
  });

  it('knows a word said inside a phrase as well as alone', () => {
    const t = new PhraseTable<number>([['panier garni', 1]]);
    expect(t.hasWordAnywhere('garni')).toBe(true);
    expect(t.hasWordAnywhere('panier')).toBe(true);
    expect(t.hasWordAnywhere('covoit')).toBe(false);
  });
});
