import type { Clause } from './clauses.ts';
import { DETERMINERS, SPEAKERS_OWN } from './determiners.ts';
import { isGivenName } from './given-names.ts';
import { agreeing, SPEAKER } from './movement-debts.ts';
import { namesDebt, PAYING } from './movement-frames.ts';
import { isPersonWord, saidBefore } from './movement-parties.ts';
import type { Scan } from './scan-types.ts';
import { word } from './scan-word.ts';
import type { Segment } from './segments.ts';
import { wordsOf } from './tokenize.ts';
import { wordSet } from './word-sets.ts';

/*
 * What the money was for (issue 29, round 13), beside movement-frames.ts (who owed whom is
 * movement-roles.ts's frame): the fee of moving money, money given for one's own things, money
 * that « est rentré », got from a person of one's own or for doing something, and money spent beside
 * a movement in a bare figure.
 */

// "charged me": the verb of a fee taken (cats36: "the bank charged me 3 euros for the withdrawal").
const FEES = wordSet('frais|fee|fees|charge|charges|charged|commission|commissions|agios');
/** "the bank took 12 in fees", "late fee, 10": a fee named beside a bare figure makes it a price paid. */
export const feeSaid = (scan: Scan, seg: Segment) => saidBefore(scan, [seg.start, seg.end], seg.end, FEES);
/**
 * « frais de virement », "transfer fee", "withdrawal charge", « commission … pour le retrait »: the
 * fee of moving money is spent; a fee word before the movement word in its clause, or right after it.
 */
export function feeOfMovement(scan: Scan, clause: Clause, at: number, end: number): boolean {
  if (FEES.has(word(scan, end)) || FEES.has(word(scan, end + 1))) return true;
  // « la banque m'a facturé 3 € pour le retrait »: charged, the verb (no bill: accented).
  for (let i = clause[0]; i < at; i++)
    if (FEES.has(word(scan, i)) || /^facturé/i.test(scan.tokens[i]?.raw ?? '')) return true;
  return false;
}

/** Fees said after their amount, and what sending a parcel costs: « 3 € de frais », "5 euros postage". */
const FEES_AFTER: ReadonlySet<string> = new Set([...FEES, 'port', 'postage', 'shipping']);
const FEE_LINKS = wordSet("de|d'|in|of|en");
/**
 * « retrait au distributeur en Espagne, 3 € de frais », « j'ai renvoyé le colis, 8 € de frais de
 * port »: the amount itself is a fee, spent on moving money or sending a thing back; « 8 € de port »
 * needs its link ("port" alone is a harbour).
 */
export function amountIsFee(scan: Scan, amountEnd: number): boolean {
  const linked = FEE_LINKS.has(word(scan, amountEnd));
  const fee = word(scan, linked ? amountEnd + 1 : amountEnd);
  return FEES_AFTER.has(fee) && (linked || fee !== 'port');
}

const SAVINGS = wordSet('livret|livrets|epargne|pea|pel|cel|savings|isa');
const STORES: ReadonlySet<string> = new Set([...SAVINGS, 'compte', 'account']);
const ONTO = wordSet('sur|vers|into|to|onto|on|in');
/** « sur mon livret », "into my savings account": money put on an account, still the speaker's. */
export function ontoStore(scan: Scan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    // "to the joint account": the account's kind said between.
    const joint = /^(joint|commun)$/.test(word(scan, i + 1)) || word(scan, i - 1) === 'joint';
    const onto =
      ONTO.has(word(scan, i - 1)) || ONTO.has(word(scan, i - 2)) || (joint && ONTO.has(word(scan, i - 3)));
    if (!STORES.has(word(scan, i)) || !onto) continue;
    // « sur le compte de la cantine » tops up a service: only an account of one's own, a joint one, or savings.
    if (SAVINGS.has(word(scan, i)) || SPEAKERS_OWN.has(word(scan, i - 1)) || joint) return true;
  }
  return false;
}

/**
 * « viré 500 € à l'agence pour les frais de dossier », "sent 40 euros for the fees": money that pays
 * fees; put on an account of one's own for them (« sur mon livret pour les frais ») it is still kept.
 */
export function forFees(scan: Scan, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    if (STORES.has(word(scan, i))) return false;
    if (word(scan, i) !== 'pour' && word(scan, i) !== 'for') continue;
    const next = DETERMINERS.has(word(scan, i + 1)) ? i + 2 : i + 1;
    if (FEES.has(word(scan, next))) return true;
  }
  return false;
}

