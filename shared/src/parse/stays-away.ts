/**
 * "a cabin in the Rockies", "a lodge in the Highlands", "two nights somewhere in Kyoto": a thing no
 * table knows, bought in a place named by its name, is most likely a stay or a trip away, not goods
 * (people do not name the town they live in for what they buy there: "a jumper", "a haircut"). Only
 * asked when nothing names the category (category-of.ts), so the reading stays unsure. English
 * only: « à Lyon » after a French thing is as often where it was bought (« un pull à Lyon »).
 */
import type { Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';

/**
 * Whether the segment says a thing with "a" or "an", in one to three words, then "in" (past "the")
 * and a word written with a capital: "a cabin in the Rockies", "a ryokan stay in Kyoto".
 */
export function inAPlaceNamed(scan: Scan, seg: Segment): boolean {
  if (scan.lang !== 'en') return false;
  for (let i = seg.start; i < seg.end; i++) {
    if (!/^(a|an)$/.test(scan.tokens[i]?.norm ?? '')) continue;
    for (let k = i + 2; k <= i + 4 && k < seg.end; k++) {
      const t = scan.tokens[k];
      if (t?.kind !== 'word') break;
      if (t.norm !== 'in') continue;
      const name = scan.tokens[k + 1]?.norm === 'the' ? scan.tokens[k + 2] : scan.tokens[k + 1];
      return name?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(name.raw);
    }
  }
  return false;
}
