import { FEES } from './fees-said.ts';
import { unitPricedAt } from './measure-decimals.ts';
import { numberWord } from './number-words.ts';
import { FRIENDS } from './people-counted.ts';
import { rateAt } from './rates.ts';
import { type AmountItem, Role, type Scan } from './scan-types.ts';
import { PARTS } from './share-counts.ts';
import { BANKNOTES, EDGE_STOPWORDS, NOT_COUNTED, packSizeAt, TIME_PREPOSITIONS } from './word-sets.ts';

/** "3 pounds of chicken … 11 euros": pounds then "of" a thing, beside money of another currency. */
function weighedInPounds(scan: Scan, a: AmountItem): boolean {
  const { tokens, amounts } = scan;
  if (
    a.currency?.code !== 'GBP' ||
    a.currencyAt < 0 ||
    !/^(pounds?|lbs?)$/.test(tokens[a.currencyAt]?.norm ?? '')
  )
    return false;
  if (tokens[a.end]?.norm !== 'of' || tokens[a.end + 1]?.kind !== 'word') return false;
  return amounts.some((b) => b !== a && b.currency !== null && b.currency.code !== 'GBP');
}

const TAKEN = /^(pris|achete|commande|took|bought|ordered|got)$/;

/**
 * « le kilo de tomates à 3,20, j'en ai pris deux », "bagels are 1.50 each, got five": after a price of
 * one (each, per unit, « le kilo »), the number a verb of taking ends its clause with counts them.
 * In French « en » stands for the things; in English "got" with a figure may be change ("got 10"),
 * so only a count in words follows it.
 */
