import type { Scan } from './scan-types.ts';
import { readCount } from './share-counts.ts';

/*
 * Notes and coins listed as what was paid (round v23a, issue 29): « un billet de cinquante et deux
 * de dix », « un billet de vingt et trois pièces d'un euro », "a note of 20 and two coins of 2".
 * Each group is a count (a number, an article, or nothing: one) of notes or coins of a figure; a
 * later group may leave its notes unsaid (« et deux de dix »). The groups, joined by « et », "and"
 * or a comma, are one payment: their sum, not an expense each (was 50 + 2 + 10).
 */

const NOTES = /^(billets?|biftons?|pieces?|notes?|coins?)$/;
const OF = /^(de|d'|of)$/;

/**
 * "two one-euro coins", "four 2-euro coins": so many coins of the money said before "coins" (was
 * the one coin, the count lost); the count joins the coins' amount, handed as notes are.
 */
function countCoins(scan: Scan): void {
  for (const coins of scan.amounts) {
    if (coins.dropped || !coins.currency || !/^coins?$/.test(scan.tokens[coins.end]?.norm ?? '')) continue;
    coins.handed = true;
    // "two pound coins": the count is the pounds' own figure.
    const n = scan.amounts.find((a) => !a.dropped && a.end === coins.start && !a.currency && a.int);
    if (!n?.int) continue;
    n.dropped = true;
    coins.cents *= n.int;
    coins.start = n.start;
  }
}

/** Sums the notes and coins listed in one payment into the first; bridges them so no cut falls inside. */
export function takeNotesListed(scan: Scan, bridges: [number, number][]): void {
  countCoins(scan);
  const w = (i: number) => scan.tokens[i]?.norm ?? '';
  // The count said at i: an article is one, a figure or a number word so many.
  const count = (i: number) => (/^(une?|an?)$/.test(w(i)) ? 1 : readCount(scan.tokens, i, scan.lang)?.n);
  // "a twenty and a five": notes by their figure alone, a note's value each (« a 12 » is a price).
  const bare = (a: { start: number; cents: number; currency: unknown }) =>
    scan.lang === 'en' && a.currency === null && [500, 1000, 2000, 5000, 10000].includes(a.cents);
  for (const first of scan.amounts) {
    // "a twenty and …", "three fifties and …" (note-nicknames.ts): notes by their figure.
    const article =
      (/^an?$/.test(w(first.start - 1)) && bare(first)) || /(ies|ens|ves)$/.test(w(first.end - 1));
    if (first.dropped || (!article && (!OF.test(w(first.start - 1)) || !NOTES.test(w(first.start - 2)))))
      continue;
    const each = count(first.start - 3) ?? 1;
    // « un billet de vingt et un de cinq »: « et un » begins the next group, not 21.
    const split = w(first.end - 2) === 'et' && /^une?$/.test(w(first.end - 1)) ? 2 : 0;
    let sum = each * (first.cents - split * 50);
    let last = first;
    for (let end = first.end - split; ; end = last.end) {
      const from = /^(et|and|,)$/.test(w(end)) ? end + 1 : -1;
      // The next figure: after « N de », « billets de » (from + 2) or « N billets de » (from + 3).
      const next = scan.amounts.find(
        (a) =>
          !a.dropped &&
          (article
            ? (a.start === from + 1 && bare(a)) || (a.start === from && a.handed === true)
            : OF.test(w(a.start - 1)) && (a.start === from + 2 || a.start === from + 3)),
      );
      const k = (next?.start ?? 0) - 2;
      const n = article
        ? next?.handed
          ? 1
          : count(from)
        : NOTES.test(w(k))
          ? k === from
            ? 1
            : count(from)
          : k === from && count(from);
      if (!next || !n) break;
      sum += n * next.cents;
      // "a fiver and two pound coins": the coins' money names the notes'.
      first.currency ??= next.currency;
      last = next;
    }
    // « deux billets de cinquante » alone: so many notes of the figure (« … pour le vélo » is 100).
    if (last === first) {
      if (each < 2) continue;
      sum = each * first.cents;
    }
    // The counts read as amounts (« deux » of « deux billets », « deux de dix ») and the later
    // figures are in the sum: the change said after is taken from it, not from « deux ».
    for (const a of scan.amounts)
      if (a !== first && a.start >= first.start - 3 && a.end <= last.end) a.dropped = true;
    first.cents = sum;
    first.total = true;
    first.handed = true;
    bridges.push([first.start, last.end]);
  }
}
