/**
 * The tuning sets of round 33 written before their rules (tests/fixtures/README.md says each), as
 * parser-held-out-32.test.ts holds round 32's: each tuned on its 0-based even half only, the odd
 * half a held-out check read as an aggregate (never printed), held to the floors it reached.
 */
import { describe, it } from 'vitest';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on the tuning sets of round 33 written before their rules', () => {
  it('gets the v33k set right at its floors, its odd half held out', () => {
    // Hobbies, pets, home and DIY, kids' school things, health specialists and their devices,
    // music, things named by a compound whose first word is a food, a vehicle or a place, with
    // controls naming the food, English on a French phone. Even half (0-based): 66 of 72 when first
    // scored, unseen (main at af984b08, the set at 3450af6e); 71 with a vehicle made small a toy
    // (« une locomotive pour le train miniature »), a vehicle's device the vehicle's (« un
    // porte-vélo pour le camping-car »), a carer's adjective the care (« le bilan orthoptique »),
    // « scolaire » education after any noun and « répétition » leisure. Whole: 126 of 144 unseen,
    // 132 after (the odd half 60 → 61, an aggregate only).
    heldOutSet('v33k', { minLines: 144, minFrench: 0.59, tunedHalf: 'even-0' }, { even: 71, whole: 132 });
  });

  it('gets the v33a set right at its floors, its odd half held out', () => {
    // Numbers beside the price, discounts, paybacks told of one thing among several, prices and days
    // said every way. Even half (0-based): 57 of 81 when first scored, unseen (main at af984b08, the
    // set at 7e61b57d). 63 with a weekday alone after a payback the payback's (« le train 60 €,
    // remboursé lundi » today), a flight or a hotel at any figure then tens hundreds ("four twenty
    // for the flights" 420) and « le 28 décembre dernier » the last one gone; 65 with a payback told
    // between two things the one before's (« la pharmacie 25 €, la mutuelle rembourse, et le pain
    // 2 € »), "paid back by work" opening a clause, « que la boîte rembourse » hung on the amount;
    // 66 with a figure before "which" money its clause tells of, no count ("taxi 30 which work
    // refunds", vanish41). Whole: 127 of 161 unseen, 135, 137, then 138 (the odd half 70 → 72 → 72
    // → 72, an aggregate only). At amounts60 even 70 → 72, whole 143 → 145 (a postcode after « le »,
    // a phone number's every group after its zero; odd 73 → 73).
    heldOutSet('v33a', { minLines: 161, minFrench: 0.58, tunedHalf: 'even-0' }, { even: 72, whole: 145 });
  });

  it('gets the v33m set right at its floors, its odd half held out', () => {
    // Debts for a service or a thing had and not yet paid, shares of what someone else paid, family
    // money both ways, things bought from and sold to a named person, cheques and cash, treats,
    // automatic savings, and their look-alike expenses. Even half (0-based): 51 of 70 when first
    // scored, unseen (main at af984b08, the set at 35420f5f); 57 with the money40 rules. Whole: 101 of
    // 140 unseen; 107 with a debt for a service or a thing had kept flagged (« le plombier est passé,
    // je lui dois 95 € »), a debt to "him", "her" after the money the part of what they paid,
    // « c'est le fournisseur qui a payé », « a pris en charge » treats, « m'a racheté mon vélo »
    // income, a transfer's card its account (« virement permanent … vers le livret A »); 108 with
    // "settled up with" a trade spent (the odd half 50 → 51, an aggregate only).
    // 110 with the money45 rules, not tuned on this set (the odd half 51 → 53, an aggregate only;
    // the even half 57).
    // Even 60, whole 113 with the money59 rules (« chèque de la mairie pour le prix du concours photo
    // » income: even +1) and the rounds' gains since 57/110, not recorded here.
    heldOutSet('v33m', { minLines: 140, minFrench: 0.58, tunedHalf: 'even-0' }, { even: 60, whole: 113 });
  });
});