/** « pour mes livres », "for my train tickets": money given for the speaker's own things is a present. */
export const forOwnThings = (scan: Scan, from: number, to: number) => {
  for (let i = from; i < to - 1; i++)
    if ((word(scan, i) === 'pour' || word(scan, i) === 'for') && SPEAKERS_OWN.has(word(scan, i + 1)))
      return true;
  return false;
};

const CAME_IN_WORDS = agreeing('rentre|tombe|arrive');
/** English says money came in with no auxiliary: "the payment landed", "the allowance arrived", "sick pay went in". */
const CAME_IN_EN = wordSet('landed|arrived|got|went');
/**
 * Money nouns that « rentrer », « tomber », « arriver » say came in: « les loyers sont rentrés »,
 * « le virement est arrivé », « mon solde de tout compte est tombé », "the redundancy payment
 * landed" (each said with or without its plural's s).
 */
const MONEY_NOUNS = wordSet(
  'loyer|salaire|paie|paye|virement|argent|sou|fric|thune|paiement|versement|cheque|pension|retraite|bourse|' +
    'alloc|allocation|aide|prime|honoraire|solde|indemnite|payment|allowance|benefit|severance|redundancy',
);
/**
 * French benefits by their acronyms, « l'ARE est tombée », « le RSA est arrivé »: with the French
 * verbs only, as "are" is English's verb ("my shoes are arrived, 60 euros" is no benefit).
 */
const BENEFITS_FR = wordSet('are|rsa|aah|apl');
export const CAME_IN_FRAME_WORDS: ReadonlySet<string> = new Set([...CAME_IN_WORDS, ...CAME_IN_EN]);
/**
 * « les loyers de mon studio sont rentrés », « le virement est bien arrivé »: money that « est
 * rentré », « tombé », « arrivé » came in, income; a person or a thing that came back (« le chat est
 * rentré du véto », « le colis est arrivé ») is not.
 */
export function moneyCameIn(scan: Scan, clause: Clause): boolean {
  for (let i = clause[0]; i < clause[1]; i++) {
    let k = i;
    if (word(scan, i) === 'went' && word(scan, i + 1) !== 'in') continue;
    if (!CAME_IN_EN.has(word(scan, i))) {
      if (!CAME_IN_WORDS.has(word(scan, i))) continue;
      k = i - 1;
      if (word(scan, k) === 'bien' || word(scan, k) === 'enfin') k--;
      if (word(scan, k) !== 'est' && word(scan, k) !== 'sont') continue;
    }
    // "got my severance": the money noun after "got"; "the allowance landed": before the verb.
    const got = word(scan, i) === 'got';
    const english = k === i;
    for (let j = got ? i + 1 : Math.max(clause[0], k - 5); j < (got ? i + 3 : k); j++)
      // « la paie est tombée, j'ai fait le plein, 70 € »: what the speaker did after it spent the
      // amount; "the loan payment landed": a debt's instalment came out.
      if (
        MONEY_NOUNS.has(word(scan, j).replace(/s$/, '')) ||
        // "my pay landed": pay as a noun after its owner ("a pay and display ticket" is none).
        (!got && word(scan, j) === 'pay' && /^(my|his|her|our|the|sick)$/.test(word(scan, j - 1))) ||
        (!english && BENEFITS_FR.has(word(scan, j)))
      )
        return (
          !scan.tokens.slice(i, clause[1]).some((t) => SPEAKER.has(t.norm)) && !namesDebt(scan, clause[0], i)
        );
  }
  return false;
}

/**
 * "and spent 6 on coffee", « et acheté du pain pour 2 »: beside money moved, a bare figure after a
 * verb of buying in its own segment, no thing counted right after it, is the money spent.
 */
export function spentBare(
  scan: Scan,
  seg: Segment,
  amount: NonNullable<Segment['amount']>,
  isKeyword: (i: number) => boolean,
): boolean {
  if (isKeyword(amount.end)) return false;
  return scan.marks.some((m) => m.mark === 'verb' && m.start >= seg.start && m.end <= amount.start);
}

const GOT = wordSet('eu|got|received|recu|recue|touche');
const FROM_WHOM = wordSet('de|from|par|off');
/**
 * « j'ai eu 50 € de ma grand-mère », "got 30 euros from my uncle": money got from a person of
 * one's own is given; for a thing named (« … pour le resto ») it pays back.
 */
