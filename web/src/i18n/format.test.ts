import { describe, expect, it } from 'vitest';
import { formatDay, formatFullDay } from './format.ts';

describe('formatFullDay', () => {
  // English: ICU versions differ on the comma after the weekday (Node's has it, Chromium's not).
  it.each([
    ['2026-12-05', 'fr', /^samedi 5 décembre 2026$/],
    ['2026-12-05', 'en', /^Saturday,? 5 December 2026$/],
    // The day as written, wherever the phone is: no time zone moves it to the 4th or the 6th.
    ['2026-01-01', 'fr', /^jeudi 1er janvier 2026$/],
    ['2026-11-01', 'en', /^Sunday,? 1 November 2026$/],
    ['2026-05-12', 'en', /^Tuesday,? 12 May 2026$/],
    ['2026-05-12', 'fr', /^mardi 12 mai 2026$/],
  ] as const)('writes %s in full in %s', (date, lang, words) => {
    expect(formatFullDay(date, lang)).toMatch(words);
  });

  it('says the same day as the short form of the lists', () => {
    expect(formatDay('2026-12-05', 'fr')).toBe('sam. 5 déc.');
    expect(formatFullDay('2026-12-05', 'fr')).toContain('5 décembre');
  });
});
