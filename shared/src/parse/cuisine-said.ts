/**
 * A country's cooking said as a noun after an article is where it was eaten or the takeaway
 * (cats36): « un japonais avec Léa », « le vietnamien du coin », "an Indian with the lads", "a
 * Chinese". The tables know the cooking where one eats it (« au japonais », not « au français »,
 * tools/lexicon's COOKING_OF) or in the restaurant's name ("Indian restaurant"). category-of.ts asks this only when no word of the note names a category ("an
 * Italian leather bag" is the bag), and not before « de » / "of" (« le chinois de Léo » may be the
 * language taught).
 */
import { TABLES } from './category-tables.ts';
import type { Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';

const ARTICLE = /^(un|le|a|an|the)$/;

/** Whether the segment says a cooking the tables know, right after « un », « le », "a", "an" or "the". */
export function cuisineSaid(scan: Scan, seg: Pick<Segment, 'start' | 'end'>): boolean {
  const t = scan.tokens;
  for (let i = seg.start + 1; i < seg.end; i++) {
    const norm = t[i]?.norm ?? '';
    const next = t[i + 1];
    if (!ARTICLE.test(t[i - 1]?.norm ?? '') || /^(de|d'|of)$/.test(next?.norm ?? '')) continue;
    // In English the cooking comes before its noun ("an Italian leather belt"): said alone, or before a link.
    if (
      scan.lang === 'en' &&
      next?.kind === 'word' &&
      !/^(with|for|at|from|in|on|to|and|after|last|tonight|yesterday|today)$/.test(next.norm)
    )
      continue;
    // « au japonais », « à l'italien » (a vowel's article), "Indian restaurant".
    const said =
      scan.lang === 'en' ? [norm, 'restaurant'] : /^[aeiou]/.test(norm) ? ['a', "l'", norm] : ['au', norm];
    const hit = TABLES[scan.lang].match(
      said.map((w) => ({ norm: w })),
      0,
    );
    // Not a brand's name (« Au Bureau », the chain: « pour le bureau » is the office).
    if (hit?.end === said.length && hit.value.category === 'dining' && !hit.value.capital) return true;
  }
  return false;
}
