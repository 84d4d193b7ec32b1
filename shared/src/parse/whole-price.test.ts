import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { amountsOf, TEST_OPTS } from './testing/test-parse.ts';

// One expense read as two (round amounts46, issue 29): the whole price a deposit is paid on, what is
// left to pay, a price said again to confirm it. Sentences of their own, not lines of v34a.

describe('the whole price, what is left and a price confirmed are not paid today', () => {
  it.each([
    // Were 1 800 and 450, 300 and 1 200 (to review), 250 and 2 500, 80 and 80 next month, 6.20 twice,
    // 18 twice, 1 500 (to review, not paid) with the 250 paid lost.
    ["le canapé 1 800 €, j'ai laissé un acompte de 450 €", ['450.00 EUR']],
    ['arrhes de 300 € pour la location à 1 200 €', ['300.00 EUR']],
    ['a down payment of 250 on the car, 2,500 in all', ['250.00 EUR']],
    ["l'orthodontiste 80 €, encore 80 le mois prochain", ['80.00 EUR']],
    ['the bus pass, 6.20, yep 6.20', ['6.20 EUR']],
    ['18 € le fromager, 18 euros', ['18.00 EUR']],
    ["le devis de l'électricien 1 500 €, j'ai réglé 250 aujourd'hui", ['250.00 EUR']],
    // Were 90 and 25, 300 and 60: the part said after its whole with "the … alone".
    ['the big shop came to 90, the fish alone was 25', ['90.00 EUR']],
    ['the hotel was 300, the breakfast alone cost 60', ['300.00 EUR']],
    // Read so already, by other rules too.
    ['the dog groomer, 15 of the 60', ['15.00 EUR']],
    ['la cuisiniste, 200 sur les 700', ['200.00 EUR']],
    ['350 € au menuisier, 900 restants', ['350.00 EUR']],
    ['paid the roofer 40, 160 left to pay', ['40.00 EUR']],
    ['le traiteur 14 €, ouais 14', ['14.00 EUR']],
    ["the roofer's quote was 600, paid 150 today", ['150.00 EUR']],
  ])('%j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it('keeps today for what is paid when the rest is said for a day to come', () => {
    expect(
      parseExpenseText('the physio 45, another 45 next week', TEST_OPTS).expenses.map((e) => e.date),
    ).toEqual(['2026-11-24']);
  });

  it.each([
    // Two things paid: a held deposit beside the rent, one more of something, the same price twice.
    ['the rent 900 and a 400 deposit for the flat', ['900.00 EUR', '400.00 EUR']],
    ['le premier loyer 700 € et la caution 300 €', ['700.00 EUR', '300.00 EUR']],
    ['tea 3, another 3 for a scone', ['3.00 EUR', '3.00 EUR']],
    ['30 € de gasoil, et 30 € au marché', ['30.00 EUR', '30.00 EUR']],
    ['le pain 2 €, le lait 2 €', ['2.00 EUR', '2.00 EUR']],
    ['dinner 40, then a coffee alone, 3', ['40.00 EUR', '3.00 EUR']],
    // A deposit paid before leaves the balance paid now; change given on a note stays change.
    ["le solde du photographe, 600 €, l'acompte de 200 était déjà payé", ['600.00 EUR']],
    ['acompte de 30 € au garage, et le plein 70 €', ['30.00 EUR', '70.00 EUR']],
  ])('unchanged: %j', (text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });
});
