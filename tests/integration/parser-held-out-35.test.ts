/**
 * The tuning sets of round 35 written before their rules (tests/fixtures/README.md says each), as
 * parser-held-out-34.test.ts holds round 34's: each tuned on its 0-based even half only, the odd
 * half a held-out check read as an aggregate (never printed), held to the floors it reached.
 */
import { describe, it } from 'vitest';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on the tuning sets of round 35 written before their rules', () => {
  it('gets the v35a set right at its floors, its odd half held out', () => {
    // Fees said before their figure, plans and debts beside a thing paid, what is left to pay, a
    // dozen, deposits and tips, rough amounts and the clear ones that look rough, one expense said
    // twice or with its parts, days said every way, two-expense look-alikes. Even half (0-based): 60
    // of 71 when first scored, unseen (main at 9191101f, the set at 9ff83d86); 62 with a bill the
    // speaker still has to pay kept flagged beside a thing paid (« j'ai payé le pain 2 €, et il faut
    // payer la cantine 45 € »); 64 with a day to come kept out of money said paid in its own clause,
    // a plan's day kept in the plan and the day after « le reste » the rest's; 65 with "a 40
    // deposit", "a 5 tip" one payment and « frais de dossier 40 » the fee's figure, no file numbered;
    // 65 still with a dozen priced each and the next part of a price paid said with its day to come;
    // 67 with « douze euros et 50 » its cents and a deposit said « rendue » a refund (vanish52).
    // Whole: 114 of 142 unseen, 117, 119, 121, 125, then 127 (the odd half 54 → 55 → 55 → 56 → 60
    // → 60, an aggregate only).
    heldOutSet('v35a', { minLines: 142, minFrench: 0.6, tunedHalf: 'even-0' }, { even: 67, whole: 127 });
  });

  it('gets the v35m set right at its floors, its odd half held out', () => {
    // Money that comes in, comes back or moves, said by new voices (artists, shop owners, athletes,
    // seasonal workers, a room let, tips), each kind beside a look-alike expense. Even half
    // (0-based): 53 of 71 when first scored, unseen (main at 9191101f, the set at b31d545b); 56
    // with money sent to a relative a transfer whatever it is for but a present, a share, a debt or
    // a fee (« virement de 80 € à mon fils pour ses courses »), pocket money paid spent, a debt to
    // the speaker told of the money given paid back (« ce qu'elle me devait »), « soldé ma dette »
    // a repayment (money48); 58 with a deposit let go by its holder a refund whatever the verb
    // ("the landlord finally released my deposit, 900") and one named by a common noun paying the
    // speaker for a thing income ("the farm paid me for the week of apple picking"); 59 with "passed
    // me" money given to the speaker; 58 once the lead took pocket money paid out again (it cost a
    // never-tuned line). Whole: 109 of 142 unseen, 113, 115, 116, then 115 (the odd half 56 → 57
    // → 57 → 57, an aggregate only).
    // Even 63, whole 121 with the money59 rules ("Decathlon gave me 40 back" a refund: even +1; « on
    // doit encore … au charpentier » a debt, odd) and the rounds' gains since 58/115, not recorded
    // here.
    heldOutSet('v35m', { minLines: 142, minFrench: 0.6, tunedHalf: 'even-0' }, { even: 63, whole: 121 });
  });

  it('gets the v35k set right at its floors, its odd half held out', () => {
    // What people name in their own words: the nail salon and the beautician, the fire brigade, the
    // artist's studio and art supplies, the gîte, the running camp and sports gear, bank fees,
    // crafts, pets, the garden, the boat, instruments, religious and family events, a trade paid
    // « pour » an event, English on a French phone. Even half (0-based): 59 of 75 when first scored,
    // unseen (main at 9191101f, the set at 7cf70718); 62 with a food's seeds or plants the garden's
    // (« des graines de radis », "tomato plants") and English paints counted an artist's ("oil
    // paints"); 66 with a race said in a word ("marathon", « le trail »), "nail bar" and "garden
    // centre" shops; 67 with pottery a craft ("a pottery class", « un atelier poterie »); 66 once the
    // lead took « trail » out (as a word it made « mon sponsor m'a viré 500 € pour la saison de
    // trail », v35m's income, a payback). Whole: 117 of 150 unseen, 121, 125, 127, then 126 (the odd
    // half 58 → 59 → 59 → 60 → 60, an aggregate only).
    heldOutSet('v35k', { minLines: 150, minFrench: 0.57, tunedHalf: 'even-0' }, { even: 66, whole: 126 });
  });
});
