/**
 * The daymove16 expense-or-not rules, through the whole parser: money set aside or paid into an
 * account of one's own moved (a transfer), money claimed is not received yet (kept, `not_paid`),
 * an employer paying back an expense claim refunds it, a flatmate paying is someone else paying,
 * and a deposit is spent on what it is for.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  return r.expenses.length > 0
    ? r.expenses.map((e) => `${e.amount} ${e.category}${e.reviewReason ? ` ${e.reviewReason}` : ''}`)
    : [`${r.movement?.kind ?? 'none'} ${r.movement?.amount ?? ''}`];
};

describe('money set aside or paid into an account of one’s own is a transfer', () => {
  it.each([
    ['set aside 50 euros for the holidays', ['transfer 50.00']],
    ['I set 100 euros aside for the car', ['transfer 100.00']],
    ['paid 300 euros cash into my account', ['transfer 300.00']],
    ['paid a cheque of 80 euros into the bank', ['transfer 80.00']],
  ])('%s → %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Paid into a kitty or a person's account is given or spent, not one's own.
    ['paid 20 euros into the office kitty', ['20.00 other']],
    // "set" of things bought is no setting aside.
    ['bought a set of pans, 60 euros', ['60.00 shopping']],
  ])('but %s → %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('money claimed and not received yet is kept, not_paid', () => {
  it.each([
    ['j’ai réclamé 45 € à la SNCF pour le retard', ['45.00 transport not_paid']],
    ['j’ai fait une réclamation de 50 € auprès de Darty', ['50.00 shopping not_paid']],
    ['claimed 200 euros on my home insurance', ['200.00 housing not_paid']],
    ['I put in a claim for 90 euros with the airline', ['90.00 travel not_paid']],
    ['j’ai envoyé une note de frais de 120 €', ['120.00 other not_paid']],
    ['submitted an expense claim of 75 euros', ['75.00 other not_paid']],
    ['j’ai fait une demande de remboursement de 40 € à la CAF', ['40.00 other not_paid']],
    // Asked back, or a refund that has not come: not received either.
    ['j’ai demandé à être remboursé des 20 €', ['20.00 other not_paid']],
    ['I asked for my 20 euros back', ['20.00 other not_paid']],
    ['asked for 15 euros back at Boots', ['15.00 other not_paid']],
    ['my refund of 40 euros hasn’t arrived', ['40.00 other not_paid']],
    ['le remboursement de 55 € est toujours en attente', ['55.00 other not_paid']],
    ['refund of 30 euros still pending', ['30.00 other not_paid']],
    ['the landlord still has my 600 euro deposit', ['600.00 housing not_paid']],
    ["l'agence a toujours ma caution, 900 €", ['900.00 housing not_paid']],
  ])('%s → %j', (text, want) => {
    // The category is what was claimed about, any; the amount is kept and flagged.
    expect(read(text).map((r) => r.replace(/ \w+ not_paid$/, ' not_paid'))).toEqual(
      want.map((r) => r.replace(/ \w+ not_paid$/, ' not_paid')),
    );
  });

  it.each([
    // Received, a claim paid is a refund.
    ['la SNCF m’a remboursé les 45 € que j’avais réclamés', ['refund 45.00']],
    ['the insurance paid my claim, 200 euros', ['refund 200.00']],
    // « en réclame » is on special offer.
    ['des chaussettes en réclame, 6 €', ['6.00 shopping']],
    // A claim beside money the speaker paid: the payment.
    ['claimed the loyalty discount and paid 40 euros for the boots', ['40.00 shopping']],
    // Cash asked for at a till is one's own money taken out, no claim (round 22).
    ['asked for 25 cash back at Sainsbury’s', ['transfer 25.00']],
    ['I asked for 50 quid cash back at the Co-op', ['transfer 50.00']],
    // The excess of a claim is spent.
    ['insurance claim excess, 150 euros', ['150.00 health']],
    ['franchise de 300 € sur la réclamation à l’assurance', ['300.00 other']],
    // An expense report made for a thing bought records the thing.
    ["j'ai fait une note de frais pour le taxi, 28 €", ['28.00 transport']],
    // A bill paid, its reimbursement pending: the bill is spent.
    ['le dentiste 60 €, remboursement en attente de la mutuelle', ['60.00 health']],
    // An expense said with a claim to come stays the expense, reimbursable.
    ['déjeuner client 52 €, en note de frais', ['52.00 dining']],
  ])('but %s → %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a bill received is no income, and one still to pay is not paid', () => {
  it.each([
    ['facture de gaz reçue, 80 €, à payer', ['80.00 utilities not_paid']],
    ['the plumber’s invoice received, 150 euros, to pay', ['150.00 housing not_paid']],
  ])('%s → %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a deposit given back, said in the passive, is a refund', () => {
  it.each([
    ['my deposit was returned, 300 euros', ['refund 300.00']],
    ['my 800 euro deposit has been returned', ['refund 800.00']],
  ])('%s → %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('an employer paying back an expense claim refunds it', () => {
  it.each([
    ['my employer paid back my 90 euro expense claim', ['refund 90.00']],
    ['work paid me back 40 euros of expenses', ['refund 40.00']],
    ['ma boîte m’a remboursé 60 € de notes de frais', ['refund 60.00']],
  ])('%s → %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('but an employer paying for a thing treats', () => {
    expect(read('my boss paid for drinks, 35 euros')).toEqual(['35.00 dining not_paid']);
  });
});

describe('a flatmate or a housemate paying is someone else paying', () => {
  it.each([
    ['my flatmate paid the electricity, 60 euros', ['60.00 utilities not_paid']],
    ['my housemate paid for the pizza, 25 euros', ['25.00 dining not_paid']],
    ['ma colocataire a payé les courses, 48 €', ['48.00 groceries not_paid']],
  ])('%s → %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('but the speaker paying the flatmate is spent', () => {
    expect(read('I paid my flatmate 60 euros for the electricity')).toEqual(['60.00 utilities']);
  });
});
