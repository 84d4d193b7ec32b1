import type { Clause } from './clauses.ts';
import type { Scan } from './scan-types.ts';
import { wordsOf } from './tokenize.ts';
import type { MovementKind } from './types.ts';

/**
 * A verb of paying a balance off ("paid off", "cleared", "settled", « soldé », « réglé », « payé »,
 * « remboursé »), then only what leads to its object ("off 200 of my", "the last of my credit", « le
 * relevé de la », « le solde de ma », « la carte » before a brand), then a card: a card word or
 * brand; « carte » alone, of credit, or « bancaire » (« la carte grise », « la carte Navigo » are
 * things bought, and so is "the card machine": "card" the modifier of a trader's device). A word of
 * any other kind between stops it: a person's card ("my sister's"), a card paid with ("on the Visa",
 * « avec ma carte »); so does « de » after the card (« la carte bancaire de Léa », « … de crédit de
 * ma mère »): whose it is.
 */
const PAID_OFF =
  / (paid|pay|cleared|settled|(sold|regl|pay|rembours)ee?)( (off|of|the|last|rest|credit|l[ae]|m[ay]|mon|releve|solde|balance|carte|de|[\d,.]+|€|euros?))* (card(?! (machine|reader|terminal))|amex|american express|mastercard|visa|carte(?! (?!de credit|bancaire|ce|hier)[a-z])(?!( de credit| bancaire)? d(?!e credit)))/;
/** What a card charges: paying it is spending. */
const CHARGES = / (intere(st|ts)|fees?) /;

/**
 * "paid off the Visa", "cleared 200 off the Amex", « j'ai soldé la carte », « payé le relevé de la
 * carte de crédit »: the speaker paying their own card's balance moves money between their own
 * accounts (the card's purchases were the expenses: tests/fixtures/README.md's « Label
 * conventions »), a transfer; its interest or a fee paid is spent (null); undefined when no card is
 * paid off.
 */
export function ownCardPaidOff(scan: Scan, [from, to]: Clause): MovementKind | null | undefined {
  const said = ` ${wordsOf(scan.tokens, from, to)} `;
  // "paid the visa, 60 euros": the travel document is written lower-case, the card « Visa ».
  if (!PAID_OFF.test(said) || scan.tokens.some((t) => t.raw === 'visa')) return undefined;
  return CHARGES.test(said) ? null : 'transfer';
}