export function gotFromPerson(scan: Scan, amount: NonNullable<Segment['amount']>): boolean {
  if (!GOT.has(word(scan, amount.start - 1))) return false;
  let i = amount.end;
  if (!FROM_WHOM.has(word(scan, i))) return false;
  i++;
  if (word(scan, i) === 'la' && word(scan, i + 1) === 'part' && word(scan, i + 2) === 'de') i += 3;
  if (!DETERMINERS.has(word(scan, i))) return false;
  // « grand-mère » is two words: the person word is the first or the second.
  return PAYING.has(word(scan, i + 1)) || isPersonWord(word(scan, i + 1)) || isPersonWord(word(scan, i + 2));
}

/** "Got 25 euros back on my phone bill": money back on a bill or a purchase is a refund. */
export const gotBackOn = (scan: Scan, amount: NonNullable<Segment['amount']>) =>
  word(scan, amount.end) === 'back' &&
  word(scan, amount.end + 1) === 'on' &&
  GOT.has(word(scan, amount.start - 1));

const EARNED = wordSet('got|earned|made|get|earn|make');
/** Things whose name ends in -ing: money got "for" them is no pay. */
const ING_THINGS = wordSet(
  'parking|shopping|clothing|wedding|housing|heating|bedding|building|camping|skiing|bowling|boarding|' +
    'pudding|dressing|stuffing|icing|frosting|filling|topping|something|nothing|anything|everything|thing|' +
    'evening|morning|ceiling|king|ring|spring|string|wing|sibling|duckling|dumpling|shipping',
);
/**
 * "Got 35 euros for babysitting", "made 50 for walking the dogs": money got for doing something is
 * pay; "got 40 euros for my old phone", for a thing of one's own, a sale (or a present).
 */
export function earnedForDoing(scan: Scan, amount: NonNullable<Segment['amount']>): boolean {
  if (scan.lang !== 'en') return false;
  // "made 260 at my market stall", "earned 40 from the car boot sale": takings where one sold.
  if (/^(made|earned)$/.test(word(scan, amount.start - 1)) && /^(at|from)$/.test(word(scan, amount.end)))
    return true;
  // "got 85 from the bakery for the weekend shift": who paid gave it for the speaker's work.
  if (forWork(scan, amount.end) && [1, 2, 3].some((k) => EARNED.has(word(scan, amount.start - k))))
    return true;
  // "made 60 euros babysitting", "45 euros dog walking": the doing right after the money, "for" left out.
  const by = word(scan, amount.end) === 'for' ? 1 : 0;
  const doing = (w: string) => /ing$/.test(w) && !ING_THINGS.has(w);
  const next = word(scan, amount.end + by);
  if (by ? next !== 'my' && !doing(next) : !doing(next) && !doing(word(scan, amount.end + 1))) return false;
  for (let i = Math.max(0, amount.start - 3); i < amount.start; i++)
    if (EARNED.has(word(scan, i))) return true;
  return false;
}

/** Work done, as a noun: money got "for" it was earned. */
const WORK = wordSet('shift|shifts|gig|gigs|overtime|job|jobs|session|sessions');
const forWork = (scan: Scan, from: number) => {
  // A currency's word, then only who paid or where ("from the bakery", "at the pub"): "20 euros of
  // fuel for the job" names a thing bought.
  const at = /^(for|from|at)$/.test(word(scan, from)) ? from : from + 1;
  if (!/^(for|from|at)$/.test(word(scan, at))) return false;
  for (let i = at; i < Math.min(scan.tokens.length, at + 6); i++) {
    if (scan.tokens[i]?.kind === 'punct') return false;
    if (word(scan, i) !== 'for') continue;
    for (let j = i + 1; j < Math.min(scan.tokens.length, i + 5); j++)
      if (WORK.has(word(scan, j))) return true;
  }
  return false;
};

/** A money-sending noun: a transfer, or a payment app's name said as one. */
const SENDING = /^(un |a )?(virement|transfer|lydia|paylib|wero|(revolut|paypal) from)$/;
/** A person, or who pays for work or a let (« du locataire », "from my client"). */
const sender = (w: string) => isGivenName(w) || isPersonWord(w) || PAYING.has(w);
/**
 * « Paylib de Noé », « un Wero de 25 € de ma belle-sœur », "a transfer of 200 from my dad": money
 * sent, then « de », "from" and a person before any « à », "to" or what for: its sender, so the
 * money came to the speaker (« virement de 50 € de mon compte » names no person). The person is a
 * given name (lexicon-given-names.ts), a word for one or a payer, not any capital: "a transfer
 * from Monzo", « virement de Boursorama » name one's own bank.
 */
