/**
 * The hand lexicons' rows in the reading chunk (web/front-coded-sets.ts, room53), and the hand
 * brands' (lexicon-brands.ts, room57): a row's words are
 * written sorted and front-coded, joined again at load (`$J`). What proves no reading changes: both
 * reading tables built with every hand row's words sorted hold every phrase with the same meaning
 * as built from the rows as written (category-tables.ts; the order inside a row could have mattered:
 * the first form derived wins). And the rewrite touches only the rows it is given, as the third of
 * three values, and none with a word twice.
 */

import { decoder, frontCodeSets, sortedFrontCoded } from '@voicetrack/web/front-coded-sets.ts';
import { afterAll, describe, expect, it, vi } from 'vitest';

/** What a module's code leaves in `out`, run as a function body. */
const run = (code: string): unknown => new Function(`${code};return out;`)();

type Row = [string, number, string];
const parse = '../../shared/src/parse/';

/**
 * Every phrase of both reading tables with its meaning, then of the brands read by their own name
 * (brand-names.ts's table, built as it builds it) and of the receipt reader's brands (merchant.ts's,
 * alike), from fresh modules; `sorted`: the hand rows' and the hand brands' words sorted first.
 */
async function tables(sorted: boolean): Promise<string[]> {
  vi.resetModules();
  const hand = await import(`${parse}hand-lexicons.ts`);
  const { BRANDS } = await import(`${parse}lexicon-brands.ts`);
  if (sorted)
    for (const row of [...hand.FR_HAND, ...hand.EN_HAND, ...BRANDS] as Row[]) {
      const words = row[2].split('|');
      // As the rewrite does: not a row with a word twice or a word it cannot front-code.
      if (new Set(words).size === words.length && sortedFrontCoded(words) !== null)
        row[2] = words.sort().join('|');
    }
  const { TABLES } = await import(`${parse}category-tables.ts`);
  const { meanings } = await import('../../tools/lexicon/words-unread.ts');
  const out: string[] = [];
  for (const lang of ['fr', 'en'] as const)
    for (const [phrase, meaning] of meanings(TABLES[lang])) out.push(`${lang} ${phrase} ${meaning}`);
  const { addEntries } = await import(`${parse}category-tables.ts`);
  const { OSM_BRANDS, OSM_BRANDS_CAPITALISED } = await import(`${parse}lexicon-open-brands.ts`);
  const { PhraseTable } = await import(`${parse}phrase-table.ts`);
  const names = new PhraseTable();
  addEntries(names, [...OSM_BRANDS, ...OSM_BRANDS_CAPITALISED, ...BRANDS], new Set(), { place: true });
  for (const [phrase, meaning] of meanings(names)) out.push(`names ${phrase} ${meaning}`);
  const merchants = new PhraseTable();
  for (const [entries, capital] of [
    [OSM_BRANDS, false],
    [OSM_BRANDS_CAPITALISED, true],
    [BRANDS, false],
  ] as const)
    for (const [category, , phrases] of entries as Row[])
      for (const phrase of phrases.split('|')) {
        merchants.add(phrase, { category, capital });
        if (phrase.includes('&')) merchants.add(phrase.replace('&', 'and'), { category, capital });
      }
  for (const [phrase, meaning] of meanings(merchants)) out.push(`merchant ${phrase} ${meaning}`);
  return out.sort();
}

describe('the hand rows sorted', () => {
  // The mutated modules must not stay in the registry for a file that runs next in this worker.
  afterAll(() => vi.resetModules());

  it('leave both reading tables identical, every phrase with the same meaning', async () => {
    const asWritten = await tables(false);
    const sorted = await tables(true);
    expect(asWritten.length).toBeGreaterThan(40_000);
    expect(sorted).toEqual(asWritten);
  }, 60_000);

  it('are rewritten only where given, as a row’s third value, a word said once each', () => {
    const code =
      'const a=[["groceries",2,"pain|courses|baguette"],["dining",1,"resto|cafe"]],b=["x","pain|courses|baguette"],c=[["other",2,"b|a|b"]],d="pain|courses|baguette";' +
      'const out=[a,b,c,d];';
    const rows = new Set(['pain|courses|baguette', 'b|a|b']);
    const coded = frontCodeSets(code, rows);
    expect(coded.startsWith(decoder('$F'))).toBe(true);
    expect(coded).toContain('["groceries",2,$J("baguette|courses|pain")]');
    expect(coded).toContain('["dining",1,"resto|cafe"]');
    expect(coded).toContain('b=["x","pain|courses|baguette"]');
    expect(coded).toContain('c=[["other",2,"b|a|b"]],d="pain|courses|baguette"');
    expect(run(coded)).toEqual([
      [
        ['groceries', 2, 'baguette|courses|pain'],
        ['dining', 1, 'resto|cafe'],
      ],
      ['x', 'pain|courses|baguette'],
      [['other', 2, 'b|a|b']],
      'pain|courses|baguette',
    ]);
    expect(frontCodeSets(code)).toBe(code);
  });
});
