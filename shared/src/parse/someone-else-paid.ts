import { DETERMINERS } from './determiners.ts';
import { isGivenName } from './given-names.ts';
import { APPS } from './money-stores.ts';
import { ELDERS, isPersonWord } from './movement-parties.ts';
import { offeredToMe, paidForWhatTheyGot } from './movement-turns.ts';
import { Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import { wordsOf } from './tokenize.ts';

/**
 * Someone else paying what the sentence names (« Paul a payé le resto », "my dad paid", « c'est Léa
 * qui a payé », « Thomas m'a invité »): not-paid.ts keeps the amount flagged `not_paid`; and where
 * the speaker's own part starts when they paid too (« …, et moi le resto »).
 */
/** Someone else: "Paul a payé", "my dad paid", "c'est Léa qui a payé": a person of one's own
 * (movement-parties.ts's words), a pronoun, or an employer. */
const OTHER_WORDS = new Set(
  'il|elle|ils|elles|he|she|they|lui|eux|him|her|them|patron|boss|boite|entreprise|employeur|employer|company|work|housemate|client|cliente'.split(
    '|',
  ),
);
export const isOther = (w: string) => OTHER_WORDS.has(w) || isPersonWord(w) || ELDERS.has(w);
const PAID = new Set(
  'paye|payee|paid|paying|invite|invitee|invites|treated|offert|regle|reglee|settled|got|bought|achete|achetee|covered'.split(
    '|',
  ),
);
/** "picked up the tab", "footed the bill": paying when the bill is named; "shouted me dinner": treated. */
const TOOK_BILL = /^(picked|footed|grabbed)$/;
const paidWord = (tokens: Scan['tokens'], i: number) => {
  const w = (k: number) => tokens[k]?.norm ?? '';
  // « mon oncle a pris en charge ma facture »: took the bill on, paid it.
  if (PAID.has(w(i)) || (w(i) === 'pris' && w(i + 1) === 'en' && w(i + 2) === 'charge')) return true;
  if (TOOK_BILL.test(w(i))) return [1, 2, 3].some((d) => /^(tab|bill|check)$/.test(w(i + d)));
  return w(i) === 'shouted' && /^(me|us)$/.test(w(i + 1));
};
/** "the coffees were on the house", « offert par la maison »: the place paid. */
const ON_THE_HOUSE = /(^| )((was|were|is|are|it's|its) on the house|offerte?s? par la maison)$/;
/** The place's treat covers the money when nothing else is named after it (« dessert offert par la
 * maison, menu 18 € », « … et le menu 18 € » pay the menu). */
function onTheHouse(scan: Scan, from: number, to: number): boolean {
  for (let i = from + 3; i <= to; i++)
    if (ON_THE_HOUSE.test(wordsOf(scan.tokens, from, i)))
      return scan.tokens.slice(i, to).every((t, k) => t.kind !== 'word' || scan.roles[i + k] !== Role.Free);
  return false;
}
/** « c'est mon mari qui a fait le plein », « c'est ma marraine qui les a payées »: someone else did it, whatever the verb (paying, whoever). */
function someoneElseDid(scan: Scan, from: number, to: number): boolean {
  const { tokens } = scan;
  for (let i = from + 2; i < to - 1; i++) {
    const aux = /^(les|l'|la|le)$/.test(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    if (tokens[i]?.norm !== 'qui' || !/^(a|ont)$/.test(tokens[aux]?.norm ?? '')) continue;
    const who = tokens[i - 1];
    const said = tokens.slice(Math.max(from, i - 4), i - 1).some((t) => t.norm === 'est');
    // « c'est le fournisseur qui a payé »: any one but the speaker, when what they did is paying.
    const paying = paidWord(tokens, aux + 1) && !/^(moi|nous)$/.test(who?.norm ?? '');
    if (said && who?.kind === 'word' && (isOther(who.norm) || /^\p{Lu}/u.test(who.raw) || paying))
      return true;
  }
  return false;
}

/**
 * « courses 50 €, payées par ma mère », "dinner paid for by my dad", « payé par lui », « payé par la
 * boîte »: the passive names who paid, a person of one's own, a pronoun, the employer (as the active
 * "work paid for the hotel") or a given name (« par carte », « par Lydia » none).
 */
function paidByPerson(scan: Scan, from: number, to: number): boolean {
  const w = (k: number) => scan.tokens[k]?.norm ?? '';
  for (let i = from; i < to - 2; i++) {
    if (!/^(payee?s?|paid|regle|reglee?s?|offerte?s?)$/.test(w(i))) continue;
    let k = w(i + 1) === 'for' ? i + 2 : i + 1;
    if (!/^(par|by)$/.test(w(k))) continue;
    if (DETERMINERS.has(w(++k))) k++;
    // « mes beaux-parents », « ma grand-mère »: the person word is the first or the second.
    const who = (j: number) => isOther(w(j)) || (isGivenName(w(j)) && !APPS.has(w(j)));
    if ((who(k) || who(k + 1)) && !speakerToo(scan, k, to)) return true;
  }
  return false;
}

/** `owed`: a debt to the one who paid is said (movement-debts.ts), so a capital opening the sentence is a person ("Jen paid…, I owe her 12"). */
export function someoneElsePaid(scan: Scan, from: number, to: number, owed = false): boolean {
  const { tokens } = scan;
  const done = [someoneElseDid, offeredToMe, paidByPerson, onTheHouse];
  if (done.some((f) => f(scan, from, to))) return true;
  for (let i = from; i < to; i++) {
    if (!paidWord(tokens, i) || paidForWhatTheyGot(scan, from, i)) continue;
    // "Paul a payé", "Paul m'a invité": the auxiliary without "j'" or "on".
    let k = i - 1;
    if (/^(a|ont)$/.test(tokens[k]?.norm ?? '')) k -= 1;
    else if (scan.lang === 'fr') continue;
    // "my parents are paying for the flights": the one named before the auxiliary.
    else if (/^(is|are|was|were)$/.test(tokens[k]?.norm ?? '')) k -= 1;
    // "my mum insisted on paying": the one who insisted ("offered to pay" may not have).
    else if (wordsOf(tokens, k - 1, k + 1) === 'insisted on') k -= 2;
    // « Paul m'a invité », « mes parents nous ont payé les billets »: done for the speaker.
    const toMe = /^(m'|nous)$/.test(tokens[k]?.norm ?? '') && /^(a|ont)$/.test(tokens[k + 1]?.norm ?? '');
    if (toMe) k -= 1;
    // "c'est papa qui a payé": the one named before "qui".
    if (tokens[k]?.norm === 'qui') k -= 1;
    const who = tokens[k];
    if (who?.kind !== 'word' || scan.roles[k] !== Role.Free) continue;
    // A capital names someone only inside the sentence: "Parking paid 5 euros" starts with one;
    // "Thomas m'a invité" names him anywhere (what was done to me, someone else did). The
    // speaker may have paid too ("…, et moi le resto").
    const inside = k > 0 && scan.tokens[k - 1]?.kind !== 'punct';
    // « Paul a payé le resto »: a given name opening the sentence names someone too.
    const named =
      /^\p{Lu}/u.test(who.raw) &&
      (inside || toMe || owed || isGivenName(who.norm)) &&
      !/^i('|$)/.test(who.norm);
    if ((isOther(who.norm) || named) && !speakerToo(scan, i + 1, to)) return true;
  }
  return false;
}

/** Where "et moi" / "and I" starts in tokens[from, to), or -1. */
function speakerAt(scan: Scan, from: number, to: number): number {
  for (let i = from; i < to - 1; i++) {
    const a = scan.tokens[i]?.norm;
    const b = scan.tokens[i + 1]?.norm ?? '';
    // « et je lui dois 20 € », "and I owe him 25": the speaker's debt, not their paying.
    if (/ (dois|owe)( |$)/.test(wordsOf(scan.tokens, i, i + 4))) continue;
    if ((a === 'et' && /^(moi|j'|je)$/.test(b)) || (a === 'and' && /^(i|me)$/.test(b))) return i + 2;
  }
  return -1;
}

/** "Paul a payé le taxi et moi le resto", "Sam paid the taxi and I paid dinner": the speaker paid too. */
const speakerToo = (scan: Scan, from: number, to: number) => speakerAt(scan, from, to) >= 0;

/**
 * Where the words of what the speaker paid begin in a segment: after « et moi » when someone else
 * paid the first thing ("Paul a payé le taxi et moi le resto, 45 €" is the speaker's restaurant).
 */
export function speakerPartStart(scan: Scan, seg: Segment): number {
  const at = speakerAt(scan, seg.start, seg.end);
  if (at < 0) return seg.start;
  for (let i = seg.start; i < at; i++) if (PAID.has(scan.tokens[i]?.norm ?? '')) return at;
  return seg.start;
}
