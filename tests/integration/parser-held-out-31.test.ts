/**
 * The tuning sets of round 31 written before their rules (tests/fixtures/README.md says each), as
 * parser-held-out-30.test.ts holds round 30's: each tuned on its 0-based even half only, the odd
 * half a held-out check read as an aggregate (never printed), held to the floors it reached.
 */
import { describe, it } from 'vitest';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on the tuning sets of round 31 written before their rules', () => {
  it('gets the v31a set right at its floors, its odd half held out', () => {
    // Reimbursable asides with the refund's day, refunds already come, spoken prices, counts before
    // a bare price, named days and events, debits and instalments with their day. Even half
    // (0-based): 49 of 76 when first scored, unseen (main at 5aeea87d, the set at 5634750b). 63 with
    // the amounts34 payback rules (a day said after a payback of money said before it is the
    // payback's, « remboursé demain »; a payback to come after the amount makes it reimbursable; an
    // amount said alone after the thing it bought keeps a payback told after it a story). Whole: 101
    // of 151 unseen, 120 after (the odd half 52 → 57, an aggregate only); 121 (odd 58) with a debit
    // said in the present read as the next one (« la mutuelle me prélève 45 € le 5 de chaque mois »);
    // 64 and 124 (odd 60) with people counted in figures before a figure alone ending the note ("a
    // birthday cake for 10, 35"); 65 and 125 (odd 60) with « prises en charge » an aside. Round 32
    // (amounts35): 70 and 132 (odd 62) with a thing that costs hundreds said at "one" or "two" then
    // tens read as hundreds ("headphones for the gym, one fifty"), a day number alone after a
    // payback the payback's (« remboursés sur ma note de frais le 5 ») and "I'll get it back on my
    // next payslip" an aside.
    heldOutSet('v31a', { minLines: 151, minFrench: 0.58, tunedHalf: 'even-0' }, { even: 70, whole: 132 });
  });

  it('gets the v31s set right at its floors, its odd half held out', () => {
    // Services, trades and appointments in the person's words, lessons and their teachers, sports
    // and clubs, fees of banks, apps and the state, subscriptions, and the same words naming a thing
    // or a meal. Even half (0-based): 67 of 81 when first scored, unseen (main at 5aeea87d, the set
    // at a768023c). 77 with the cats36 rules (sports no open data labels in French, « judo »,
    // « escrime », « aviron », « muscu »; a teacher paid, « le prof de »; a food's word after a
    // lesson's is what is taught, « cours de chinois »; « facturé » the verb, no bill; a card's
    // range, « Visa Premier »; "window cleaner", "flue", « permis de construire »), 79 with a country's
    // cooking said after an article, no thing named (« un japonais avec Léa », "an Indian with the
    // lads"). Whole: 125 of 162 unseen, 140, then 142 (the odd half 58 → 63 → 63, an aggregate only).
    // Round 32 (cats37): 80 and 143 with « décodeur » a utility (« le décodeur Canal »).
    heldOutSet('v31s', { minLines: 162, minFrench: 0.6, tunedHalf: 'even-0' }, { even: 80, whole: 143 });
  });

  it('gets the v31k set right at its floors, its odd half held out', () => {
    // Things bought by their noun: compounds, materials and sizes, a baby's, a pet's, a car's by its
    // model, a garden's, DIY, a trip's, second-hand, and look-alikes that are a meal or a car's
    // service. Even half (0-based): 69 of 75 when first scored, unseen (main at 5aeea87d, the set at
    // 23e5d7e9). 72 with an English bare plural no table knows read as goods ("wall plugs and
    // screws", "floor mats for the Corsa"), 73 with a pet's treat its care (« des friandises pour
    // le chien »), 74 with a shop's word after a bare « à » a utensil's food (« un rouleau à
    // pâtisserie ») and a thing for « la 308 » the car's. Whole: 129 of 150 unseen, 138 after (the
    // odd half 60 → 64, an aggregate only); 140 with a word in "-ing" before an English head read as
    // what the thing is for ("a draining board", "a steering wheel lock": odd 66). Round 32 (cats37):
    // 75 and 143 (odd 68) with a thing for a car named by its model ("screenwash for the Fiesta").
    heldOutSet('v31k', { minLines: 150, minFrench: 0.58, tunedHalf: 'even-0' }, { even: 75, whole: 143 });
  });

  it('gets the v31m set right at its floors, its odd half held out', () => {
    // Money coming to the speaker from work, sales, tips and benefits, refunds, repayments both
    // ways, loans, transfers, treats in both languages, 48 expenses that sound like a movement.
    // Even half (0-based): 52 of 71 when first scored, unseen (branch moves36 at 57d5c50e on main
    // 5aeea87d). 54 with « tenté » tempted only after being (« une tente 4 places » bought), 57 with
    // treats said the English way and « nous » treated ("insisted on paying", "picked up the tab",
    // "on the house", « nous ont payé »), 58 with alimony said with its month paid out, 60 with a
    // card naming who and what for (« Client — facture », "Landlord — deposit"), 62 with the
    // speaker's takings ("made 260 at my market stall", « la recette du stand »), 63 with a card of
    // three words joined to what for ("Buyer on eBay — old camera"). Whole: 117 of 142 unseen, 129
    // after (the odd half 65 → 66, an aggregate only). 65 and 131 with the money38 rules (« Lydia de
    // Thomas, 17 € pour les pizzas » paid back, « la dame m'a laissé 15 € de plus » received).
    // 66 and 132 with the money45 rules (not tuned on this set; the odd half 66).
    heldOutSet('v31m', { minLines: 142, minFrench: 0.6, tunedHalf: 'even-0' }, { even: 66, whole: 132 });
  });
});
