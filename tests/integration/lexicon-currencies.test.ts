/**
 * The currencies' table (shared/src/parse/lexicon-currencies.ts) is what `pnpm lexicon`
 * (tools/lexicon/currency-names.ts) writes from this engine's CLDR, and every name CLDR gives a
 * currency it keeps, in French and English, singular and plural, reads as that currency.
 */
import { parseExpenseText } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { LABEL_OPTIONS } from '../bench/parser-score.ts';

const { currencyRows } = (await import(
  new URL('../../tools/lexicon/currency-names.ts', import.meta.url).href
)) as {
  currencyRows: () => { rows: string; count: number };
};

// The generated table, read as the parser reads it (the package exports no data file).
const { CURRENCY_ROWS } = (await import(
  new URL('../../shared/src/parse/lexicon-currencies.ts', import.meta.url).href
)) as { CURRENCY_ROWS: string };

const named = (lang: string, code: string, count: number) =>
  new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: code,
    currencyDisplay: 'name',
    maximumFractionDigits: 0,
  })
    .formatToParts(count)
    .filter((p) => p.type === 'currency')
    .map((p) => p.value)
    .join('');
const codes = CURRENCY_ROWS.match(/[A-Z]{3}/g) ?? [];
/**
 * Names read otherwise, as meant: « francs CFA » alone are the West's (the hand list, currencies.ts,
 * wins where both say as much); an English adjective of two words is read from its first only when
 * that ends it ("South African rand", "Sri Lankan rupees"), and "Costa", "Central" are all of one (the hand list
 * says "Hong Kong dollars", "New Zealand dollars").
 */
const READ_OTHERWISE = new Set(['francs CFA (BEAC)', 'Costa Rican colóns', 'Central African CFA francs']);

describe('the currencies of CLDR', () => {
  it('are the table pnpm lexicon writes today', () => {
    expect(CURRENCY_ROWS).toBe(currencyRows().rows);
  });

  it('read every name CLDR gives each currency kept, in French and English', () => {
    const wrong: string[] = [];
    for (const code of codes)
      for (const lang of ['fr', 'en'])
        for (const count of [20, 200]) {
          const name = named(lang, code, count);
          if (READ_OTHERWISE.has(name)) continue;
          const text = lang === 'fr' ? `le taxi, ${count} ${name}` : `the taxi, ${count} ${name}`;
          const got = parseExpenseText(text, { ...LABEL_OPTIONS, locale: lang }).expenses[0]?.currency;
          if (got !== code) wrong.push(`${text} → ${got}`);
        }
    expect(wrong).toEqual([]);
  });
});