export function sentFrom(scan: Scan, at: number, end: number, clause: Clause): boolean {
  if (!SENDING.test(wordsOf(scan.tokens, at, end))) return false;
  // "Revolut from Ollie": the mark ends on its "from".
  for (let i = end - 1; i < Math.min(clause[1] - 1, end + 5); i++) {
    if (/^(à|to|pour|for|sur|on|vers)$/i.test(scan.tokens[i]?.raw ?? '')) return false;
    if (!/^(de|d'|du|from)$/.test(word(scan, i))) continue;
    const who = word(scan, i + 1);
    if (sender(who) || (DETERMINERS.has(who) && sender(word(scan, i + 2)))) return true;
  }
  return false;
}

/** Bodies whose money is an allowance or a benefit: paid in, it is income. */
export const BENEFIT_BODIES = wordSet('caf|msa|carsat|dwp|chomage|unemployment');
/** Offices of benefits named in two words, which no lexicon holds as a payer. */
const PAYER_NAMES = /^(france travail|pole emploi)/;
/** Who gives back what was spent, as its agent: « l'assureur », the state's « Assurance maladie », « la Sécu ». */
const GIVES_BACK = /^(assureurs?|insurers?|secu|cpam|ameli|assurance maladie)( |$)/;
/** What money said "from" someone was: their pay or a benefit, given back, a person's, or one of one's own's. */
export type MoneyFrom = 'earned' | 'undone' | 'person' | 'own' | null;

/**
 * « 150 € de la CAF », « 650 € du locataire du studio », « 430 € de l'assureur pour la fuite »,
 * « 200 € de papa », "30 euros from Jake for pizza": money said then whose it was, the amount
 * opening its clause or after no verb of buying. A payer's (a benefit body, an employer, a temp
 * agency, a client, a tenant) is earned; an insurer's agent's given back; a person of one's own's is
 * told by what it was for ('own'), a named person's too ('person'). A shop or a thing after « de »
 * (« 50 € de courses », « 20 € de Monoprix », « 30 € du plombier ») says nothing, and nor does the
 * insurance itself (« 40 € de la mutuelle » may be its monthly fee).
 */
export function moneyFrom(
  scan: Scan,
  amount: NonNullable<Segment['amount']>,
  clause: Clause,
  isKeyword: (i: number) => boolean,
): MoneyFrom {
  let i = amount.end;
  // "got 45 quid off Dave": British "off" someone after getting is "from" ("got 20 off the shoes" a discount).
  const off =
    word(scan, i) === 'off' && GOT.has(word(scan, amount.start - 1)) && isGivenName(word(scan, i + 1));
  if (!off && !/^(de|d'|du|des|from)$/.test(word(scan, i))) return null;
  i++;
  const article = /^(la|le|l'|the)$/.test(word(scan, i));
  if (article) i++;
  if (i >= clause[1]) return null;
  const w = word(scan, i);
  if (BENEFIT_BODIES.has(w) || PAYER_NAMES.test(wordsOf(scan.tokens, i, i + 2))) return 'earned';
  const t = scan.tokens[i];
  // « 17,50 € de la Sécu »: the state's insurer, written with a capital, is no person.
  const backs = GIVES_BACK.test(wordsOf(scan.tokens, i, i + 2));
  if (t?.kind === 'word' && /^\p{Lu}/u.test(t.raw) && !isKeyword(i) && !backs) return 'person';
  // A verb of buying before the amount (« j'ai payé les 50 € de ma sœur ») makes it a price.
  if (scan.marks.some((m) => m.mark === 'verb' && m.start >= clause[0] && m.start < amount.start))
    return null;
  if (!article && DETERMINERS.has(w)) i++;
  const phrase = wordsOf(scan.tokens, i, Math.min(clause[1], i + 3));
  if (phrase.split(' ').some((w) => PAYING.has(w))) return 'earned';
  if (GIVES_BACK.test(phrase)) return 'undone';
  return isPersonWord(word(scan, i)) || word(scan, i) === 'ex' ? 'own' : null;
}
