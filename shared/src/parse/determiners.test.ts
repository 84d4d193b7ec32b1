/** The one table of determiners and the subsets the rules take from it. */
import { describe, expect, it } from 'vitest';
import { DETERMINERS, determiners, determinersAnd, SINGULAR, SPEAKERS_OWN } from './determiners.ts';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('determiners', () => {
  it.each([
    ['the speaker’s own', SPEAKERS_OWN, 'mon ma mes my notre nos our'],
    ['one kind', determiners(['definite']), "le la les l' the"],
    [
      'kinds with a word more',
      determiners(['mine', 'ours'], { plus: 'account' }),
      'mon ma mes my notre nos our account',
    ],
    [
      'French alone, by its English left out',
      determiners(['definite', 'mine'], { minus: 'the|my' }),
      "le la les l' mon ma mes",
    ],
  ])('%s', (_, set, words) => {
    expect(sorted(set)).toEqual(words.split(' ').sort());
  });

  it.each(["l'", 'du', 'some', 'ton', 'vos', 'his', 'leurs', 'cet', 'those'])(
    'holds « %s » among every determiner',
    (w) => {
      expect(DETERMINERS.has(w)).toBe(true);
    },
  );

  it('leaves no word out of the whole table and reads the words added', () => {
    const more = determinersAnd('au|for');
    expect(more.size).toBe(DETERMINERS.size + 2);
    for (const w of DETERMINERS) expect(more.has(w)).toBe(true);
    expect(DETERMINERS.has('au')).toBe(false);
  });

  it('keeps one thing’s determiners apart from a plural’s', () => {
    for (const w of ['la', "l'", 'mon', 'un', 'a', 'this', 'their']) expect(SINGULAR.has(w), w).toBe(true);
    for (const w of ['les', 'des', 'mes', 'ces', 'these', 'leurs']) expect(SINGULAR.has(w), w).toBe(false);
  });

  it('holds no empty word', () => {
    expect(determiners([], { plus: '', minus: '' }).size).toBe(0);
    expect(DETERMINERS.has('')).toBe(false);
  });
});
