import { PhraseTable } from './phrase-table.ts';
import type { Scan } from './scan-types.ts';
import { live } from './whole-and-parts.ts';

/* A thing bought at half price, its full price said: « à moitié prix, il était à 40 » is 20 €. */

const HALF_PRICE = new PhraseTable<true>(
  ['moitie prix', 'half price', 'half off', 'demi tarif', 'half the price'].map((p) => [p, true]),
);

/**
 * Words that say the price after them is the usual one, not the one paid: « normalement 14 »,
 * "normally 14", "full price 60". « il était à 40 », "was 40" say so only after half price was
 * said (« à moitié prix, il était à 40 »); first, "the lamp was 30, half price" is what was paid.
 */
const USUAL = new PhraseTable<boolean>([
  ...['normalement', "d'habitude", 'prix normal', 'au lieu de', 'prix de base', 'de base'].map(
    (p): [string, boolean] => [p, true],
  ),
  ...['normally', 'usually', 'full price', 'originally', 'instead of'].map((p): [string, boolean] => [
    p,
    true,
  ]),
  ...['il etait a', 'elle etait a', 'etait a', 'was', 'it was'].map((p): [string, boolean] => [p, false]),
]);

/**
 * Halves the one amount said as the usual price in a sentence that says half price. A price said
 * plainly stays: « 270 € avec la deuxième à moitié prix » is what was paid for both.
 */
export function halveUsualPrice(scan: Scan): void {
  const { tokens } = scan;
  const half = tokens.findIndex((_, i) => HALF_PRICE.match(tokens, i) !== null);
  if (half < 0) return;
  const said = scan.amounts.filter((a) => live(a));
  if (said.length !== 1) return;
  const [usual] = said;
  if (usual?.tipBasisPoints !== 0) return;
  for (let k = Math.max(0, usual.start - 3); k < usual.start; k++) {
    const m = USUAL.match(tokens, k);
    if (m && m.end === usual.start && (m.value || half < k)) {
      usual.tipBasisPoints = -5000;
      return;
    }
  }
}
