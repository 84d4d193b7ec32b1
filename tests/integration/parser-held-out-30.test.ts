/**
 * The tuning sets of round 30 written before their rules (tests/fixtures/README.md says each), as
 * parser-held-out-29.test.ts holds round 29's: each tuned on its 0-based even half only, the odd
 * half a held-out check read as an aggregate (never printed), held to the floors it reached.
 */
import { describe, it } from 'vitest';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on the tuning sets of round 30 written before their rules', () => {
  it('gets the v30a set right at its floors, its odd half held out', () => {
    // Prices beside sizes, models and counts, bare prices after « pour » / "for", spoken prices,
    // direct debits' days, named days and events, shares with the thing named. Even half (0-based):
    // 53 of 76 when first scored, unseen (main at ca368d23, the set at 9a0d91b7). 61 with the
    // amounts33 date rules (a debit's participle before a bare day is this month's, « prélevée le
    // 5 »; a month's weekday by its rank, « le premier samedi du mois »; « la veille du 11
    // novembre »), 63 with goods priced last ("a 32 inch monitor for 229"), 64 with people counted
    // before a figure ending the note ("a table for two at Luigi's, 64"). Whole: 100 of 151 unseen,
    // 115, 122, then 123 (the odd half 47 → 54 → 59 → 59, an aggregate only). 66 and 125 with the
    // cats34 rules (« drive » French alone, "a 2TB external drive"; a French compound's plural is its
    // head's, « 2 brosses à dents »; the odd half 59 → 59), 67 and 126 with « la brocante » shopping.
    // 68 and 128 (odd 60) when amounts34 relabelled three debits said in the present to the next
    // one (tests/fixtures/README.md « Label conventions ») and read « me prélève » as "takes"; whole
    // 129 (odd 61) with people counted in figures before a figure alone ending the note; 69 and 130
    // with « le Black Friday » told ahead a day, even after « pour ». Round 32 (amounts35): 73 and
    // 137 (odd 62 → 64) with a thing that costs hundreds said at "one" or "two" then tens read as
    // hundreds ("a winter coat, two fifty").
    heldOutSet('v30a', { minLines: 151, minFrench: 0.58, tunedHalf: 'even-0' }, { even: 73, whole: 137 });
  });

  it('gets the v30k set right at its floors, its odd half held out', () => {
    // Materials and brand-like words, things for a vehicle, a pet, a baby, an appointment or a trip,
    // classes and clubs, rentals, clipped words, trades, French, Belgian and British shops by name,
    // controls. Even half (0-based): 67 of 75 when first scored, unseen (main at ca368d23, the set at
    // 78781964). 75 with the cats33 rules (a thing of the home for a pet is the pet's, a thing no table knows for the boot or a pet's care
    // is the thing, a food's or drink's word « en » a material is the thing, a phone said new is one
    // bought, « basket » after « de » is the sport, fitness classes, "The Range", « smoking », "van").
    // Whole: 130 of 150 unseen, 139 after (the odd half 63 → 64, an aggregate only).
    heldOutSet('v30k', { minLines: 150, minFrench: 0.57, tunedHalf: 'even-0' }, { even: 75, whole: 139 });
  });

  it('gets the v30m set right at its floors, its odd half held out', () => {
    // Treats beside money given, vending machines beside cash machines, "paid me back" in every
    // order, movements whose card must name the person or the thing (`moved.descriptionHas`), 49
    // expenses that sound like one. Even half (0-based): 47 of 71 when first scored, unseen (branch
    // moves34 at d5c22d11 on main ca368d23). 53 with a movement's card naming the person or the
    // thing (« Allocs », « Salaire », "Savings account"), 62 with the next (treats flagged, a tip
    // takes the trade tipped, a place after the one sent to is no currency, "paid me 15 back",
    // "advanced my sister", "bought my brother's present" spent), 63 with « distributeur de
    // boissons » and "my pay landed". Whole: 102 of 142 unseen, 120 after the second step, 122 after
    // the third (the odd half 55 → 58 → 59, an aggregate only). 69 with moves35 (a refund told after
    // its amount, « 17,50 € de la Sécu », a claim "settled", « avancé 25 € à Zoé », one's own share
    // sent through an app): whole 128 (odd 59); 70 with a present's card naming whom it is for, whole
    // 129; 71 with « ma belle-mère a tenu à me payer », whole 130.
    heldOutSet('v30m', { minLines: 142, minFrench: 0.58, tunedHalf: 'even-0' }, { even: 71, whole: 130 });
  });
});
