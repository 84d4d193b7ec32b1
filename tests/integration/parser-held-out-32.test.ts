/**
 * The tuning sets of round 32 written before their rules (tests/fixtures/README.md says each), as
 * parser-held-out-31.test.ts holds round 31's: each tuned on its 0-based even half only, the odd
 * half a held-out check read as an aggregate (never printed), held to the floors it reached.
 */
import { describe, it } from 'vitest';
import { heldOutSet } from '../support/labelled-sets.ts';

describe('the local parser on the tuning sets of round 32 written before their rules', () => {
  it('gets the v32a set right at its floors, its odd half held out', () => {
    // Spoken prices, rough amounts and ranges, numbers that are no money beside the price, days said
    // every way, paybacks told after the money. Even half (0-based): 58 of 71 when first scored,
    // unseen (main at 7e185a5d, the set at 0c7219af). 62 with a thing that costs hundreds said at
    // "one" or "two" then tens read as hundreds ("headphones, one fifty" 150); 65 with a payback
    // opening the clause after an amount that thing's (« taxi 25 €, remboursé demain, et resto
    // 30 € »), a day number alone after a payback the payback's ("gets reimbursed on the 5th") and
    // "I'll get it back on my next payslip" an aside; 66 with a tyre's size no money (« 205/55
    // R16 »); 67 with a meal on a month day past the coming weeks the last one gone ("on January
    // 16th, dinner out"). Whole: 110 of 142 unseen, 123 after (the odd half 52 → 56, an aggregate
    // only); 125 (odd 58) with people counted before the hour booked ("a table for 6 at 7:45, 180")
    // and a rough figure in words keeping its suffix ("thirty-odd for the cab"). At amounts60 even 69,
    // whole 129 → 130 (a postcode after a town's name beside money named; odd 60 → 61).
    heldOutSet('v32a', { minLines: 142, minFrench: 0.58, tunedHalf: 'even-0' }, { even: 69, whole: 130 });
  });

  it('gets the v32k set right at its floors, its odd half held out', () => {
    // Subscriptions and fees by name, trades in the person's words, objects of the home, kitchen,
    // garden, office and car, cars by their model, services abroad, English on a French phone, and
    // the same words naming a meal. Even half (0-based): 65 of 71 when first scored, unseen (main at
    // 7e185a5d, the set at b0c9b229). 66 with a thing for a car named by its model (« le plein de la
    // Twingo », "screenwash for the Fiesta") and « décodeur » a utility; 68 with a wine said by its
    // colour after its bottle or glass ("a bottle of red") and who does an English service named by
    // it ("gutter cleaner" of "gutter cleaning"). Whole: 126 of 142 unseen, 129, then 131 (the odd
    // half 61 → 63 → 63, an aggregate only).
    heldOutSet('v32k', { minLines: 142, minFrench: 0.57, tunedHalf: 'even-0' }, { even: 68, whole: 131 });
  });

  it('gets the v32m set right at its floors, its odd half held out', () => {
    // Debts said beside someone else paying, money received told every way (« versé par », "paid in
    // by", benefits, pensions, a client paying), money paid with a movement word (« par virement »,
    // « prélevé », "direct debit"), fees of banks and apps, app transfers with a purpose both ways,
    // 39 look-alike expenses. Even half (0-based): 51 of 70 when first scored, unseen (main at
    // 7e185a5d, the set at 273d8b6a); 63 after the money38 rules. Whole: 103 of 140 unseen; 108 with a
    // debt beside someone else paying kept flagged (« Paul a payé les billets, je lui dois 40 € »),
    // « payé par lui », « par la boîte » treats, alimony « virée à » spent; 112 with money an app
    // brought from a person holding across clauses (« Lydia de Thomas, 17 € pour les pizzas »), « m'a
    // laissé 15 € de plus » received, « facturé » a fee, « le proprio » housing; 116 with « versée par
    // la CAF » said before its amount, "the council", "paid out my sales", a debt's fee refunded, « qui
    // les a payées »; 117 with « la bourse » come in; 118 with "sick pay went in" (the odd half 52 →
    // 55, an aggregate only). Even 65, whole 120 (odd 55) with the moves39 rules (« payé par ma
    // locataire » income, "Revolut from Ollie" received). Even 66, whole 121 with the money40 rules
    // (« c'est X qui a payé » a treat whoever X is).
    // Even 68, whole 125 with the money59 rules (« on leur doit 120 € » a debt, an odd line: whole +1)
    // and the rounds' gains since 66/121, not recorded here.
    heldOutSet('v32m', { minLines: 140, minFrench: 0.58, tunedHalf: 'even-0' }, { even: 68, whole: 125 });
  });
});
