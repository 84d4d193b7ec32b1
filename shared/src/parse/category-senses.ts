/**
 * Words with two senses, the words around deciding which (cats26, issue 29). The tables give each
 * word its everyday sense; categorize.ts asks here, once the keyword is chosen, whether its
 * neighbours say the other one:
 * - "glasses" after a drink or a food are tableware ("wine glasses", "whisky glasses"), not
 *   spectacles: shopping, vaguely; « lunettes de » (« du », « d' ») a sport are goggles (« lunettes de
 *   ski », « de natation », « de plongée »): the sport's;
 * - "the tip" one goes to, or takes rubbish or old things to, is the dump, not a gratuity ("took the
 *   rubbish to the tip", "the tip for the old mattress"): housing, as the older sets label it;
 * - a French canteen « du boulot », « de la boîte », « de l'entreprise » is a meal at work, not a
 *   school's nor a night club's (« le self de la boîte »): dining.
 * Round 27 (cats27): "flutes" after a drink are glasses too ("champagne flutes"); a thing "for the
 * nursery" is a thing bought, vaguely (the baby's room's or the school's: "blinds for the nursery",
 * "a night light for the nursery"), a garden's or a plant's nursery sells plants (housing), while
 * "the nursery fees", "paid for the nursery" stay schooling; « un moule »
 * followed by « à », « en », « pour » is a mould (« un moule à tarte », « en silicone »), no mussel.
 * Round 28 (cats28): « des verres à pied », « à vin » are glasses bought, no drink; « des moules pour
 * faire des bijoux » moulds; « une boîte de » what no table knows a box, no night club; "a night
 * light" names a thing by its head, no night's stay; "the electric" with no noun after it is the bill.
 * Round 30 (cats33): « basket » in the singular after « de » is the sport (« la licence de basket »,
 * « le club de basket »), no shoes (« une paire de baskets »).
 * Round 31 (cats36): a food's or a meal's word after a lesson's (« cours de chinois », « prof de
 * thaï », « leçons de pâtisserie ») is what is taught, the language or the craft: the lesson's,
 * education; « facturé », the verb (accent-free it reads « facture »), says someone charged, not
 * which bill: other, vaguely (« la banque m'a facturé 12 € »; a trade or a brand named still wins).
 * Round 32 (cats37): "glasses of" a drink are the drink ("two glasses of red at the pub"), no spectacles.
 */
import type { Category } from '../categories.ts';
import { isFrameWord, LINKS, nightBeforeNoun, nounAfterLink } from './category-frames.ts';
import type { Hit } from './category-tables.ts';
import type { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';

/** What is thrown away; "old", the thing one takes to the tip ("the tip for the old mattress"). */
const THROWN = /\b(rubbish|waste|junk|dump|dumped|old)\b/;
/** « la cantine du boulot », « le self de la boîte », « de l'entreprise »: a canteen, then work. */
const AT_WORK = /\b(cantine|cantoche|self) (du|de la|de l') (boulot|boite|taf|bureau|entreprise)\b/;

/** The words of a lesson, its teacher or its book, after which « de » says what is taught (« un dictionnaire de chinois »). */
const LESSON = /^(cours|lecons?|prof|profs|professeure?s?|stages?|ateliers?|dictionnaires?|methodes?)$/;

/**
 * The other sense of the keyword kept at best.start, when the words around say it; else null.
 * Each word is of one language ("tip" is English only, category-tables.ts): no language asked.
 */
export function otherSense(
  table: PhraseTable<Hit>,
  tokens: readonly Token[],
  from: number,
  to: number,
  best: { start: number; category: Category } | null,
): { category: Category; weight: number } | null {
  const said = tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(' ');
  if (AT_WORK.test(said)) return { category: 'dining', weight: 3 };
  // "the electric" said alone (no noun after it, "paid", "topped up") is the electricity: the bill.
  if (!best && /\bthe electric(?! (?!(bill|and|on|for|\w+ed)\b)[a-z])/.test(said))
    return { category: 'utilities', weight: 2 };
  const at = best?.start ?? 0;
  const of = (k: number) => (k >= from && k < to ? table.match(tokens, k)?.value.category : undefined);
  const sense = `${best?.category} ${tokens[at]?.norm}`;
  // « cours de cuisine indienne »: one word may come between the link and the food's word.
  const link = LINKS.has(tokens[at - 1]?.norm ?? '') ? at - 1 : at - 2;
  if (
    /^(dining|groceries)$/.test(`${best?.category}`) &&
    LINKS.has(tokens[link]?.norm ?? '') &&
    LESSON.test(tokens[link - 1]?.norm ?? '')
  )
    return { category: 'education', weight: 2 };
  if (sense === 'utilities facture' && /ée?s?$/i.test(tokens[at]?.raw ?? ''))
    return { category: 'other', weight: 1 };
  if (sense === 'health glasses' && tokens[at + 1]?.norm === 'of')
    return { category: 'groceries', weight: 2 };
  if (
    (sense === 'health glasses' || sense === 'leisure flutes') &&
    [of(at - 1), of(at - 2)].some((c) => c === 'groceries' || c === 'dining')
  )
    return { category: 'shopping', weight: 1 };
  // « lunettes de ski », « lunettes de la piscine »: the sport after « de », past an article.
  if (
    sense === 'health lunettes' &&
    LINKS.has(tokens[at + 1]?.norm ?? '') &&
    of(nounAfterLink(tokens, at + 1)) === 'leisure'
  )
    return { category: 'leisure', weight: 2 };
  if (sense === 'education nursery') {
    if (/(garden|plant) nursery/.test(said)) return { category: 'housing', weight: 2 };
    // A thing "for the nursery": a noun said in the plural or after an article ("a night light"), no fee.
    const thing = at - 3;
    const noun = `${tokens[thing]?.norm} ${tokens[thing - 1]?.norm} ${tokens[thing - 2]?.norm}`;
    if (
      /^for the$/.test(`${tokens[at - 2]?.norm} ${tokens[at - 1]?.norm}`) &&
      thing >= from &&
      tokens[thing]?.kind === 'word' &&
      !isFrameWord(tokens[thing]?.norm ?? '') &&
      /^\S+s |\b(a|an|the|some)\b/.test(noun)
    )
      return { category: 'shopping', weight: 1 };
  }
  // « un moule à tarte », « des verres à pied », « en cristal »: a mould, a glass to drink from (« des
  // moules à la crème », « un verre à la terrasse » are not); « pour faire »: mussels make nothing.
  const next = `${tokens[at + 1]?.norm} ${tokens[at + 2]?.norm}`;
  if (
    /^(groceries moules?|dining verres?)$/.test(sense) &&
    (sense === 'groceries moule' ? /^(a|en|pour) / : /^(a|pour faire) /).test(`${next} `) &&
    !/ (la|l')$/.test(next)
  )
    return { category: 'shopping', weight: 1 };
  if (sense === 'travel night' && nightBeforeNoun(tokens, at)) return { category: 'shopping', weight: 1 };
  // « une boîte de Felix », « de conserve »: a box of what the tables do not know, no night club.
  if (sense === 'leisure boite' && /^(de|d') (?!nuit)/.test(next)) return { category: 'shopping', weight: 1 };
  if (
    sense === 'shopping basket' &&
    /^(de|d')$/.test(tokens[at - 1]?.norm ?? '') &&
    tokens[at - 2]?.norm !== 'paire'
  )
    return { category: 'leisure', weight: 2 };
  if (sense === 'dining tip' && (/(to|at) the tip\b/.test(said) || THROWN.test(said)))
    return { category: 'housing', weight: 2 };
  return null;
}
