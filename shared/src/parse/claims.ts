import type { Clause } from './clauses.ts';
import { determinersAnd } from './determiners.ts';
import type { Scan } from './scan-types.ts';
import { word } from './scan-word.ts';
import type { Segment } from './segments.ts';
import { wordSet } from './word-sets.ts';

/*
 * Money claimed back (issue 29, round 16): a claim sent to an insurer, a shop, a carrier or an
 * employer (« j'ai réclamé 45 € à la SNCF », "claimed 200 euros on my home insurance", « j'ai
 * envoyé ma note de frais de 85 € », "submitted an expense claim", « une demande de remboursement »)
 * is money to come, not spent nor received: kept, flagged `not_paid`. Once paid (« la SNCF m'a
 * remboursé les 45 € que j'avais réclamés », "the insurance paid my claim", "my employer paid back
 * my expense claim") it is a refund.
 */

/** A claim said by itself: « réclamé », « réclamation », "claimed", "a claim" (not "I'll claim it back", an aside). */
const CLAIMED = wordSet('reclamee|reclames|reclamees|reclamation|reclamations|claimed');
/** « réclame » is a special offer too (« en réclame »): claimed only after its auxiliary. */
const AUXILIARIES = wordSet('ai|a|avons|avez|ont|avais|avait|as');
const CLAIM_NOUN = wordSet('claim|claims');
const CLAIM_DETERMINERS = determinersAnd('expense|insurance');
/** What is claimed by sending it: « note de frais », "expenses", « demande de remboursement ». */
const SENT = wordSet(
  'envoye|envoyee|envoyees|soumis|soumise|depose|deposee|transmis|transmise|' +
    'submitted|sent|filed|lodged|handed|demande|demandee|asked|requested',
);
const SENT_THINGS = wordSet('note|notes|expenses|remboursement|refund|reimbursement');
/** Asked back: « j'ai demandé à être remboursé », "asked for my 20 euros back". */
const ASKED = wordSet('demande|demandee|asked|requested');
const BACK = wordSet('back|rembourse|remboursee|rembourser|refunded|refund|reimbursed');
/** A refund or a deposit that has not come: "hasn't arrived", « toujours en attente », "still pending". */
const REFUNDS = wordSet('refund|remboursement|reimbursement|deposit|caution');
const PENDING = wordSet('pending|attente|outstanding');
const ARRIVED = wordSet('arrive|arrivee|arrived|come|came|through|recu|recue|received');
const NOT_YET = wordSet("pas|not|hasn't|hasnt|haven't|havent|isn't|isnt|jamais|never|yet");
/** Money come back: the claim was paid. */
const RECEIVED = wordSet(
  'rembourse|remboursee|rembourses|remboursees|recu|recue|recus|verse|versee|vire|viree|paid|refunded|' +
    'reimbursed|received|got|repaid|credited|credite|settled',
);
/** Not someone who pays: the speaker, or a word that only links (« et », "and then"). */
const NOT_A_PAYER = wordSet("i|we|je|j'|on|nous|m'|and|et|then|puis|so|donc|alors|just|also|aussi");

/** The words without one of which no reading here holds: most segments say none. */
export const CLAIM_WORDS: ReadonlySet<string> = new Set([
  ...CLAIMED,
  'reclame',
  ...CLAIM_NOUN,
  ...SENT_THINGS,
  ...ASKED,
  ...REFUNDS,
]);

/**
 * Where a claim asked back ends (« demandé à être remboursé », "asked for my 20 euros back"), or -1.
 * "asked for 30 cash back at Lidl" asks a till for one's own cash: no claim.
 */
function askedBack(scan: Scan, i: number, to: number): number {
  if (!ASKED.has(word(scan, i))) return -1;
  for (let k = i + 1; k < Math.min(to, i + 7); k++)
    if (BACK.has(word(scan, k))) return word(scan, k - 1) === 'cash' ? -1 : k + 1;
  return -1;
}

const KEEPS = wordSet('has|have|holds|holding|keeps|keeping|garde|gardent|a|ont');
const STILL = wordSet('still|toujours|encore');
const keptStill = (scan: Scan, i: number) =>
  KEEPS.has(word(scan, i)) &&
  (STILL.has(word(scan, i - 1)) || (/^(a|ont)$/.test(word(scan, i)) && STILL.has(word(scan, i + 1))));

