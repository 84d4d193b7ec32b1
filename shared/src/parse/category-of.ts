import type { Category } from '../categories.ts';
import type { CategoryMatch } from './categorize.ts';
import { wordsBetween } from './category-words.ts';
import { sharedInCompany } from './company-meal.ts';
import { cuisineSaid } from './cuisine-said.ts';
import { hasPurchaseWord } from './expense-rules.ts';
import { goodsSaid, pluralGoodsSaid } from './goods-said.ts';
import { saidAtHome } from './home-money.ts';
import { measuredCategory } from './measured-category.ts';
import { handedToPerson } from './money-handed.ts';
import type { AmountItem, Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import { inAPlaceNamed } from './stays-away.ts';
import type { ParseOptions } from './types.ts';

/**
 * One expense's category, in this order: a bill shared in company is a meal out when the only word
 * that names it is a vague one ("the bill"); else the lexicon's word, unless it is one the dictionary alone knows and the money is another
 * country's (travel, as below); else the caller's guess from
 * the words (ParseOptions.guessCategory); else a measure that names it (a data allowance); else,
 * with nothing that names what was bought, a bill shared in company is a meal out, and money of
 * another country is spent abroad unless said the way the people who live there say it
 * (home-money.ts); money handed to a person with nothing named is given (money-handed.ts); a thing
 * bought "in" a place named by its name is a stay away (stays-away.ts: "a cabin in the Rockies"); a
 * country's cooking said after an article is a meal out (cuisine-said.ts: "an Indian"); a thing said
 * with « un », « une », « des », "a" or "an", or an English bare plural, that no table knows is goods
 * (goods-said.ts: shopping); else other.
 */
export function categoryOf(
  scan: Scan,
  seg: Segment,
  amount: AmountItem,
  keyword: CategoryMatch | null,
  currency: string,
  opts: ParseOptions,
  isWord: (i: number) => boolean,
): Category {
  // Looked at only when no better word names the category, then once.
  let company: boolean | undefined;
  const inCompany = () => {
    company ??= sharedInCompany(scan, seg);
    return company;
  };
  const abroad = () =>
    currency !== opts.currency && hasPurchaseWord(scan, seg.start, seg.end) && !saidAtHome(scan, amount);
  if (keyword !== null && keyword.weight <= 1 && inCompany()) return 'dining';
  return (
    keyword?.category ??
    opts.guessCategory?.(wordsBetween(scan.tokens, seg.start, seg.end, isWord)) ??
    measuredCategory(scan) ??
    (inCompany()
      ? 'dining'
      : abroad()
        ? 'travel'
        : handedToPerson(scan, seg, amount)
          ? 'gifts'
          : inAPlaceNamed(scan, seg)
            ? 'travel'
            : cuisineSaid(scan, seg)
              ? 'dining'
              : goodsSaid(scan, seg, isWord) || pluralGoodsSaid(scan, seg, isWord)
                ? 'shopping'
                : 'other')
  );
}
