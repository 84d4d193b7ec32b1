/**
 * The tuning sets of round 34 written before their rules (tests/fixtures/README.md says each), as
 * parser-held-out-33.test.ts holds round 33's: each tuned on its 0-based even half only, the odd
 * half a held-out check read as an aggregate (never printed), held to the floors it reached.
 */
import { describe, it } from 'vitest';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on the tuning sets of round 34 written before their rules', () => {
  it('gets the v34k set right at its floors, its odd half held out', () => {
    // What a thing is for: food bought to cook vs the same food eaten out, drinks at a bar vs
    // bottles from a shop, the bakery, takeaway and delivery, coffee beans vs a coffee drunk,
    // kitchen things named by a food, hobby vs home vs worn things, tickets for an outing vs a trip,
    // a car's things vs a toy car, English on a French phone. Even half (0-based): 58 of 73 when
    // first scored, unseen (main at 0cd05836, the set at b0791ca5); 71 with food « à emporter », "to
    // take away" a meal out (« un poulet à emporter »), a dish frozen or canned food to cook in
    // English too ("a frozen pizza"), an English compound ending on a place that serves or cares
    // that place ("the hotel bar", "the airport pharmacy"), a drink counted by its crate or its
    // case bought to drink at home ("a crate of beer", « un cubi de rouge »), a vehicle steered from
    // afar a toy (« une voiture télécommandée »), a garlic press and « un épluche-légumes » tools.
    // Whole: 122 of 146 unseen, 135 after (the odd half 64 → 64, an aggregate only). Round 35: 72
    // and 136 on main at 9191101f, 73 and 137 with English paints counted an artist's
    // ("watercolour paints", category-kinds-said.ts; the odd half still 64).
    heldOutSet('v34k', { minLines: 146, minFrench: 0.57, tunedHalf: 'even-0' }, { even: 73, whole: 137 });
  });

  it('gets the v34m set right at its floors, its odd half held out', () => {
    // Income said by its source, refunds said by the shop's verb, paybacks said by the giver's
    // verb, two movements or a movement and an expense in one note, debts to several people or
    // trades, treats in a list, and their look-alike expenses. Even half (0-based): 58 of 70 when
    // first scored, unseen (main at 0cd05836, the set at 321bb407; 59 with the Bristol hotel
    // relabelled to pounds); 63 with a cheque « de » a person received and one named by a title
    // (« chèque de M. Bernard pour la location du garage ») income, the dot of « M. » ending no
    // clause, "Paul sold me his bike" first in the note bought, « a reversé » a refund, « m'a
    // redonné » a repayment (money45). Whole: 106 of 140 unseen, 112 after (the odd half 48 → 49,
    // an aggregate only); 114 with an item of a list someone else paid kept flagged beside the ones
    // paid (« resto 45 €, taxi 20 € que Tom a payé », a case the lead named; odd 51).
    // Even 66, whole 117 with the money59 rules (« j'ai remporté le concours de pâtisserie, 100 € de
    // prix » income: even +1) and the rounds' gains since 63/114, not recorded here.
    heldOutSet('v34m', { minLines: 140, minFrench: 0.6, tunedHalf: 'even-0' }, { even: 66, whole: 117 });
  });

  it('gets the v34a set right at its floors, its odd half held out', () => {
    // One expense said with its parts, its count, its tip or its deposit, prices said twice or
    // corrected, what is left to pay, reviews nobody needs, and two-expense look-alikes. Even half
    // (0-based): 56 of 70 when first scored, unseen (main at 0cd05836, the set at 990f8b02); 63 with
    // the whole price a deposit is paid on dropped (« la robe 1 400 €, j'ai versé un acompte de
    // 400 € » 400, "150 of 600"), what is left to pay ("1,800 still to go", "another 90 next month")
    // and a price confirmed ("4.50, yes 4.50", « 22 € le coiffeur, 22 euros »), a quote beside what
    // was paid on it; an integer price by the litre or the metre after "at" no hour ("oil at 8 a
    // litre"); 64 with a part said after its whole with "the … alone" ("the shop came to 74, the meat
    // alone was 30"). Whole: 113 of 140 unseen, 123, 124, then 125 (the odd half 57 → 60 → 61 → 61, an
    // aggregate only); even 66, whole 127 with round 35's amounts50 (« 80 € payés, 40 € le mois
    // prochain » the part paid today, « une douzaine d'huîtres à 1,50 € pièce » 18; odd 61 → 61).
    heldOutSet('v34a', { minLines: 140, minFrench: 0.57, tunedHalf: 'even-0' }, { even: 66, whole: 127 });
  });
});
