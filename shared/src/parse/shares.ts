import { halfOfScale } from './half-numbers.ts';
import { headsNamed } from './heads-paid-for.ts';
import { numberWord } from './number-words.ts';
import { guestsCounted, peopleCounted, withFriends } from './people-counted.ts';
import { PhraseTable } from './phrase-table.ts';
import { countThen, paidInParts, readCount } from './share-counts.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';
import { EDGE_STOPWORDS, SHARING_MANNERS } from './word-sets.ts';

/**
 * How the words share a bill: "j'ai payé la moitié", "divisé par trois", "split between the 3 of
 * us", "ma part c'est 28 €".
 * - fraction: the speaker's part is 1/divisor ("la moitié", "a third");
 * - split: the bill was shared, by `divisor` when said, else by the people counted or by two;
 * - mine: "ma part", "my half": before the amount, the amount already is the part; after it, a split;
 * - count: "par trois", "three ways": the divisor of a split said elsewhere;
 * - people: "on était quatre", "the 3 of us": a divisor only for a split;
 * - none: "à moitié prix", "half price": a price, not a share.
 */
export type ShareKind = 'fraction' | 'split' | 'mine' | 'count' | 'people' | 'none';

export interface ShareItem {
  start: number;
  end: number;
  kind: ShareKind;
  divisor: number | null;
  /** « les trois quarts »: the speaker's part is `times` parts of `divisor`. */
  times?: number;
  /**
   * "for four people", « pour 2 personnes »: whom a thing was for (a pizza for two), so a count
   * of people said otherwise (« on était cinq ») comes first.
   */
  forWhom?: true;
  /** A split only when a count is said (« j'ai payé pour moi »): never guessed as two. */
  counted?: true;
}

type Entry = { kind: ShareKind; divisor: number | null; times?: number; counted?: true };
const of = (kind: ShareKind, divisor: number | null, phrases: string, times?: number): [string, Entry][] =>
  phrases.split('|').map((p) => [p, { kind, divisor, ...(times ? { times } : {}) }]);

const PHRASES = new PhraseTable<Entry>([
  ...of(
    'fraction',
    2,
    'la moitie|moitie moitie|moitie chacun|half|halves|went halves|half each|fifty fifty|in half|' +
      'the half|cinquante cinquante',
  ),
  ...of('fraction', 3, 'le tiers|un tiers|a third|one third'),
  ...of('fraction', 4, 'le quart|un quart|a quarter|one quarter'),
  ...of('fraction', 4, 'les trois quarts|trois quarts|three quarters|the three quarters', 3),
  ...of('fraction', 3, 'les deux tiers|deux tiers|two thirds', 2),
  // "split the groceries 50 50": halves said in figures.
  ...of('fraction', 2, '50 50'),
  // « chacun a payé 25 », "each paid 15": what follows is the speaker's part already.
  ...of('mine', null, 'chacun a paye|chacun a mis|chacun a donne|each paid|each put in|everyone paid'),
  ...of('mine', 2, 'ma moitie|my half'),
  // The speaker paid their own part (« j'ai payé pour moi », "I paid for myself"): a split only
  // when the people are counted (« on était 4 »); alone it says nothing of the amount.
  ...of(
    'split',
    null,
    "j'ai paye pour moi|j'ai paye ma conso|i paid for myself|i paid my own|paid for myself",
  ).map(([p, e]): [string, Entry] => [p, { ...e, counted: true }]),
  // Which half was paid (« la deuxième moitié du devis, 600 € », "the second half of the quote"):
  // the amount said is that half.
  ...of(
    'mine',
    2,
    'deuxieme moitie|seconde moitie|premiere moitie|autre moitie|derniere moitie|' +
      'last half|remaining half|second half|first half|other half',
  ),
  ...of('mine', null, 'ma part|ma quote part|my share|my part|my portion'),
  ...of(
    'split',
    null,
    'partage|partagee|partages|partagees|a partager|divise|diviser|' +
      'divisee|divises|reparti|repartie|on a reparti|chacun sa part|chacun a paye sa part|chacun paie sa part|' +
      'split|split it|split the bill|split the check|split the cost|divided|divided it|' +
      'we shared|shared it|shared the bill|between us|entre nous|' +
      // Each paid their own part: « chacun a payé pour soi », "each paid our own".
      'chacun pour soi|chacun a paye pour soi|chacun a paye sa conso|each paid our own|each paid their own|' +
      'each paid for ourselves|each paid for themselves|everyone paid their own',
  ),
  // « coupé en quatre », "cut it three ways": a cut shares a bill by the count said after it, else
  // it is none (« une coupe » is a haircut).
  ...of('split', 0, 'coupe|coupes|coupee|coupees|couper|cut it|cut the bill'),
  ...of(
    'people',
    null,
    'on etait|nous etions|on est|we were|there were|the|nous|pour nous|for the|between the|for|pour',
  ),
  // Half of a thing, not of the bill; "pour ma part de pizza", « pour ma moitié du loyer »: the
  // amount is the speaker's part.
  ...of(
    'none',
    null,
    'moitie prix|a moitie prix|half price|half off|demi tarif|half fare|half a|half an|pour ma part|' +
      'pour ma moitie|for my share|for my part|for my half|' +
      // A thing shared by its kind, not a bill split: « un jardin partagé », « la garde partagée ».
      'jardin partage|jardins partages|garde partagee|bureau partage|espace partage|cuisine partagee',
  ),
]);

