/**
 * The tuning sets of round 29 written before their rules (tests/fixtures/README.md says each), as
 * parser-held-out-28.test.ts holds round 28's: each tuned on its 0-based even half only, the odd
 * half a held-out check read as an aggregate (never printed), held to the floors it reached.
 */
import { describe, it } from 'vitest';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on the tuning sets of round 29 written before their rules', () => {
  it('gets the v29k set right at its floors, its odd half held out', () => {
    // Things for someone or something, clothes and costumes, kitchen and garden tools, trades and
    // repair shops, shops by name, snacks vs meals vs groceries, controls. Even half (0-based): 65 of
    // 75 when first scored, unseen (main at ebeef1e, the set at a7e83df). 69 with the cats32 rules
    // (clothes for someone's ceremony are worn, « le plein de courses » is no fuel, « sandwichs »),
    // 72 with the next (a vehicle's repair shop, phones in the plural, a grocer by name: "crisps and a
    // drink from the Spar"), 73 with « déguisement » and "the cycle shop" listed. Whole: 129 of 150
    // unseen, 135, 138, then 139 (the odd half 64 → 66 → 66 → 66, an aggregate only). After cats33
    // (a pet's carrier for the vet is the pet's): even 74, whole 141 (odd 67).
    heldOutSet('v29k', { minLines: 150, minFrench: 0.57, tunedHalf: 'even-0' }, { even: 74, whole: 141 });
  });

  it('gets the v29a set right at its floors, its odd half held out', () => {
    // Numbers said every way, numbers that are not money beside the amount, unit prices, totals,
    // shares, tips, discounts, currencies and dates every way. Even half (0-based): 71 of 77 when
    // first scored, unseen (main at ebeef1ee, the set at 2bc6ac21). 73 with the amounts32 rules (an
    // ordinal of an age or a model is no day, "my son's 6th birthday"; a "hard drive" and a "power
    // bank" are things bought). 75 with the amounts33 rules (« prélevée le 5 » is this month's 5th;
    // "a 55 inch TV for 499", goods priced last). Whole: 143 of 153 unseen, 145 after, 147 after
    // amounts33 (the odd half 72 → 72 → 72, an aggregate only); 76 and 148 (odd 72) with "new
    // headphones, one fifty" read as 150 (amounts35).
    heldOutSet('v29a', { minLines: 153, minFrench: 0.58, tunedHalf: 'even-0' }, { even: 76, whole: 148 });
  });

  it('gets the v29m set right at its floors, its odd half held out', () => {
    // Movements of every kind both ways in new words and apps, and 47 expenses that sound like one.
    // Even half (0-based): 59 of 71 when first scored, unseen (main at ebeef1ee, the set at
    // 92d6fe5f). 68 with the moves33 rules (a bare figure before « via », "through", "cash" or a
    // giving verb's "back" is money; sick pay from the health insurer is income; an employer
    // paying work, "my employer paid my shifts", is pay; cash out of a machine is one's own; a
    // platform paying out work is pay; « l'ARE est tombée »). Whole: 118 of 141 unseen, 129 after
    // (the odd half 59 → 61, an aggregate only). After moves34 (a tip takes the trade tipped, « au
    // coiffeur »; a place after the one money is sent to is no currency, "my sister in Warsaw"): even
    // 70, whole 131 (odd 61). After moves35 (« la caution de la location de skis » the skis'): even
    // 71, whole 132 (odd 61). Whole 134 after moves39 (the odd half 62 → 63, an aggregate only).
    heldOutSet('v29m', { minLines: 141, minFrench: 0.57, tunedHalf: 'even-0' }, { even: 71, whole: 134 });
  });
});
