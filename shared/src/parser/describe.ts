/** A short human label for an expense from its words: "courses chez Aldi", "resto", "Netflix". */
import type { Token } from './text.ts';

const EDGE_WORDS = new Set([
  'de',
  'd',
  'du',
  'des',
  'au',
  'aux',
  'a',
  'pour',
  'en',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'et',
  'ou',
  'par',
  'for',
  'of',
  'on',
  'at',
  'the',
  'an',
  'and',
  'in',
  'to',
  'from',
  'with',
  'j',
  'ai',
  'i',
  'ive',
  'c',
  'est',
  'etait',
  'ce',
  'cet',
  'cette',
  'ca',
  'it',
  'was',
  'is',
  'my',
  'mon',
  'ma',
  'mes',
  's',
  'y',
  'il',
  'on',
  'me',
  'm',
  'chez',
  'avec',
  'sur',
  'dans',
  'vers',
  'that',
  'this',
  'just',
]);
const FILLERS = new Set([
  'euh',
  'heu',
  'hum',
  'bon',
  'alors',
  'donc',
  'voila',
  'bah',
  'ben',
  'genre',
  'so',
  'well',
  'um',
  'uh',
  'erm',
  'okay',
  'ok',
  'oui',
  'yes',
  'paye',
  'payee',
  'payes',
  'depense',
  'depenses',
  'achete',
  'achetes',
  'pris',
  'prise',
  'paid',
  'spent',
  'bought',
  'got',
  'took',
  'cost',
  'coute',
  'coutait',
  'fait',
  'environ',
  'about',
  'around',
  'chacun',
  'chacune',
  'each',
  'piece',
  'apiece',
  'non',
  'pardon',
  'sorry',
  'no',
  'enfin',
  'plutot',
  'oops',
  'actually',
  'mean',
  'dire',
  'veux',
  'je',
  'crois',
  'pense',
  'think',
  'disons',
  'total',
  'montant',
  'une',
  'note',
]);

/** The words of tokens [from, to] that are not amounts, dates or fillers, as the speaker wrote them. */
export function describe(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  skip: ReadonlySet<number>,
): string {
  const kept: Token[] = [];
  for (let i = from; i <= to; i++) {
    const t = tokens[i] as Token;
    if (skip.has(i) || t.kind === 'num' || t.kind === 'sym') continue;
    if (t.kind === 'punct') {
      kept.push(t);
      continue;
    }
    if (FILLERS.has(t.text)) continue;
    kept.push(t);
  }
  // Trim function words and punctuation from both ends ("de pain" → "pain").
  const trimmable = (t: Token) => t.kind === 'punct' || EDGE_WORDS.has(t.text);
  while (kept.length && trimmable(kept[0] as Token)) kept.shift();
  while (kept.length && trimmable(kept[kept.length - 1] as Token)) kept.pop();
  let out = '';
  for (const t of kept) {
    const raw = text.slice(t.start, t.end);
    if (t.kind === 'punct') {
      if (raw === ',' || raw === ';') out += raw;
      continue;
    }
    out += out === '' || out.endsWith("'") ? raw : ` ${raw}`;
  }
  out = out.replace(/\s+,/g, ',').replace(/,+$/, '').trim();
  if (out.length > 80) out = `${out.slice(0, 79)}…`;
  return out ? out.charAt(0).toUpperCase() + out.slice(1) : '';
}
