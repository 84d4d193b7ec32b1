import { isGivenName } from './given-names.ts';
import { ELDERS, isPersonWord } from './movement-parties.ts';
import type { Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';

const TREATED = /^(paye|payee|payes|offert|offerte|offerts|invite|invitee|invites)$/;
const THE = /^(le|la|les|l'|un|une|mon|ma|mes|au|aux|a)$/;
/** Work, a bill or a thing sold, paid to the speaker: pay received, no treat. */
const EARNED =
  /^(heures?|factures?|devis|prestations?|missions?|travail|boulot|salaire|acheteur|acheteuse|clients?|cliente)$/;

/**
 * « Marie m'a payé le resto », « ma collègue m'a offert le café », « Thomas m'a invité au ciné »:
 * someone paid for the speaker's meal or outing, a treat: no money came in, and the speaker spent
 * none (not-paid.ts flags it, as "my boss paid for lunch"). Money itself given (« m'a offert 50 € »,
 * « un billet de 20 € »), work or a bill paid (« les heures de samedi », « ma facture ») and a buyer
 * paying (« l'acheteur m'a payé la poussette ») stay income.
 */
export function treated(scan: Scan, seg: Segment, isKeyword: (i: number) => boolean): boolean {
  const w = (i: number) => scan.tokens[i]?.norm ?? '';
  for (let i = seg.start; i < seg.end; i++) {
    if (w(i) !== "m'" || !/^(a|ont)$/.test(w(i + 1)) || !TREATED.test(w(i + 2)) || !THE.test(w(i + 3)))
      continue;
    // Someone of one's own or a boss (« le club m'a payé l'arbitrage » pays work).
    const who = scan.tokens[i - 1];
    if (
      !who ||
      !(
        isPersonWord(who.norm) ||
        ELDERS.has(who.norm) ||
        /^(patron|chef)$/.test(who.norm) ||
        isGivenName(who.norm)
      )
    )
      return false;
    // « m'a offert 50 € », « un billet de 20 € »: money itself given.
    if (scan.amounts.some((a) => a.start === i + 3 || (w(a.start - 1) === 'de' && a.start <= i + 6)))
      return false;
    const thing = [i + 4, i + 5, i + 6].find(isKeyword);
    if (thing === undefined) return false;
    for (let j = seg.start; j <= thing; j++) if (EARNED.test(w(j))) return false;
    return true;
  }
  return false;
}

/**
 * "bought my brother's present", "I bought my mum flowers": the speaker bought, spent; "bought my"
 * is money in only with someone else buying (« Tom bought my old bike for 80 », a sale).
 */
export function boughtByMe(scan: Scan, seg: Segment): boolean {
  const w = (i: number) => scan.tokens[i]?.norm ?? '';
  for (let i = seg.start; i < seg.end; i++)
    if (
      w(i) === 'bought' &&
      w(i + 1) === 'my' &&
      (i === seg.start || /^(i|we|just|also|then|and)$/.test(w(i - 1)))
    )
      return true;
  return false;
}
