import { describe, expect, it } from 'vitest';
import {
  colon,
  deFr,
  englishSpacingFaults,
  formatPercent,
  formatPercentChange,
  frenchSpacingFaults,
  NBSP,
  NNBSP,
} from './typography.ts';

describe('typography', () => {
  it.each([
    ['novembre 2026', 'de novembre 2026'],
    ['octobre 2026', 'd’octobre 2026'],
    ['avril', 'd’avril'],
    ['août', 'd’août'],
    ['janvier', 'de janvier'],
  ])('writes "de" before %s as %s', (word, expected) => {
    expect(deFr(word)).toBe(expected);
  });

  it('puts a no-break space before the colon in French only', () => {
    expect(`Total${colon('fr')} 12 €`).toBe(`Total${NBSP}: 12 €`);
    expect(`Total${colon('en')} €12`).toBe('Total: €12');
  });

  it.each([
    [`Ce qui a été dit${NBSP}:`, []],
    [`Vraiment${NNBSP}?`, []],
    ['à 12:30, voir https://example.org', []],
    ['Ce qui a été dit :', [' : in "Ce qui a été dit :"']],
    ['Total: 12', ['l: in "Total: 12"']],
    ['Vraiment ?', [' ? in "Vraiment ?"']],
  ])('finds French spacing faults in %j', (text, faults) => {
    expect(frenchSpacingFaults(text)).toEqual(faults);
  });

  it.each([
    ['What was said:', 0],
    ['Edit: Bread', 0],
    ['What was said :', 1],
    [`Total${NBSP}: 12`, 1],
  ])('finds English spacing faults in %j (%i)', (text, count) => {
    expect(englishSpacingFaults(text)).toHaveLength(count);
  });
});

describe('formatPercentChange', () => {
  it.each([
    [12.5, 'fr', /^\+12,5[\u00a0\u202f]%$/],
    [-1.2, 'fr', /^[-\u2212]1,2[\u00a0\u202f]%$/],
    [12.5, 'en', /^\+12\.5%$/],
    [0, 'en', /^0%$/],
  ] as const)('writes %d in %s as %s', (pct, lang, expected) => {
    expect(formatPercentChange(pct, lang)).toMatch(expected);
  });

  it.each([
    [105679, 'fr', 'plus de 10×'],
    [900.1, 'en', 'more than 10×'],
    [900, 'fr', '+900\u202f%'],
    [-100, 'en', '-100%'],
  ] as const)('bounds what it says: %d in %s is %j, never a five-digit percent', (pct, lang, expected) => {
    expect(formatPercentChange(pct, lang)).toBe(expected);
  });
});

describe('formatPercent (a share of a budget)', () => {
  it.each([
    [85, 'fr', '85\u202f%'],
    [85, 'en', '85%'],
    [1000, 'fr', '1\u202f000\u202f%'],
    [1001, 'fr', 'plus de 10×'],
    [25_400, 'en', 'more than 10×'],
  ] as const)('writes %d in %s as %j', (pct, lang, expected) => {
    expect(formatPercent(pct, lang)).toBe(expected);
  });

  it('writes a percent as the change of a month does, less its sign', () => {
    for (const lang of ['fr', 'en'] as const)
      expect(formatPercentChange(42, lang)).toBe(`+${formatPercent(42, lang)}`);
  });
});