/** "my refund hasn't arrived", « le remboursement … est toujours en attente », "still pending". */
function refundPending(scan: Scan, seg: Segment): boolean {
  let refund = false;
  let pending = false;
  for (let i = seg.start; i < seg.end; i++) {
    const w = word(scan, i);
    // The refund named before its money (« le remboursement de 55 € »), not one said of a bill
    // paid (« le dentiste 60 €, remboursement en attente »: the bill is spent, reimbursable).
    refund ||=
      REFUNDS.has(w) && seg.amount !== null && (i < seg.amount.start || /^(deposit|caution)$/.test(w));
    // "the landlord still has my deposit", « l'agence a toujours ma caution »: kept, not given back.
    pending ||= keptStill(scan, i);
    pending ||=
      PENDING.has(w) ||
      (ARRIVED.has(w) && (NOT_YET.has(word(scan, i - 1)) || NOT_YET.has(word(scan, i - 2))));
  }
  return refund && pending;
}

function claimAt(scan: Scan, i: number): boolean {
  const w = word(scan, i);
  if (CLAIMED.has(w) || (w === 'reclame' && AUXILIARIES.has(word(scan, i - 1)))) return true;
  if (CLAIM_NOUN.has(w)) return CLAIM_DETERMINERS.has(word(scan, i - 1));
  if (!SENT_THINGS.has(w)) return false;
  // « j'ai envoyé ma note de frais », "submitted my expenses", « demandé le remboursement ».
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (SENT.has(word(scan, k))) return true;
  return false;
}

const received = (scan: Scan, from: number, to: number) => {
  for (let i = from; i < to; i++) if (RECEIVED.has(word(scan, i))) return true;
  return false;
};

/** What a claim costs the speaker: « la franchise », "the excess", « les frais de dossier ». */
const CLAIM_COSTS = wordSet('franchise|excess|frais|fee|fees');

/**
 * Whether the segment claims its money back and says none came yet; the excess or the fee of a
 * claim is spent (« franchise de 300 € sur la réclamation », "insurance claim excess, 150 euros").
 */
export function claimNotBack(scan: Scan, seg: Segment): boolean {
  let claim = false;
  // The words of a claim asked back (« à être remboursé ») say no money came.
  let asked: Clause | null = null;
  for (let i = seg.start; i < seg.end; i++) {
    // « note de frais » is the claim itself.
    if (CLAIM_COSTS.has(word(scan, i)) && !/^notes?$/.test(word(scan, i - 2))) return false;
    const back: number = asked ? -1 : askedBack(scan, i, seg.end);
    if (back > 0) asked = [i, back];
    claim ||= back > 0 || claimAt(scan, i);
  }
  if (speakerPays(scan, seg)) return false;
  if (refundPending(scan, seg)) return true;
  if (!claim) return false;
  return asked
    ? !received(scan, seg.start, asked[0]) && !received(scan, asked[1], seg.end)
    : !received(scan, seg.start, seg.end);
}

/** "Claimed the 20 % discount and paid 40": money the speaker paid beside a claim is spent. */
const speakerPays = (scan: Scan, seg: Segment) =>
  scan.marks.some(
    (m) =>
      m.mark === 'verb' &&
      m.start >= seg.start &&
      m.start < seg.end &&
      /^(paid|spent|paye|payee|depense)$/.test(word(scan, m.end - 1)),
  );

/**
 * "the insurance paid my claim", "my employer paid back my 90 euro expense claim", "work paid me
 * back 40 euros of expenses": a claim or expenses paid back by someone else than the speaker.
 */
export function claimPaidBack(scan: Scan, clause: Clause): boolean {
  let claim = false;
  for (let i = clause[0]; i < clause[1] && !claim; i++) {
    const w = word(scan, i);
    claim =
      CLAIMED.has(w) ||
      w === 'reclame' ||
      CLAIM_NOUN.has(w) ||
      w === 'expenses' ||
      (w === 'note' && word(scan, i + 2) === 'frais');
  }
  if (!claim) return false;
  for (let i = clause[0] + 1; i < clause[1]; i++) {
    if (!RECEIVED.has(word(scan, i))) continue;
    const k = /^(a|ont|has|have)$/.test(word(scan, i - 1)) ? i - 2 : i - 1;
    const who = scan.tokens[k];
    if (who?.kind === 'word' && !NOT_A_PAYER.has(who.norm)) return true;
  }
  return false;
}
