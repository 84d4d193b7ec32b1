import { describeSegment } from './describe.ts';
import { Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import type { Lang } from './types.ts';
import { EDGE_STOPWORDS } from './word-sets.ts';

const MAX_WORDS = 7;
/** Words that say how money moved (« virement permanent », "standing order"), not whose or what: never a movement card's first or last word. */
const MOVED_WORDS = new Set(
  'recu|recue|recus|mis|mise|rendu|rendus|pris|sorti|parti|partis|cote|enfin|virement|versement|transfer|cheque|wero|lydia|lent|got|put|sent|gave|given|paid|took|drew|stuck|finally|back|aside|out|off|up|came|via|sur|automatique|permanent|programme|mensuel|auto|automatic|standing|order|monthly|save|vers|into|went|dois|doit|owe|owes'.split(
    '|',
  ),
);
/** Where the thing a movement was for begins: « Prêt à Zoé pour sa place », "back 300 of the deposit". */
const FOR = /^(pour|for|of)$/;
/** A run of words that says only when (« comme tous les mois, … ») names nothing. */
const WHEN = /^(comme|tous|chaque|les|mois|semaine|every|each|month|week|as|usual|,)$/;

/** Before a word, what makes it a noun (« fin d'année », "the shed"), not a participle. */
const DETERMINERS: Record<Lang, Set<string>> = {
  fr: new Set("d'|de|du|des|l'|la|le|les|un|une|mon|ma|mes|sa|son|ses".split('|')),
  en: new Set('the|a|an|my|his|her|their|our'.split('|')),
};

/**
 * A movement's card in the speaker's own words, the person or the thing it names: « Allocs » of
 * « les allocs sont tombées », « Livret A » of « 300 € mis sur le livret A », "Grandma in a birthday
 * card". Unlike an expense's description, the words that mark the movement are kept (« salaire »,
 * « prime de fin d'année », "savings account" name it), and the verbs that say it moved are left at
 * the ends (« mis », "covered", « remboursé »). Who and what for are both named, the verb between
 * them left out: « Client — facture » of « Client m'a payé la facture », « Prêt à Zoé — place de
 * concert », "Sam — phone bill" of "lent Sam 60 for his phone bill".
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
  /** tokens[s, e) without loose words at their ends, at most MAX_WORDS; null when none is left. */
  const trim = (s: number, e: number): [number, number] | null => {
    while (e > s && loose(e - 1)) e--;
    while (s < e && loose(s)) s++;
    if (e - s > MAX_WORDS) e = s + MAX_WORDS;
    while (e > s && loose(e - 1)) e--;
    return e > s ? [s, e] : null;
  };
  const say = ([s, e]: [number, number]) => text.slice(tokens[s]?.start, tokens[e - 1]?.end);
  const runs: [number, number][] = [];
  let from = -1;
  for (let i = seg.start; i <= seg.end; i++) {
    const role = i < seg.end ? roles[i] : undefined;
    if (role === Role.Free || role === Role.Mark || role === Role.Reference || role === Role.Quantity) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      if (!tokens.slice(from, i).every((t) => WHEN.test(t.norm))) runs.push([from, i]);
      from = -1;
    }
  }
  for (const [r, [s, e]] of runs.entries()) {
    // A verb inside the words (« Client m'a payé la facture »), or « pour », "for": who, then what for.
    let cut: [number, number] | undefined;
    for (let i = s + 1; i < e - 1 && !cut; i++)
      if (FOR.test(tokens[i]?.norm ?? '')) cut = [i, i + 1];
      else if (roles[i] === Role.Mark && roles[i - 1] !== Role.Mark) {
        let j = i;
        while (roles[j] === Role.Mark) j++;
        cut = [i, j];
      }
    const left = cut ? trim(s, cut[0]) : null;
    const who = left ?? trim(s, e);
    if (!who) continue;
    const next = runs[r + 1];
    // "lent Sam 60 for his phone bill": the person alone, what for said after the money.
    const what =
      (left && trim(cut?.[1] ?? e, e)) ||
      (who[1] - who[0] <= 3 && next && [0, -1].some((k) => FOR.test(tokens[next[0] + k]?.norm ?? ''))
        ? trim(next[0], next[1])
        : null);
    const words = what ? `${say(who)} — ${say(what)}` : say(who);
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return describeSegment(text, scan, seg, null, lang);
}
