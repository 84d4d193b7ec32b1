import { describeSegment } from './describe.ts';
import { Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import type { Lang } from './types.ts';
import { EDGE_STOPWORDS } from './word-sets.ts';

const MAX_WORDS = 7;
/** Words that say how money moved, not whose or what: never a movement card's first or last word. */
const MOVED_WORDS = new Set(
  'recu|recue|recus|mis|mise|rendu|rendus|pris|sorti|cote|enfin|virement|versement|transfer|cheque|wero|lydia|lent|got|put|sent|gave|given|paid|took|drew|stuck|finally|back|aside|out|up|came|via|sur'.split(
    '|',
  ),
);

/** Before a word, what makes it a noun (« fin d'année », "the shed"), not a participle. */
const DETERMINERS: Record<Lang, Set<string>> = {
  fr: new Set("d'|de|du|des|l'|la|le|les|un|une|mon|ma|mes|sa|son|ses".split('|')),
  en: new Set('the|a|an|my|his|her|their|our'.split('|')),
};

/**
 * A movement's card in the speaker's own words, the person or the thing it names: « Allocs » of
 * « les allocs sont tombées », « Livret A » of « 300 € mis sur le livret A », « Zoé pour sa place de
 * concert », "Grandma in a birthday card". Unlike an expense's description, the words that mark
 * the movement are kept (« salaire », « prime de fin d'année », "savings account" name it), and
 * the verbs that say it moved are left at the ends (« mis », "covered", « remboursé »).
 */
export function describeMovement(text: string, scan: Scan, seg: Segment, lang: Lang): string {
  const { tokens, roles } = scan;
  // « tombées », « prêté », "covered": a past participle as written, but not a name (« Zoé ») nor a noun.
  const participle = (i: number, raw: string) =>
    /(?:é|ée|és|ées|ed)$/i.test(raw) &&
    (i === 0 || raw.charAt(0) === raw.charAt(0).toLowerCase()) &&
    !DETERMINERS[lang].has(tokens[i - 1]?.norm ?? '');
  const loose = (i: number) => {
    const t = tokens[i];
    return !t || EDGE_STOPWORDS.has(t.norm) || MOVED_WORDS.has(t.norm) || participle(i, t.raw);
  };
  let from = -1;
  for (let i = seg.start; i <= seg.end; i++) {
    const role = i < seg.end ? roles[i] : undefined;
    if (role === Role.Free || role === Role.Mark || role === Role.Reference || role === Role.Quantity) {
      if (from < 0) from = i;
      continue;
    }
    if (from < 0) continue;
    let [s, e] = [from, i];
    from = -1;
    while (e > s && loose(e - 1)) e--;
    while (s < e && loose(s)) s++;
    if (e - s > MAX_WORDS) e = s + MAX_WORDS;
    while (e > s && loose(e - 1)) e--;
    const first = tokens[s];
    const last = tokens[e - 1];
    if (e > s && first && last) {
      const words = text.slice(first.start, last.end);
      return words.charAt(0).toUpperCase() + words.slice(1);
    }
  }
  return describeSegment(text, scan, seg, null, lang);
}
