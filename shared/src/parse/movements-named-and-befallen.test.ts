/**
 * The moves28 readings (issue 29), through the whole parser on Tuesday 24 November 2026: a debit
 * refused is what befell it, not the speaker refusing (its fee is spent); a company's name of two
 * capitals opening the sentence gives back as a body does; « m'a versé » sends as « m'a viré »; a
 * person sending to no one named sends to the speaker; the speaker paying a person back for a
 * thing of the speaker's own spends it (tests/fixtures/README.md's « Label conventions »). The
 * look-alikes stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { movedOrSpentShort as read } from './testing/test-parse.ts';

describe('a debit refused, a company opening the sentence, the speaker’s own thing paid back', () => {
  it.each([
    // Refused after a noun: what befell the debit; the fee is spent.
    ['prélèvement refusé, le Crédit Agricole m’a pris 12 € de frais', 'spent 12.00'],
    ['direct debit refused, the bank charged me 15 euros', 'spent 15.00'],
    // Two capitalised words before the verb name a company, even opening the sentence.
    ['Basic-Fit gave me back my October fee, 30 euros', 'refund 30.00'],
    ['Leroy Merlin m’a rendu 42 €', 'refund 42.00'],
    // « m'a versé » sends money as « m'a viré » does: a carrier's for a thing gives back.
    ["Air France m'a versé 250 € pour le vol annulé", 'refund 250.00'],
    // A person sending, to no one named: to the speaker, given.
    ['my ex transferred the school money, 180 euros', 'income 180.00'],
    ['Grandma sent 30 euros', 'income 30.00'],
    // A person paid back for the speaker's own thing: spent.
    ["j'ai remboursé Lucas pour mon billet, 38 €", 'spent 38.00'],
    ['remboursé 25 € à Sarah pour ma place', 'spent 25.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // The speaker refusing: only thought of.
    ["le vendeur voulait 60 €, j'ai refusé", 'spent 60.00 not_paid'],
    ['I refused the 90 euro warranty', 'spent 90.00 not_paid'],
    // A given name and a surname, a person's word after a capital: a person.
    ['Marie Dupont m’a rendu 20 €', 'repayment 20.00'],
    ['My Mum gave me back 20', 'repayment 20.00'],
    // A benefit body's or a client's « versé » stays earned.
    ["la CAF m'a versé 200 € pour la rentrée", 'income 200.00'],
    ["le client m'a versé 400 € pour le site", 'income 400.00'],
    // Sent to someone named, or by the speaker: money moved.
    ['Mum sent 50 to my brother', 'transfer 50.00'],
    ['I sent 60 to my savings', 'transfer 60.00'],
    // Paid back for their thing, or for what they lent: a repayment.
    ["j'ai remboursé Lucas pour le resto, 38 €", 'repayment 38.00'],
    ["j'ai remboursé Paul pour ce qu'il m'a prêté, 45 €", 'repayment 45.00'],
    ['paid my brother back the 100 he lent me', 'repayment 100.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
