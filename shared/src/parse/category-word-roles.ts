/**
 * French words whose role in the phrase says more than the tables (catfr20, issue 29): a trade no
 * table lists said after « chez » is known by the goods it is named after (« chez le glacier » sells
 * « glace »); an object named with « à » and what it holds or serves is that object, not its food
 * (« une tasse à café », « une boîte à biscuits », « un moulin à poivre »); « le salon du livre » is
 * a fair, no living room; and a carer no table lists is known by the form of the word
 * (care-forms.ts). categorize.ts asks these where the tables say nothing, or the wrong thing.
 */
import type { Category } from '../categories.ts';
import { careByForm } from './care-forms.ts';
import { isContainerWord } from './category-frames.ts';
import type { Hit } from './category-tables.ts';
import type { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';

type Match = { value: Hit; end: number };

/** A carer or a care no table lists, named by its ending (« l'angiologue »): below every listed word, unsure. */
const CARE: Hit = { category: 'health', weight: 1.5, place: false };

/**
 * The goods a French trade in -ier, -ière, -er or -ère may be named after, likeliest first:
 * « glacier » → « glace », « crémière » → « crème », « laitier » → « lait », « volailler » →
 * « volaille », « poissonnier » → « poisson », « chapelier » → « chapeau », « bijoutier » → « bijou ».
 */
export function goodsOfTrade(word: string): string[] {
  const masculine = word.replace(/ere$/, 'er');
  const m = /^([a-z]{3,}?)i?er$/.exec(masculine);
  if (!m?.[1]) return [];
  const stem = masculine.endsWith('ier') ? masculine.slice(0, -3) : m[1];
  const out = [`${stem}e`, stem];
  // « poissonnier », « chapelier », « bijoutier »: a doubled n, « -el » for « -eau », a t put in.
  if (/(nn|ll|tt)$/.test(stem)) out.push(stem.slice(0, -1));
  if (stem.endsWith('el')) out.push(`${stem.slice(0, -2)}eau`);
  if (stem.endsWith('t')) out.push(stem.slice(0, -1));
  return out;
}

/** Whether tokens[i] is said as a person one buys from: after « chez » and its article. */
function afterChez(tokens: readonly Token[], i: number): boolean {
  const k = /^(le|la|l'|les)$/.test(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  return tokens[k]?.norm === 'chez';
}

/**
 * « chez le glacier », « chez la crémière »: a trade no table lists, after « chez », known by its
 * goods (goodsOfTrade); a shop, so what was bought there, when said, says more. Derived, so below
 * every listed word. Only after « chez »: « un saladier », « un pommier » are no trades.
 */
function tradeAfterChez(table: PhraseTable<Hit>, tokens: readonly Token[], i: number): Match | null {
  const t = tokens[i];
  if (t?.kind !== 'word' || !afterChez(tokens, i)) return null;
  for (const goods of goodsOfTrade(t.norm)) {
    const hit = table.match([{ norm: goods }], 0);
    if (hit && hit.end === 1 && hit.value.weight >= 2 && !hit.value.capital && !hit.value.afterFaire)
      return { value: { category: hit.value.category, weight: 1.5, place: true }, end: i + 1 };
  }
  return null;
}

/** What a word no table lists names by its form or its place: a carer, a trade after « chez ». */
export function unlistedWord(
  table: PhraseTable<Hit>,
  tokens: readonly Token[],
  i: number,
  lang: 'fr' | 'en',
): Match | null {
  if (careByForm(tokens[i]?.norm ?? '')) return { value: CARE, end: i + 1 };
  return lang === 'fr' ? tradeAfterChez(table, tokens, i) : null;
}

/** Food and drink: what a cup, a tin or a mill is for, not what was bought. */
const FOOD = new Set<Category>(['groceries', 'dining']);
/** An object of the home: a container for food, a tool to serve it. */
const OBJECT: Hit = { category: 'housing', weight: 2, place: false };
const VAGUE_OBJECT: Hit = { ...OBJECT, weight: 1.5 };

/**
 * « une tasse à café », « une boîte à biscuits », « un filet à provisions »: tokens[i] names an
 * object and « à » and a bare noun what it is for; the object is what was bought, a thing of the
 * home, when what follows is food or a drink: a container (« boîte », « pot », « filet »), or
 * another word no table knows (« une cuillère à soupe »); « une boîte à bijoux », « un sac à dos »
 * are no kitchen's. Not a phrase the tables know whole (« brosse à dents »), nor « à » and an article
 * (« une tarte à la rhubarbe » is a tart), nor « a », the verb (« il a faim »): only « à » written
 * so; nor where it was bought (« à la baraque à frites »).
 */
export function objectFor(
  table: PhraseTable<Hit>,
  tokens: readonly Token[],
  i: number,
  to: number,
  known: Match | null,
): Match | null {
  const link = tokens[i + 1];
  const what = tokens[i + 2];
  if (i + 2 >= to || link?.raw.toLowerCase() !== 'à' || what?.kind !== 'word') return null;
  if (known && known.end > i + 1) return null;
  if (/^(la|le|l'|les|un|une|des)$/.test(what.norm)) return null;
  const food = table.match(tokens, i + 2, to);
  if (!food || !FOOD.has(food.value.category) || food.value.place || whereBought(tokens, i)) return null;
  if (isContainerWord(tokens[i]?.norm ?? '')) return { value: OBJECT, end: food.end };
  return known ? null : { value: VAGUE_OBJECT, end: food.end };
}

/** tokens[i] is where it was bought, after « à la », « au », « chez »: « à la baraque à frites » is a place. */
function whereBought(tokens: readonly Token[], i: number): boolean {
  const k = /^(le|la|l'|les)$/.test(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  return /^(a|au|aux|chez)$/.test(tokens[k]?.norm ?? '');
}

/** A fair or a show: leisure, a ticket to it. */
const FAIR: Hit = { category: 'leisure', weight: 2, place: false };

/**
 * « le salon du livre », « le salon de l'agriculture »: « salon » and what it shows is a fair, not
 * the living room; a phrase the tables know whole (« salon de thé », « salon de coiffure ») and
 * a person's (« le salon de ma mère ») are left to them.
 */
export function fairAt(
  table: PhraseTable<Hit>,
  tokens: readonly Token[],
  i: number,
  to: number,
): Match | null {
  if (tokens[i]?.norm !== 'salon' || !/^(de|du|des|d')$/.test(tokens[i + 1]?.norm ?? '')) return null;
  if ((table.match(tokens, i, to)?.end ?? i) > i + 1) return null;
  const next = tokens[i + 2]?.norm ?? '';
  if (/^(mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs)$/.test(next)) return null;
  return i + 2 < to && tokens[i + 2]?.kind === 'word' ? { value: FAIR, end: i + 1 } : null;
}
