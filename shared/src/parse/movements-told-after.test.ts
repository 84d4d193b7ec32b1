/**
 * The moves35 readings (issue 29), through the whole parser on Tuesday 24 November 2026: a refund
 * said after its amount (« 48 € de la SNCF …, remboursés ce matin », « 120 € reversés sur mon
 * compte »), the state's insurer written with a capital (« 17,50 € de la Sécu »), a claim
 * "settled" by an insurer, « avancé 25 € à Zoé » said without « j'ai », the speaker's own share
 * sent through an app (« pour ma part de la pizza », spent), a present's card naming whom it is for
 * rather than the occasion, and a person set on paying for the speaker (« ma belle-mère a tenu à
 * me payer mon caddie », flagged not paid). The look-alikes stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { movedOrSpentShort as read, TEST_OPTS } from './testing/test-parse.ts';

describe('a refund told after its amount', () => {
  it.each([
    // The refund's participle opens the clause after the amount's: it says what that money was.
    ['48 € de la SNCF pour le TGV supprimé, remboursés ce matin', 'refund 48.00'],
    ['48 euros from Ryanair for the cancelled flight, refunded today', 'refund 48.00'],
    ['le billet de train 48 €, remboursé hier', 'refund 48.00'],
    // Put back on the speaker's account; « reversé* » agrees inside the phrase.
    ['ma mutuelle a pris en charge mes nouvelles lunettes, 120 € reversés sur mon compte', 'refund 120.00'],
    ['80 € reversée sur mon compte par le vendeur', 'refund 80.00'],
    // The state's insurer, with a capital, gives back.
    ['17,50 € de la Sécu pour la consultation chez le généraliste', 'refund 17.50'],
    ["25 € de l'Assurance maladie pour le kiné", 'refund 25.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // Paid back by someone for an expense (an agent), not refunded, or the speaker's own purchase.
    ['48 € le TGV, remboursés par mon employeur', 'spent 48.00'],
    ['taxi 25 €, remboursé ce soir par le boulot', 'spent 25.00'],
    ['48 € le TGV, non remboursés', 'spent 48.00'],
    ["j'ai payé 48 € le TGV, remboursé ce matin", 'spent 48.00'],
    ['48 € le TGV, rembourse-moi', 'spent 48.00'],
    ['48 € le TGV, remboursement demandé', 'spent 48.00'],
    // Nothing or a time to come after the participle: an expense to be paid back, kept (the day to
    // come is the refund's, not the expense's: payback-later.ts).
    ['taxi 25 €, remboursé demain', 'spent 25.00'],
    ['pharmacie 12 €, remboursée à 70 %', 'spent 12.00'],
    ['kiné 45 €, remboursés', 'spent 45.00'],
    ['taxi 30 euros, refunded later', 'spent 30.00'],
    ['hotel 120 euros, reimbursed next month', 'spent 120.00'],
    // The speaker puts money back: given away, or moved between their own accounts.
    ["j'ai reversé 50 € à l'asso", 'spent 50.00'],
    ["j'ai reversé 50 € sur mon compte épargne", 'transfer 50.00'],
    // The insurance's own fee, a person named with a capital.
    ['40 € de la mutuelle', 'spent 40.00'],
    ['20 € de Sophie pour le ciné', 'repayment 20.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a claim settled, money advanced to a person', () => {
  it.each([
    ['my phone insurance settled the claim, 350 euros', 'refund 350.00'],
    ['AXA settled the car claim, 1,200 euros', 'refund 1200.00'],
    ['avancé 25 € à Zoé pour sa place de concert', 'loan 25.00'],
    ["avancé 30 € à mon frère pour l'essence", 'loan 30.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // The speaker settles, or pays a claim's cost; a claim said with nothing paid waits.
    ['I settled the claim excess, 100 euros', 'spent 100.00'],
    ['I settled the bill at the garage, 350', 'spent 350.00'],
    ['my phone insurance claim, 350 euros', 'spent 350.00 not_paid'],
    // Paid ahead, or advanced at a shop or a tradesman: spent.
    ["payé 25 € d'avance pour le concert", 'spent 25.00'],
    ['avancé 40 € à la pharmacie', 'spent 40.00'],
    ['avancé 25 € au plombier', 'spent 25.00'],
    ['200 € de papa, son cadeau de Noël en avance', 'income 200.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe("a share sent: the speaker's own is spent, another's pays back", () => {
  it.each([
    ['envoyé 12 € à Paul sur Lydia pour ma part de la pizza', 'spent 12.00'],
    ['sent Tom 12 on Revolut for my share of the pizza', 'spent 12.00'],
    ['my mum sent me my share of the inheritance, 500', 'income 500.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    ['Kate sent 20 on Lydia for her share of the pizza', 'repayment 20.00'],
    ["ma coloc m'a viré sa part d'électricité, 30 €", 'repayment 30.00'],
    ["Lucas m'a envoyé 22 €, c'est sa part", 'repayment 22.00'],
    ['envoyé 12 € à Paul sur Lydia pour la pizza', 'repayment 12.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe("a present's card names whom it is for", () => {
  const card = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.description;
  it.each([
    ['gave my nephew 20 for his birthday', 'Gave my nephew'],
    ['offert 50 € à ma filleule pour Noël', 'Filleule pour Noël'],
    // The occasion said with the thing bought keeps the thing.
    ['a birthday cake for my nephew, 20', 'Birthday cake for my nephew'],
    ["gâteau d'anniversaire, 25 €", "Gâteau d'anniversaire"],
    ["my friend's birthday drinks, 30", "Friend's birthday drinks"],
  ])('%s → %s', (text, want) => {
    expect(card(text)).toBe(want);
  });
});

describe('someone of one’s own set on paying for the speaker', () => {
  it.each([
    ['ma belle-mère a tenu à me payer mon caddie au Leclerc, 64 €', 'spent 64.00 not_paid'],
    ["Paul a voulu m'offrir le resto, 45 €", 'spent 45.00 not_paid'],
    ['mon père a insisté pour me payer le taxi, 30 €', 'spent 30.00 not_paid'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // Told to treat oneself, or treating oneself: the speaker's own money.
    ["ma sœur m'a dit de me payer un resto, 45 €", 'spent 45.00'],
    ["j'ai décidé de m'offrir un massage, 60 €", 'spent 60.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
