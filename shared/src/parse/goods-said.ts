/**
 * A thing said with « un », « une » or « des » that no table knows is most likely goods bought in a
 * shop (« un lisseur », « une gigoteuse pour le bébé », « des rosiers grimpants »): shopping, not
 * other. A service is mostly said with « le », « la » or as a verb's noun (« le parallélisme »,
 * « une réparation », « un nettoyage »), and a fine or a vague word names no goods. category-of.ts
 * asks this last, only when nothing else names the category, and in French only.
 */
import type { Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';

/** Nouns said with an indefinite article that are no goods: a fine, a vague thing. */
const NO_GOODS = new Set(
  'amende|amendes|contravention|pv|prune|truc|trucs|chose|choses|machin|machins|bidule|bidules|quinzaine|dizaine|vingtaine|centaine|fois'.split(
    '|',
  ),
);

/** A verb's noun names a service or an act: « réparation », « nettoyage », « traitement », « révision ». */
const ACT = /(tion|sion|age|ages|ment|ments)$/;

/** Whether the segment opens on « un », « une » or « des » and a noun that names goods (see above). */
export function goodsSaid(scan: Scan, seg: Segment, isWord: (i: number) => boolean): boolean {
  if (scan.lang !== 'fr') return false;
  for (let i = seg.start; i < seg.end; i++) {
    const t = scan.tokens[i];
    if (t?.kind !== 'word' || !isWord(i)) continue;
    if (!/^(un|une|des)$/.test(t.norm)) return false;
    const noun = scan.tokens[i + 1];
    return noun?.kind === 'word' && !NO_GOODS.has(noun.norm) && !ACT.test(noun.norm);
  }
  return false;
}
