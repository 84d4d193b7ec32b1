import type { Purpose } from './movement-purposes.ts';
import type { MovementFrame } from './movement-roles.ts';
import type { MovementKind } from './types.ts';

/*
 * The kind of money moved that a frame of movement-roles.ts says (who gave to whom, who owed whom,
 * what for), in one place: movements.ts and movement-of-mark.ts ask it.
 */

/** What the money was for says the kind: earned is income, a purchase undone a refund, one's own money kept a transfer. */
const OF_PURPOSE: Record<Purpose, MovementKind> = {
  earned: 'income',
  undone: 'refund',
  kept: 'transfer',
  owedBack: 'repayment',
  borrowed: 'loan',
};

/**
 * The kind of movement the frame says, in one place. What the money was for, when said
 * (movement-purposes.ts), says it first. Money given by who owed it to whom it was
 * owed settles a debt: a repayment (a lender paid back by the speaker is the speaker's expense,
 * null; a body giving back, a refund); given by the one owed, and owed now, it was lent (« j'ai
 * payé la part de Hugo, il me doit ça »). Undefined when the frame decides nothing.
 */
export function kindOfFrame({
  giving,
  debt,
  ownShare,
  purpose,
}: MovementFrame): MovementKind | null | undefined {
  if (purpose) return OF_PURPOSE[purpose];
  if (!giving) return undefined;
  // "my share of the cabin, 140 euros, sent to Tom": the speaker's part of a thing, paid: spent.
  if (ownShare && giving.giver === 'speaker' && giving.receiver === 'person' && !debt) return null;
  const receiver = giving.receiver;
  if (debt && (debt.debtor === 'speaker') !== (giving.giver === 'speaker'))
    return debt.now && giving.giver === 'speaker' ? 'loan' : undefined;
  // With no debt said, only the speaker giving back says one (« je viens de rembourser mon frangin »);
  // money given back to the speaker is read by the words that say it (a shop refunds, a person repays).
  if (!debt && !(giving.back && (giving.giver === 'speaker' || giving.toNoteTaker))) return undefined;
  if (giving.giver === 'speaker') {
    if (receiver === 'body') return null;
    return receiver === 'person' || debt ? 'repayment' : undefined;
  }
  // « Sacha m'a rendu les 40 € que je lui avais avancés »: whom the speaker lent to is a person,
  // whatever shop bears the name.
  return giving.giver === 'body' && !debt?.lent ? 'refund' : 'repayment';
}
