import { describe, expect, it } from 'vitest';
import { dayForInput, dayFromInput, dayPattern } from './day-input.ts';

describe('days in a form', () => {
  it.each([
    ['2026-11-24', 'fr', '24/11/2026'],
    ['2026-11-24', 'en', '24/11/2026'],
    ['2027-01-01', 'fr', '01/01/2027'],
    ['', 'fr', ''],
    ['24/11/2026', 'en', ''],
  ] as const)('shows %s in %s as "%s"', (iso, lang, shown) => {
    expect(dayForInput(iso, lang)).toBe(shown);
  });

  it.each([
    ['24/11/2026', 'fr', '2026-11-24'],
    ['24/11/2026', 'en', '2026-11-24'],
    // Day first in both: 05/12 is the fifth of December, never the twelfth of May.
    ['05/12/2026', 'en', '2026-12-05'],
    ['5/12/2026', 'fr', '2026-12-05'],
    ['24.11.2026', 'fr', '2026-11-24'],
    ['24-11-2026', 'fr', '2026-11-24'],
    [' 24 / 11 / 2026 ', 'fr', '2026-11-24'],
    ['29/02/2024', 'fr', '2024-02-29'],
    // Pasted or picked the ISO way.
    ['2026-11-24', 'fr', '2026-11-24'],
    ['1900-01-01', 'en', '1900-01-01'],
    ['29/02/2026', 'fr', null],
    ['31/04/2026', 'en', null],
    ['11/24/2026', 'en', null],
    ['24/11/26', 'fr', null],
    ['24/11', 'fr', null],
    ['hier', 'fr', null],
    ['', 'en', null],
  ] as const)('reads "%s" in %s as %s', (typed, lang, iso) => {
    expect(dayFromInput(typed, lang)).toBe(iso);
  });

  it('round-trips every day it shows', () => {
    for (const iso of ['2026-01-01', '2026-12-31', '2024-02-29', '1970-01-01', '2999-12-31']) {
      for (const lang of ['fr', 'en'] as const) expect(dayFromInput(dayForInput(iso, lang), lang)).toBe(iso);
    }
  });

  it('shows its pattern in the language’s letters', () => {
    expect([dayPattern('fr'), dayPattern('en')]).toEqual(['JJ/MM/AAAA', 'DD/MM/YYYY']);
  });
});
