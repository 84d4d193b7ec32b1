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

/** What a spoken note may open on before the thing: a hesitation (« euh », « bon », « alors »). */
const FILLER = /^(euh|heu|bah|ben|bon|alors|donc|enfin|voila)$/;

/**
 * A buying verb said before the thing, with its subject: « j'ai pris », « j'ai acheté », « on a
 * commandé », « je me suis acheté », « je me suis offert », with « aussi » or « encore » between.
 * Not « payé »: what is paid is as often a service or a person (« j'ai payé un plombier »).
 */
const BOUGHT =
  /^(?:(?:j'?|on|nous) (?:ai|a|avons) |je me suis )(?:(?:aussi|encore|enfin) )?(?:pris|achete|rachete|commande|offert|recupere) /;

/**
 * Whether the segment opens on « un », « une » or « des » and a noun that names goods (see above),
 * past a hesitation and a buying verb (« euh j'ai pris une cravate »).
 */
export function goodsSaid(scan: Scan, seg: Segment, isWord: (i: number) => boolean): boolean {
  if (scan.lang !== 'fr') return false;
  let start = seg.start;
  while (start < seg.end && FILLER.test(wordAt(scan, start))) start++;
  const said = Array.from({ length: 7 }, (_, k) => wordAt(scan, start + k)).join(' ');
  const verb = BOUGHT.exec(`${said} `);
  if (verb) start += verb[0].trim().split(' ').length;
  for (let i = start; i < seg.end; i++) {
    const t = scan.tokens[i];
    if (t?.kind !== 'word' || !isWord(i)) continue;
    if (!/^(un|une|des)$/.test(t.norm)) return false;
    const noun = scan.tokens[i + 1];
    return noun?.kind === 'word' && !NO_GOODS.has(noun.norm) && !ACT.test(noun.norm);
  }
  return false;
}

/** The word at i as the parser compares it, or '' when it is no word. */
function wordAt(scan: Scan, i: number): string {
  const t = scan.tokens[i];
  return t?.kind === 'word' ? t.norm : '';
}