/** « des 80 € », "of the 80 euro …": a number right after « des », "of the". */
function wholeAfter(tokens: readonly Token[], k: number, lang: Lang): boolean {
  const at =
    tokens[k]?.norm === 'des'
      ? k + 1
      : tokens[k]?.norm === 'of' && tokens[k + 1]?.norm === 'the'
        ? k + 2
        : -1;
  const n = tokens[at];
  return n !== undefined && (n.kind === 'num' || numberWord(n.norm, lang) !== undefined);
}

/** After a count of people, they pay the bill together: « on est deux à le payer ». */
const PAYING = new PhraseTable<true>(
  ['a le payer', 'a la payer', 'a les payer', 'a payer', 'a partager', 'to pay for it', 'paying for it'].map(
    (p) => [p, true],
  ),
);

const BILLS = /^(note|addition|facture|douloureuse|bill|check|tab)$/;
/** Words that introduce the divisor: "par trois", "en deux", "between 3", "by two". */
const CONNECTORS = new Set(['par', 'en', 'entre', 'between', 'by', 'among', 'into', 'in', 'a']);
const LEADS = new Set(['the', 'nous', 'les', 'us', 'mes']);
/** « à parts égales », "in equal parts": the manner of a split said in three words. */
const EQUAL_PARTS = new PhraseTable<true>(
  'a parts egales|en parts egales|in equal parts|in equal shares|into equal parts'
    .split('|')
    .map((p) => [p, true]),
);

/** Past the manner of a split ("evenly", « équitablement », « à parts égales »), where its count is said. */
function pastManner(tokens: readonly Token[], k: number): number {
  if (SHARING_MANNERS.has(tokens[k]?.norm ?? '')) return k + 1;
  return EQUAL_PARTS.match(tokens, k)?.end ?? k;
}

/**
 * "… par trois", "… between the 3 of us", "… four ways", "… in half" after a split word, and
 * after its manner: "split evenly between four", « partagé à parts égales entre nous trois ».
 */
function divisorAfter(tokens: readonly Token[], after: number, lang: Lang) {
  const k = pastManner(tokens, after);
  // "split four ways"; "entre nous trois" needs no noun.
  const led = LEADS.has(tokens[k - 1]?.norm ?? '');
  const direct = countThen(tokens, k, lang, !led, led);
  if (direct) return direct;
  if (!CONNECTORS.has(tokens[k]?.norm ?? '')) return null;
  if (tokens[k + 1]?.norm === 'half') return { n: 2, end: k + 2 };
  const at = LEADS.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  return countThen(tokens, at, lang, false, at === k + 2);
}

/**
 * Words that share a bill, for a count said apart from them (« resto à trois, … on partage »); a
 * part is a bill shared too (« 150 à cinq, j'ai mis ma part »).
 */
export const SHARING_WORDS = new Set(
  'partage|partagee|partager|partageons|divise|divisee|reparti|repartie|chacun|split|shared|divided|share|part'.split(
    '|',
  ),
);

/**
 * The share phrase at tokens[i], if any. `afterMoney` says whether tokens[i] directly follows an
 * amount in a currency: "210 euros à trois" shares; "un café à 2" is a price. `sharing` says
 * whether the sentence has a word that shares the bill (SHARING_WORDS), `moneyNamed` whether it
 * names a currency anywhere (guestsCounted).
 */
