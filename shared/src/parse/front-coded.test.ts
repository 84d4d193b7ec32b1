import { describe, expect, it } from 'vitest';
import { frontCoded, frontDecoded, frontDecodedRows } from './front-coded.ts';
import { GIVEN_NAMES } from './lexicon-given-names.ts';
import { OSM_BRANDS } from './lexicon-open-brands.ts';

describe('front coding of the generated word lists', () => {
  it.each([
    [['card centre', 'card factory', 'cards direct'], 'card centreEfactoryDs direct'],
    [['jacksons', 'jeff de bruges'], 'jacksonsAeff de bruges'],
    [['apple', 'zebra', 'zebras'], 'apple|zebraEs'],
    [['b&q', "b'more", 'b&q'], "b&qA'moreA&q"],
    [['solo'], 'solo'],
  ])('writes %j as %j and reads it back', (phrases, coded) => {
    expect(frontCoded(phrases)).toBe(coded);
    expect(frontDecoded(coded)).toBe(phrases.join('|'));
  });

  it('says at most 26 shared letters with one capital, and reads the rest as written', () => {
    const long = 'a'.repeat(30);
    const phrases = [long, `${long}b`];
    expect(frontCoded(phrases)).toBe(`${long}Z${'a'.repeat(4)}b`);
    expect(frontDecoded(frontCoded(phrases))).toBe(phrases.join('|'));
  });

  it('refuses a phrase a capital or a bar would cut', () => {
    expect(() => frontCoded(['ok', 'Boots'])).toThrow(/Boots/);
    expect(() => frontCoded(['a|b'])).toThrow();
    expect(() => frontCoded([''])).toThrow();
  });

  it('decodes the generated rows to lower-case phrases, as the tables split them', () => {
    expect(frontDecodedRows([['groceries', 3, 'aldiBnor']])).toEqual([['groceries', 3, 'aldi|alnor']]);
    const brands = OSM_BRANDS.flatMap(([, , phrases]) => phrases.split('|'));
    expect(brands).toContain('jeff de bruges');
    expect(brands.every((p) => /^[^A-Z|]+$/.test(p))).toBe(true);
    expect(GIVEN_NAMES.split('|')).toContain('yvette');
  });
});
