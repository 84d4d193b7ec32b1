import { pricedPerHead } from './expense-rules.ts';
import type { AmountItem, Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import { SHARING_WORDS, type ShareItem } from './shares.ts';
import type { Token } from './tokenize.ts';

export interface Share {
  divisor: number;
  /** No one said by how many: "on a partagé" is read as two. */
  guessed: boolean;
  /** « les trois quarts »: this many parts of `divisor` (one when absent). */
  times?: number;
}

/**
 * The speaker's part of `amount`, from the share words of its segment (or of the whole sentence
 * when it holds one expense). "Ma part c'est 28 €" (said before the amount) is already the part.
 */
export function shareOf(scan: Scan, seg: Segment, amount: AmountItem, whole: boolean): Share | null {
  const items = whole ? scan.shares : scan.shares.filter((s) => s.start >= seg.start && s.start < seg.end);
  // « menu à 25 € par personne, chacun sa part »: a price per head is one person's part already.
  if (items.length === 0 || pricedPerHead(scan, amount)) return null;
  const find = (kind: ShareItem['kind']) => items.find((s) => s.kind === kind);
  const fraction = find('fraction');
  // « ma part, un tiers des 90 euros »: the part named, then the fraction of the whole it is.
  const partIs = fraction && items.some((s) => s.kind === 'mine' && s.end <= fraction.start);
  if (items.some((s) => s.kind === 'mine' && s.end <= amount.start) && !partIs) return null;
  // "we split it, between the three of us": the split whose count is said, before one that says none.
  const split =
    items.find((s) => s.kind === 'split' && s.divisor !== null) ??
    find('split') ??
    (partIs ? undefined : find('mine'));
  if (!split)
    return fraction
      ? {
          divisor: fraction.divisor ?? 2,
          guessed: false,
          ...(fraction.times ? { times: fraction.times } : {}),
        }
      : null;
  const divisor =
    split.divisor ??
    find('count')?.divisor ??
    // « pour 2 personnes le taxi, on était cinq »: the people who were there, before whom a thing was for.
    items.find((s) => s.kind === 'people' && !s.forWhom)?.divisor ??
    find('people')?.divisor ??
    fraction?.divisor ??
    tableFor(scan);
  if (divisor) return { divisor, guessed: false };
  return split.counted ? null : { divisor: 2, guessed: true };
}

/**
 * "Dinner for four, 160 euros, we split it": a count after "pour"/"for", with no money of its own
 * and nothing counted after it ("gîte pour 3 nuits", "for 2 days" count no people).
 */
function tableFor(scan: Scan): number | undefined {
  const n = scan.amounts.find(
    (a) =>
      a.currency === null &&
      a.int !== null &&
      a.int >= 2 &&
      a.int <= 12 &&
      /^(pour|for)$/.test(scan.tokens[a.start - 1]?.norm ?? '') &&
      !countsThings(scan.tokens[a.end]) &&
      scan.amounts.some((b) => b !== a && b.currency !== null && !b.dropped),
  );
  return n?.int ?? undefined;
}

/**
 * A word after a count that names what is counted: « 3 nuits », "2 days". « et », "with", « on »,
 * "we" and a sharing word (« pour huit chacun sa part ») name nothing.
 */
const countsThings = (t: Token | undefined) =>
  t?.kind === 'word' && !SHARING_WORDS.has(t.norm) && !/^(et|and|avec|with|on|we|so|donc)$/.test(t.norm);

/** cents × basis points / 10,000, rounded to the cent, half up. */
export function percentHalfUp(cents: number, basisPoints: number): number {
  return Math.floor((2 * cents * basisPoints + 10_000) / 20_000);
}