export function matchShare(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
  afterMoney: boolean,
  sharing = false,
  together = false,
  moneyNamed = false,
): ShareItem | null {
  const t = tokens[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'num')) return null;
  // "for all four", "for me and my son", « pour les deux enfants et moi »: whom it was for, never money.
  const heads = headsNamed(tokens, i, lang);
  if (heads) return { start: i, end: heads.end, kind: 'people', divisor: heads.n, forWhom: true };
  // "half a grand" is 500 (read-amount.ts), no half of a thing.
  if (halfOfScale(tokens, i, lang)) return null;
  const hit = PHRASES.match(tokens, i);
  // "half board", "the half marathon", "a half pint": "half" before a noun names a kind of thing,
  // no share of the bill ("half the bill", "half, 40" are; « moitié moitié genre » is too).
  const after = tokens[hit?.end ?? i];
  if (
    tokens[(hit?.end ?? 0) - 1]?.norm === 'half' &&
    after?.kind === 'word' &&
    !EDGE_STOPWORDS.has(after.norm) &&
    !numberWord(after.norm, lang)
  )
    return null;
  // « j'ai payé pour moi et mes trois neveux »: not the speaker's own part, but whom they paid for.
  if (hit?.value.counted && /^(et|and)$/.test(tokens[hit.end]?.norm ?? '')) return null;
  if (hit) {
    const { kind, divisor } = hit.value;
    if (kind === 'people') {
      // "the" and "nous" only count people when a count follows: "the 3 of us", "nous deux".
      // "on était quatre au resto": after "on était", the count needs nothing after it.
      // « pour nous trois »: after « nous », the count needs nothing after it either.
      // "for four people", « pour quatre personnes »: after a bare « pour », "for", only people count
      // ("pour 3 nuits", "for 2 days" are no people).
      const forWhom = hit.end - i === 1 && /^(for|pour)$/.test(t.norm);
      const c =
        (/^(on|nous|we|there)$/.test(t.norm) && hit.end - i > 1) || tokens[hit.end - 1]?.norm === 'nous'
          ? readCount(tokens, hit.end, lang)
          : forWhom
            ? (peopleCounted(tokens, hit.end, lang) ?? guestsCounted(tokens, hit.end, lang, moneyNamed))
            : countThen(tokens, hit.end, lang, t.norm === 'the' || t.norm === 'for');
      // "60 between the four of us", « on est deux à le payer »: the bill shared among them.
      const among =
        t.norm === 'between' || t.norm === 'entre' || (c !== null && PAYING.match(tokens, c.end) !== null);
      if (!c) return null;
      return {
        start: i,
        end: c.end,
        kind: among ? 'split' : kind,
        divisor: c.n,
        ...(forWhom ? { forWhom } : {}),
      };
    }
    // "my half of the 80 euro dinner", « ma moitié des 80 € »: half of the whole said right after
    // (« ma moitié du loyer, 450 € » is the half itself).
    if (kind === 'mine' && divisor !== null && /^(ma|my)$/.test(t.norm) && wholeAfter(tokens, hit.end, lang))
      return { start: i, end: hit.end, kind: 'fraction', divisor };
    const counted = hit.value.counted ? { counted: hit.value.counted } : {};
    if ((kind === 'split' || kind === 'mine') && !divisor) {
      // "split into 4 payments", « fractionné en 3 fois »: the total paid in parts, no one's share.
      if (paidInParts(tokens, pastManner(tokens, hit.end), lang)) return null;
      // « on a coupé la note en deux »: the bill named between the cut and its count (a cake is no bill).
      const k = divisor === 0 && BILLS.test(tokens[hit.end + 1]?.norm ?? '') ? hit.end + 2 : hit.end;
      // « une coupe à 9 »: a haircut's price, no cut in nine.
      const d = divisor === 0 && tokens[k]?.norm === 'a' ? null : divisorAfter(tokens, k, lang);
      if (d) return { start: i, end: d.end, kind, divisor: d.n, ...counted };
      if (divisor === 0) return null;
    }
    return {
      start: i,
      end: hit.end,
      kind,
      divisor,
      ...(hit.value.times ? { times: hit.value.times } : {}),
      ...counted,
    };
  }
  const friends = withFriends(tokens, i, lang);
  if (friends) return { start: friends.start, end: friends.end, kind: 'people', divisor: friends.people };
  if (t.kind === 'num' || !CONNECTORS.has(t.norm)) {
    if (t.kind === 'word' && numberWord(t.norm, lang) === undefined) return null;
    const ways = countThen(tokens, i, lang, true);
    if (ways && tokens[ways.end - 1]?.norm === 'ways')
      return { start: i, end: ways.end, kind: 'count', divisor: ways.n };
    // "Five of us at dinner": the people, a divisor when the bill is split.
    return ways && tokens[ways.end - 1]?.norm === 'us'
      ? { start: i, end: ways.end, kind: 'people', divisor: ways.n }
      : null;
  }
  // « huitante francs à nous quatre », « le resto à nous trois »: among us, the bill shared.
  if (t.norm === 'a' && tokens[i + 1]?.norm === 'nous') {
    const us = readCount(tokens, i + 2, lang);
    if (us) return { start: i, end: us.end, kind: 'split', divisor: us.n };
  }
  const c = countThen(tokens, i + 1, lang, false);
  if (!c) return null;
  // "210 euros à trois": right after the money, "à N" shares it. "resto à trois, 90 €, on
  // partage": elsewhere, a spelled count says how many shared, when the words share the bill.
  if (t.norm === 'a') {
    if (afterMoney) return { start: i, end: c.end, kind: 'split', divisor: c.n };
    const spelled = tokens[i + 1]?.kind === 'word';
    // « on a payé l'essence à trois »: paid together, « à trois » is the split itself.
    if (spelled && together) return { start: i, end: c.end, kind: 'split', divisor: c.n };
    return spelled && sharing ? { start: i, end: c.end, kind: 'people', divisor: c.n } : null;
  }
  // "split the 60 euro bill in 3": the count after the bill a word of sharing divides ("chipped in 20" is money).
  const inN = (t.norm === 'in' || t.norm === 'into') && sharing;
  return t.norm === 'par' || t.norm === 'by' || t.norm === 'en' || inN
    ? { start: i, end: c.end, kind: 'count', divisor: c.n }
    : null;
}