function countTakenAfterPrice(scan: Scan, a: AmountItem): boolean {
  const { tokens } = scan;
  const verb = tokens[a.start - 1]?.norm ?? '';
  if (!TAKEN.test(verb) || a.end !== a.start + 1) return false;
  const next = tokens[a.end]?.norm;
  if (next !== undefined && !/^(,|\.|et|and)$/.test(next)) return false;
  const en = tokens.slice(Math.max(0, a.start - 4), a.start - 1).some((t) => /^(en|j'en|n'en)$/.test(t.norm));
  if (scan.lang === 'fr' ? !en : verb === 'got' && tokens[a.start]?.kind !== 'word') return false;
  // « le kilo de tomates à 3,20 »: the unit said before its price.
  const unitFirst = tokens.some((_, k) => k < a.start && rateAt(tokens, k));
  return scan.amounts.some(
    (b) =>
      b.end < a.start &&
      (b.currency !== null || b.int === null) &&
      (unitFirst ||
        rateAt(tokens, b.end) ||
        /^(le|la|l'|a|per|par|chacun|chacune|piece|each|apiece)$/.test(tokens[b.end]?.norm ?? '')),
  );
}

/**
 * A number with no currency may still be a count ("2 baguettes à 1,10"), a time ("rendez-vous
 * à 15") or "livres" that are books when another amount is in euros.
 */
export function classifyBareNumbers(scan: Scan): void {
  const { tokens, amounts, roles } = scan;
  const hasMoney = amounts.some((a) => a.currency !== null && !a.currency.ambiguous);
  for (const a of amounts) {
    if (weighedInPounds(scan, a)) {
      // "5 pounds of apples for 4 dollars": a weight when other money is named.
      a.dropped = true;
      a.currency = null;
      roles.fill(Role.Skip, a.start, a.end);
      continue;
    }
    if (
      a.currency?.ambiguous &&
      a.currency.code === 'GBP' &&
      hasMoney &&
      a.int !== null &&
      a.currencyAt > 0
    ) {
      // "trois livres à la Fnac pour 45 euros": books, counted.
      roles.fill(Role.Free, a.currencyAt, a.end);
      roles.fill(Role.Quantity, a.start, a.currencyAt);
      a.end = a.currencyAt;
      a.currency = null;
      a.quantity = true;
      continue;
    }
    if (a.currency !== null || a.impliedCents) continue;
    const next = tokens[a.end];
    // « un puzzle de 1000 pièces, 18 € », "a 500 piece puzzle", « un livre de 300 pages »: the parts a
    // thing is made of, of any size, beside its price (« 2 pièces de 2 € » are coins), no count of things
    // bought; nor « un 3 pièces à 900 € », a flat's rooms.
    if (
      /^(pieces?|pages?|morceaux)$/.test(next?.norm ?? '') &&
      !/^(de|d'|of)$/.test(tokens[a.end + 1]?.norm ?? '') &&
      amounts.some((b) => b !== a && !b.dropped && !b.quantity)
    ) {
      a.dropped = true;
      roles.fill(Role.Skip, a.start, a.end);
      continue;
    }
    const nextIsNoun =
      next?.kind === 'word' &&
      roles[a.end] === Role.Free &&
      !EDGE_STOPWORDS.has(next.norm) &&
      !NOT_COUNTED.has(next.norm) &&
      // "a 40 cleaning fee", "a 12 delivery charge": the one figure said before a fee is its money.
      !(FEES.test(tokens[a.end + 1]?.norm ?? '') && amounts.length === 1) &&
      // "put down a 40 deposit on it", "left a 5 tip", "a 60 fine": one payment, its figure no count.
      !(/^(deposit|tip|fine|donation)$/.test(next.norm) && /^an?$/.test(tokens[a.start - 1]?.norm ?? '')) &&
      // "taxi 30 which work refunds", « taxi 30 lequel est remboursé »: a clause on the amount, no
      // "whiches" counted; "got 3 which cost 12 each" counts, its price said in the clause.
      !(
        /^(which|whom|lequel|laquelle)$/.test(next.norm) &&
        !amounts.some((b) => b.start > a.end && b.start < a.end + 4)
      ) &&
      // "Noah sent 15 back", "gave 10 back", "Jack paid me 15 back": money given back right after its
      // verb (and "me"), no backs counted.
      !(
        next.norm === 'back' &&
        /^(sent|gave|paid|handed)$/.test(
          tokens[a.start - (/^(me|us)$/.test(tokens[a.start - 1]?.norm ?? '') ? 2 : 1)]?.norm ?? '',
        )
      );
    // "three monthly payments of 45": the parts a total is paid in, counted past the word of their kind.
    const parts = PARTS.test(tokens[a.end + 1]?.norm ?? '');
    // "tickets, 2 at 35": a count then its price (in French « 3 à 5 » is a range, so English only).
    const countAt =
      scan.lang === 'en' &&
      next?.norm === 'at' &&
      amounts.some((b) => b.start === a.end + 1) &&
      (a.int ?? 0) <= 20;
    // "I got two of them for 40", "three of those at 8": a count of the things said before.
    const ofThem = next?.norm === 'of' && /^(them|those|these)$/.test(tokens[a.end + 1]?.norm ?? '');
    // « j'en ai pris trois à 4 euros », « j'en prends deux pour 15 »: « en » stands for the things counted.
    const ofThose =
      (tokens[a.start - 2]?.norm === 'en' ||
        (tokens[a.start - 3]?.norm === 'en' &&
          /^(ai|a|as|avons|avez|ont)$/.test(tokens[a.start - 2]?.norm ?? ''))) &&
      /^(pris|prends|prend|achete|achetes|commande|commandes)$/.test(tokens[a.start - 1]?.norm ?? '') &&
      /^(a|pour)$/.test(next?.norm ?? '');
    // « le paquet de 8 à 6,99 », « une ramette de 500 feuilles à 5,50 »: a pack's size beside its price.
    const packSize =
      packSizeAt(tokens, a.start) && amounts.some((b) => b !== a && (b.currency !== null || b.int === null));
    if (
      a.int !== null &&
      a.int >= 1 &&
      (packSize ||
        (a.int <= 99 &&
          (nextIsNoun || parts || countAt || ofThem || ofThose || countTakenAfterPrice(scan, a))))
    ) {
      a.quantity = true;
      roles.fill(Role.Quantity, a.start, a.end);
      continue;
    }
    const prep = tokens[a.start - 1];
    if (hasMoney || a.int === null || a.int > 24 || !prep || !TIME_PREPOSITIONS.has(prep.norm)) continue;
    // "paid with a 20 note", "gave him a twenty": in English "a" is an article, not « à 15 h »;
    // a number that names a banknote is money in any language.
    // "the A6" (a road) is neither: the letter is written against the number.
    const article = scan.lang === 'en' && prep.norm === 'a' && (tokens[a.start]?.start ?? 0) > prep.end;
    if (article || BANKNOTES.has(next?.norm ?? '')) continue;
    // "un café à 2" is a price: an article or a count before the noun; "rendez-vous à 15" is a time.
    const before = tokens[a.start - 3];
    // « deux kebabs à 8 », "three beers at 6": a count in words as in figures, of things, not of
    // friends met (« avec deux amis à 15 » is a time).
    const inWords =
      (numberWord(before?.norm ?? '', scan.lang)?.value ?? 0) >= 2 &&
      !FRIENDS.has(tokens[a.start - 2]?.norm ?? '');
    const counted = (before !== undefined && /^(un|une|a|an|one|\d+)$/.test(before.norm)) || inWords;
    // "two haircuts at 18 each", « à 4 chacun »: a price each is no time of day.
    const each = scan.marks.some((m) => m.mark === 'each' && m.start === a.end);
    // "babysitting at 12 an hour", « à 9 le kilo », "oil at 8 a litre": a price per unit is no time of day.
    if (!counted && !each && !rateAt(tokens, a.end) && !unitPricedAt(tokens, a.end)) {
      a.dropped = true;
      roles.fill(Role.Skip, a.start, a.end);
    }
  }
}
