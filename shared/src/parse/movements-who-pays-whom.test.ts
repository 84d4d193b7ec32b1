/**
 * The moves23 readings (issue 29), through the whole parser on Tuesday 24 November 2026: who pays
 * whom decides a movement's leftovers — a deposit holder giving back, a person of one's own paying a
 * bill of the speaker's, savings put in a store of one's own by any verb, pay for a shift, and a
 * place after "from" when pay was said apart. The look-alikes stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { movedOrSpentShort as read } from './testing/test-parse.ts';

describe('who pays whom', () => {
  it.each([
    // A deposit of the speaker's that someone else gave back, with no movement word.
    ['the letting agent finally released my 650 deposit', 'refund 650.00'],
    ["l'agence a fini par me reverser mes 900 € de caution", 'refund 900.00'],
    // Savings put in a store of one's own, whatever the verb.
    ['chucked 150 in my savings pot', 'transfer 150.00'],
    ["j'ai glissé 40 € dans mon fonds vacances", 'transfer 40.00'],
    // Pay for a shift, from the place that paid it.
    ['got 70 from the cafe for the Sunday shift', 'income 70.00'],
    // Pay said apart, then money from a shop: spent there; said as pay ("net"), it is the pay.
    ['got my wages, 25 euros from the chippy', 'spent 25.00'],
    ['payday, 1,700 euros net from the garage', 'income 1700.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A person of one's own paying a bill of the speaker's: not spent by the speaker, not income.
    ['my mum paid my invoice, 70 euros', 'spent 70.00 not_paid'],
    ['ma sœur a payé ma facture, 45 €', 'spent 45.00 not_paid'],
    ['my brother settled my gym bill, 30 euros', 'spent 30.00 not_paid'],
  ])('%s → %s (someone else paid)', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // A client paying the speaker's invoice is still pay; a holder cashing a deposit moves nothing back.
    ['a client paid my invoice, 400 euros', 'income 400.00'],
    ['le proprio a encaissé ma caution de 700 €', 'spent 700.00'],
    // A deposit paid, a store of someone else's or a fee, money that came in: as before.
    ['the deposit for the DJ, 150 euros', 'spent 150.00'],
    ['payday, 2,300 euros landed in my account', 'income 2300.00'],
    ['paid 9 euros in bank charges', 'spent 9.00'],
    ['got 20 euros of diesel for the job', 'spent 20.00'],
    ["mes parents m'ont versé mon argent de poche, 50 €", 'income 50.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
