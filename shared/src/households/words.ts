/**
 * What the words of a household's bill say beyond the bill itself: who paid (« Marie a payé »,
 * "paid by Paul"), who it is for (« c'est pour Paul », « pour moi seul »), how many people the
 * words count (« on était trois »: compared with the household, never guessed), and whether it is
 * a repayment to a member (« j'ai remboursé 24 € à Marie »). Names are the household's members'
 * names, matched without case or accents. « on partage » / « moitié-moitié » need no reading:
 * equal among every member is the household's default.
 */

export interface HouseholdWords {
  /** The member the words say paid. */
  paidBy?: string;
  /** The one member the bill is for: a member's id, or 'me'. */
  onlyFor?: string;
  /** How many people the words count ("on était trois", "split four ways"). */
  people?: number;
  /** « j'ai remboursé … à Marie »: the member paid back. */
  repaidTo?: string;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'");
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const COUNTS: Record<string, number> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const COUNT = `(\\d{1,2}|${Object.keys(COUNTS).join('|')})`;
const PEOPLE = [
  new RegExp(`\\bon etait ${COUNT}\\b`),
  new RegExp(`\\bnous etions ${COUNT}\\b`),
  new RegExp(`\\bentre nous ${COUNT}\\b`),
  new RegExp(`\\b(?:divise|partage)e?s? (?:en|par|entre) ${COUNT}\\b`),
  new RegExp(`\\b${COUNT} of us\\b`),
  new RegExp(`\\bsplit ${COUNT} ways\\b`),
  new RegExp(`\\bthere were ${COUNT}\\b`),
];
const ONLY_ME =
  /\b(?:(?:que|juste|seulement|rien que) pour moi|pour moi seule?|(?:just|only) for me|for me alone|for myself)\b/;

/** Reads the words against the household's members (active ones, in order); `me` is the speaker's id. */
export function readHouseholdWords(
  text: string,
  members: ReadonlyArray<{ id: string; name: string }>,
): HouseholdWords {
  const t = fold(text);
  const words: HouseholdWords = {};
  for (const m of members) {
    const name = escapeRegExp(fold(m.name));
    if (!name) continue;
    if (
      new RegExp(
        `\\b${name} (?:a|m'a|nous a|t'a) (?:tout )?(?:paye|regle|avance)|\\bpaye par ${name}\\b|\\b${name} paid\\b|\\bpaid by ${name}\\b`,
      ).test(t)
    )
      words.paidBy ??= m.id;
    if (
      new RegExp(
        `\\b(?:c'est |c'etait |tout )?pour ${name}(?: seule?)?\\b(?! et)|\\b(?:it's |it was |all )?for ${name}\\b(?! and)`,
      ).test(t)
    )
      words.onlyFor ??= m.id;
    if (
      new RegExp(
        `\\b(?:j'ai |je lui ai )?rembourse (?:\\S+ ){0,4}a ${name}\\b|\\b(?:i )?(?:paid|repaid|paid back) ${name}(?: back)?\\b`,
      ).test(t) &&
      /rembours|paid back|repaid|paid \S+ back/.test(t)
    )
      words.repaidTo ??= m.id;
  }
  if (ONLY_ME.test(t)) words.onlyFor = 'me';
  for (const re of PEOPLE) {
    const m = re.exec(t);
    const n = m?.[1] ? (COUNTS[m[1]] ?? Number(m[1])) : Number.NaN;
    if (n >= 2) {
      words.people = n;
      break;
    }
  }
  return words;
}
