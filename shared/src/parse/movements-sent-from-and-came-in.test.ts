/**
 * The moves29 readings (issue 29), through the whole parser on Tuesday 24 November 2026: money sent
 * said then who sent it (« Paylib de Noé », "a Wero from Lucas") came to the speaker, paying back
 * what was owed or said for a thing; a money noun that « est tombé », « est arrivé », "landed" came
 * in, unless the speaker then did something with it; "a cheque" sent by a person is to the speaker
 * ("a" is English's article, « à » French's "to"); a brand written with a capital inside it gives
 * back as a body; cash "drew" out, or « au distrib », is taken out. The look-alikes stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { movedOrSpentShort as read } from './testing/test-parse.ts';

describe('money sent from a person, money that came in, a cheque sent, cash drawn', () => {
  it.each([
    // A sending noun, then « de », "from" and a person: to the speaker.
    ['un Lydia de Romain, 15 €, il me devait les places', 'repayment 15.00'],
    ['a Paylib from Chloe for the pizzas, 11 euros', 'repayment 11.00'],
    ['virement de papa, 150 €', 'income 150.00'],
    ['a bank transfer of 300 from my mum', 'income 300.00'],
    // A money noun come in, in French with « est » and in English with no auxiliary.
    ['la prime de fin de contrat est arrivée, 800 €', 'income 800.00'],
    ['mon solde de tout compte est tombé, 2 100 €', 'income 2100.00'],
    ['the redundancy payment landed, 6,000 euros', 'income 6000.00'],
    ['the attendance allowance arrived, 90 euros', 'income 90.00'],
    // "a" is an article: a cheque sent by a person, to no one named.
    ['my aunt sent a cheque for 60', 'income 60.00'],
    // A brand's capital inside its name: a body gives back.
    ["BlaBlaCar m'a remboursé 14 €", 'refund 14.00'],
    // Cash drawn out, whatever it is for.
    ['drew 40 in cash for the window cleaner', 'transfer 40.00'],
    ['sorti 60 € au distrib', 'transfer 60.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // Sent to a person, or from the speaker's own account: sent by the speaker.
    ['un Lydia de 20 € à Romain pour les places', 'transfer 20.00'],
    ['virement de 200 € de mon compte courant vers le livret A', 'transfer 200.00'],
    // One's own bank after « de », "from": no person, the speaker's own money moved.
    ['a transfer from Monzo, 50', 'transfer 50.00'],
    // The speaker did something with the money come in: spent.
    ["la prime est arrivée, j'ai acheté un vélo, 300 €", 'spent 300.00'],
    // « mon solde » alone is what the account holds.
    ['mon solde est de 400 €', 'spent 400.00 not_paid'],
    // Sent to a person named with « à »: money moved, not received.
    ['ma sœur a envoyé 50 € à Paul', 'transfer 50.00'],
    // A name with one capital gives back as a person.
    ["Julien m'a remboursé 14 €", 'repayment 14.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
