/**
 * The tuning sets of round 36 written before their rules (tests/fixtures/README.md says each), as
 * parser-held-out-35.test.ts holds round 35's: each tuned on its 0-based even half only, the odd
 * half a held-out check read as an aggregate (never printed), held to the floors it reached.
 */
import { describe, it } from 'vitest';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on the tuning sets of round 36 written before their rules', () => {
  it('gets the v36m set right at its floors, its odd half held out', () => {
    // Money that is not spent said by its source (a client, a platform's payout, a tenant, a
    // pension, a grant, a prize, a till's takings, a tip jar), refunds by shops and bodies, paybacks
    // both ways, loans, transfers, debts the speaker still owes, each beside a look-alike expense.
    // Even half (0-based): 60 of 71 when first scored, unseen (main at aa10cf7d, the set at
    // 42d2d6f5); 64 with a debt for a thing named kept flagged not_paid even to a person (« je dois
    // 15 € à Romain pour le kebab ») and one with nothing named shown as money lent (« je dois 40 € à
    // ma voisine », relabelled to the loan: the never-tuned sets read it no expense), "paid out" by
    // anyone but an insurer income ("Etsy paid out 132 euros"), takings said right after their
    // amount (« 380 € de recette »), a refund's verb after a name no given name is, "settled his
    // half", an insurer paying a sum a refund, "settled my invoice" pay (money54). Whole: 106 of
    // 141 unseen, then 114 (the odd half 46 → 50, an aggregate only).
    // Even 67, whole 118 with the money59 rules (« on doit 60 € à la nounou » a debt flagged not_paid,
    // a tenant's « ses 410 € » income, "Intersport gave me 30 back" a refund; a contest's prize
    // income, odd: the odd half 50 → 51, an aggregate only).
    heldOutSet('v36m', { minLines: 141, minFrench: 0.57, tunedHalf: 'even-0' }, { even: 67, whole: 118 });
  });

  it('gets the v36c set right at its floors, its odd half held out', () => {
    // Moneys of every continent said by travellers, expatriates and people sending money home, by
    // name, code and sign, singular and plural, beside notes where the name is a word (« une gourde
    // isotherme », "2 pounds of cherries"). Even half (0-based): 16 of 84 when first scored, unseen
    // (main at aa10cf7d, the set at 330ae383); 59 with every currency in use read by its CLDR names
    // (« nairas », « shillings kényans », "Ugandan shillings", « couronnes islandaises »), a shared
    // head by a country named, moneys of small units scaled, heads that are words read as things
    // when other money is said, every code in capitals, and a money named alone the note's
    // (currency58). Whole: 31 of 167 unseen, then 120 (the odd half 15 → 61, an aggregate only).
    heldOutSet('v36c', { minLines: 167, minFrench: 0.57, tunedHalf: 'even-0' }, { even: 59, whole: 120 });
  });

  it('gets the v36a set right at its floors, its odd half held out', () => {
    // Amounts said every way (words and digits mixed, cents apart, « et demi », a price each and a
    // count, a total after its parts), numbers beside the price that are no money, clear and rough
    // amounts, one expense said twice or with its tip, what is left to pay, deposits given back,
    // days past and to come, odd words. Even half (0-based): 66 of 76 when first scored, unseen
    // (main at aa10cf7d, the set at 81769ddc); 67 with a dozen priced « l'une » (« une
    // demi-douzaine de bouteilles de cidre à 3,20 € l'une »); 68 with the next part after
    // « maintenant » left to pay whatever its month (« 120 € maintenant et 120 € en janvier »); 69
    // with "paid the roofer 2,000, still owe him 1,000" spent, not flagged; 70 with a price said
    // again and a yes after it one expense (« 54 €, cinquante-quatre euros oui »); 71 with "in all"
    // a total; 71 still with a figure closing the note after a comma read as a price. Whole: 132
    // of 152 unseen, then 137 (the odd half 66 throughout, an aggregate only).
    heldOutSet('v36a', { minLines: 152, minFrench: 0.57, tunedHalf: 'even-0' }, { even: 71, whole: 137 });
  });

  it('gets the v36k set right at its floors, its odd half held out', () => {
    // The long tail of categories: trades and services, shops by their kind, things by their use, a
    // vehicle's parts, a home's repairs, a child's, a pet's, a body's care, hobbies, each beside a
    // look-alike of another category, English on a French phone. Even half (0-based): 60 of 72 when
    // first scored, unseen (main at aa10cf7d, the set at c7281dad); 63 with a French shop no table
    // knows read by its -erie ending (« à la droguerie », « la bouquinerie ») and "charity shop" a
    // shop; 64 with a vehicle's fluids and parts (« du liquide de refroidissement », « le
    // pare-brise », "engine oil"); 65 with « pour la pêche » fishing; 67 with a home's hardware
    // ("sandpaper", "hinge": cats55); 65 once the lead took the -erie ending out (it cost a line of
    // blind v31, written the same morning). Whole: 121 of 143 unseen, 128, 131, then 128 (the odd
    // half 61 → 63 → 64 → 63, an aggregate only).
    heldOutSet('v36k', { minLines: 143, minFrench: 0.57, tunedHalf: 'even-0' }, { even: 65, whole: 128 });
  });
});
