import { type AmountItem, type MarkItem, Role, type Scan } from './scan-types.ts';
import { type Bridges, live, norm, words } from './whole-and-parts.ts';
import { BANKNOTES } from './word-sets.ts';

/* Money handed over and the change given back: the difference is what was spent. */

/** Handing money over: « j'ai donné 50 », « payé avec 100 balles », "gave the cashier 20", "a fifty". */
const HANDED = /^(donne|tendu|file|avec|gave|handed|with)$/;
const HANDED_WORDS = new Set(['donne', 'tendu', 'file', 'avec', 'gave', 'handed', 'with']);
/** The change named after its amount: "got 12 back", "32 change", « 5 € de monnaie ». */
export const CHANGE_AFTER = /^(back|change|monnaie)$/;
/** The change is kept: « il a gardé la monnaie », "keep the change". */
const KEPT_CHANGE = /(garde|gardez) la monnaie|keep the change|kept the change|keep the rest/;

function handedAmount(scan: Scan): AmountItem | undefined {
  const { tokens } = scan;
  return scan.amounts.find((a) => {
    if (a.dropped) return false;
    if (a.handed) return true;
    // "un billet de 20", "a 20 note", "a fifty", « une pièce de deux euros »
    const note = norm(tokens, a.start - 2);
    if (/^(de|d')$/.test(norm(tokens, a.start - 1)) && (BANKNOTES.has(note) || note === 'piece')) return true;
    if (BANKNOTES.has(norm(tokens, a.end))) return true;
    // « j'ai donné 50 au boucher », "gave the driver 30": the verb, then at most two words;
    // « avec mes 2 enfants » hands over no children.
    if (a.quantity) return false;
    // "gave the driver a twenty": the note's article is one word more.
    const reach = /^(a|an)$/.test(norm(tokens, a.start - 1)) ? 4 : 3;
    for (let k = a.start - 1; k >= Math.max(0, a.start - reach); k--) {
      if (HANDED.test(norm(tokens, k))) return true;
      if (scan.roles[k] === Role.Amount || scan.roles[k] === Role.Sep) return false;
    }
    return false;
  });
}

function changeAmount(scan: Scan, note: AmountItem): { change: AmountItem; back?: MarkItem } | null {
  const { tokens } = scan;
  const back = scan.marks.find(
    (m) => (m.mark === 'repayment' || m.mark === 'income') && m.start > note.end && m.start - note.end <= 8,
  );
  // "he gave me 5 back": « 5 » before "back" was read as five of something.
  const afterBack =
    back && scan.amounts.find((a) => !a.dropped && a.start >= back.end && a.start - back.end <= 2);
  if (afterBack) return { change: afterBack, back };
  // "got 12 back", "got 32 change", "12 in change", « 5 € de monnaie »
  // « rendu 33 € »: the participle alone, right before the change.
  const named = scan.amounts.find(
    (a) =>
      !a.dropped &&
      a.start > note.end &&
      (CHANGE_AFTER.test(norm(tokens, a.end)) ||
        /^(rendu|rendus)$/.test(norm(tokens, a.start - 1)) ||
        (/^(in|de)$/.test(norm(tokens, a.end)) && CHANGE_AFTER.test(norm(tokens, a.end + 1)))),
  );
  return named ? { change: named } : null;
}

/**
 * Money handed over and the change: « j'ai donné 50 au boucher, il m'a rendu 12 » is 38; « la
 * pharmacienne m'a rendu 7 € sur 20 » 13; "got 14 change out of 50" 36. A price said too stays
 * (« le taxi c'était 37, j'ai donné 50, il m'a rendu 13 »: 37), and so does a price said before
 * money handed with no change (« courses 43,20, j'ai payé avec 50 € »); change left to keep makes
 * the money handed the expense ("the cab was 17, I gave him 20 and told him to keep the change").
 */
export function takeChange(scan: Scan, bridges: Bridges): void {
  const { tokens } = scan;
  // « rendu 7 € sur 20 », "14 change out of 50": the change said first, then what it came from.
  for (const a of scan.amounts) {
    const after = norm(tokens, a.end);
    if (after !== 'sur' && after !== 'change') continue;
    const on = after === 'sur' ? 1 : words(tokens, a.end, a.end + 3) === 'change out of' ? 3 : 0;
    // « sur 20 », « sur un billet de 50 », "out of 50"; « sur les 50 que je lui avais prêtés » is a debt.
    const from =
      on > 0 &&
      scan.amounts.find(
        (b) =>
          live(b) &&
          b.start >= a.end + on &&
          tokens
            .slice(a.end + on, b.start)
            .every((t) => /^(le|un|de|d'|a)$/.test(t.norm) || BANKNOTES.has(t.norm)),
      );
    if (!from || a.dropped || a.cents >= from.cents) continue;
    if (!/rendu|change/.test(words(tokens, a.start - 3, a.end + 1))) continue;
    from.cents -= a.cents;
    from.int = null;
    a.dropped = true;
    a.quantity = false;
    for (const m of scan.marks.filter((m) => m.mark === 'repayment' && m.end <= a.start))
      scan.marks.splice(scan.marks.indexOf(m), 1);
    bridges.push([a.start, from.end]);
    return;
  }
  // Most sentences hand nothing over: one pass of set lookups spares the rest.
  if (!tokens.some((t) => HANDED_WORDS.has(t.norm) || BANKNOTES.has(t.norm) || t.norm === 'piece')) return;
  const note = handedAmount(scan);
  if (!note) return;
  const found = changeAmount(scan, note);
  const price = scan.amounts.find(
    (a) => live(a) && a !== note && a.end <= note.start && a.cents < note.cents,
  );
  if (!found || found.change.cents >= note.cents) {
    if (found) return;
    // Change kept: the money handed is spent, not the price said (before or after it).
    if (KEPT_CHANGE.test(words(tokens, note.end, tokens.length))) {
      const said = scan.amounts.find((a) => live(a) && a !== note && a.cents < note.cents);
      if (!said) return;
      said.dropped = true;
      bridges.push([Math.min(said.start, note.start), Math.max(said.end, note.end)]);
      return;
    }
    // « courses 43,20, j'ai payé avec 50 € »: paid with more than the price, the price stands;
    // so does a note handed just after it (« le parking c'était 6, j'avais donné 10 », "the cab was 17, I
    // gave him 20").
    const paidWith =
      /\b(avec|with)\b/.test(words(tokens, note.start - 5, note.start)) ||
      BANKNOTES.has(norm(tokens, note.start - 2)) ||
      // « 14,60 la pharmacie, j'ai donné vingt »: the price, its place, then a bare note handed
      // (« … et j'ai donné 20 € à ma sœur » is money given).
      (price !== undefined &&
        note.start - price.end <= (note.currency === null && note.end === tokens.length ? 7 : 5) &&
        [1, 2].some((k) => HANDED.test(norm(tokens, note.start - k))));
    if (!price || !paidWith) return;
    note.dropped = true;
    bridges.push([price.start, note.end]);
    return;
  }
  const { change, back } = found;
  // "a 20 note" was read as twenty notes.
  if (note.quantity) scan.roles.fill(Role.Amount, note.start, note.end);
  note.quantity = false;
  note.cents -= change.cents;
  note.int = null;
  change.dropped = true;
  change.quantity = false;
  // The words that give the change back are no repayment or income of the speaker's.
  scan.marks = scan.marks.filter(
    (m) =>
      m === back ||
      !((m.mark === 'repayment' || m.mark === 'income') && m.start > note.end && m.start < change.end),
  );
  if (back) scan.marks.splice(scan.marks.indexOf(back), 1);
  // The price was said too: it is the expense, the money handed its context.
  if (price && price.cents === note.cents) note.dropped = true;
  bridges.push([Math.min(note.start, price?.start ?? note.start), Math.max(change.end, back?.end ?? 0)]);
}
