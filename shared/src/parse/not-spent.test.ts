import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);

describe('money held, seen, planned or handed (not-spent.ts, spent-later.ts, money-handed.ts)', () => {
  it.each([
    // What is left, a balance, what an account holds: not spent, and not moved either.
    ["il me reste 35 € jusqu'à vendredi", '35.00'],
    ["I've got 120 euros left until payday", '120.00'],
    ['mon solde est de 210 €', '210.00'],
    ['le solde du compte est de 340 €', '340.00'],
    ['my account balance is 430 euros', '430.00'],
    ["j'ai 800 € sur mon compte épargne", '800.00'],
    ["there's 75 euros in my account", '75.00'],
    // A limit, a ceiling, an overdraft allowed.
    ['je me suis fixé une limite de 80 € pour le week-end', '80.00'],
    ['my spending cap is 200 a week', '200.00'],
    ['plafond de retrait 500 €', '500.00'],
    // The price of a thing saved up for, a plan, a wish.
    ["j'économise pour un scooter à 1 800 €", '1800.00'],
    ["I'm saving for a 250 euro drone", '250.00'],
    ["je vais m'acheter une tablette à 300 €", '300.00'],
    // « te », « t' » and « y » stand before the verb as « me » does (french-pronouns.ts).
    ["je vais t'offrir un resto à 40 €", '40.00'],
    ['je vais te payer une bière, 6 €', '6.00'],
    ['je vais y mettre 200 €', '200.00'],
    ["je veux t'acheter un livre à 20 €", '20.00'],
    ['on va prendre le forfait à 40 €', '40.00'],
    ["I'd love a new guitar, 700 euros", '700.00'],
    ['la facture du chauffagiste, 140 €, je la réglerai plus tard', '140.00'],
    // A price seen and left, an order or a booking cancelled, the money compared to.
    ['les bottes étaient trop chères, 160 €', '160.00'],
    ['the sofa was 900 euros, way too expensive', '900.00'],
    ['la réservation du resto de 90 € est annulée', '90.00'],
    ['my 40 euro order was cancelled', '40.00'],
    ['I took the bus instead of a 30 euro taxi', '30.00'],
    // A plan with no day, a want, a need, a price to come: shown flagged, no longer dropped unsaid.
    ['je vais acheter un vélo à 400 €', '400.00'],
    ["I'll pay the gardener 50 euros", '50.00'],
    ['faut que je paie le garagiste, 300 €', '300.00'],
    ['I want to buy a new phone, 800 euros', '800.00'],
    ["je veux m'acheter un manteau à 200 €", '200.00'],
    ["j'ai besoin d'un nouveau matelas, environ 500 €", '500.00'],
    ['I need a new boiler, about 2,000 euros', '2000.00'],
    ['mon abonnement va passer à 15 € par mois', '15.00'],
    ['le garagiste dit que ça va coûter 300 €', '300.00'],
    ["the hotel was 200 a night so we didn't book", '200.00'],
    // A person's debt to the speaker, not paid yet; an offer made to the speaker.
    ['Paul doit me rembourser 20 €', '20.00'],
    ['mon frère doit encore me rendre 30 balles', '30.00'],
    ["le garage m'a proposé 300 € pour ma voiture", '300.00'],
    ['someone offered me 200 euros for my bike', '200.00'],
    // Planned, almost done, not gone, paid by others, overdrawn, quoted, still to pay.
    ["I'm planning to get a new sofa, around 700 euros", '700.00'],
    ['planning on buying a bike, 350 euros', '350.00'],
    ['I almost paid 90 euros for a jacket', '90.00'],
    ["the tickets were 70 each so we didn't go", '70.00'],
    ['my parents are paying for the flights, 400 euros', '400.00'],
    ["I'm 200 euros overdrawn", '200.00'],
    ['got a quote for 400 euros for the fence', '400.00'],
    // Three parts of 150 each (fixtures README, instalments): 450 still to pay (was 150, one part).
    ["j'ai encore 3 mensualités de 150 € à payer", '450.00'],
    // Said among fillers; a plan said "gonna"; money to come back that has not.
    ['ah et il me reste genre 15 euros en liquide', '15.00'],
    ['I was gonna get takeaway, 25 euros, but cooked instead', '25.00'],
    ["ma sœur m'a toujours pas rendu les 40 €", '40.00'],
    ["j'attends toujours les 50 € de Marc", '50.00'],
    ["I'm still waiting for the 30 euros from Sam", '30.00'],
  ])('keeps "%s" as %s, flagged not_paid', (text, amount) => {
    const got = parse(text);
    expect(got.movement).toBeUndefined();
    expect(got.expenses.map((e) => [e.amount, e.reviewReason])).toEqual([[amount, 'not_paid']]);
  });

  it.each([
    // Past a budget is spent; so is what was taken after a plan, and the price paid "instead of" another.
    ['budget explosé, encore 20 € de resto', '20.00'],
    ['over budget again, 30 euros on takeaway', '30.00'],
    ['I paid 40 instead of 60 for the shoes', '40.00'],
    ["je voulais la grande taille à 60 mais j'ai pris la moyenne à 45 €", '45.00'],
    ["il me restait 15 euros, j'ai acheté un sandwich à 6 €", '6.00'],
    // Which half was paid: the amount said is that half, and "second" is no day.
    ['Paid the second half of the deposit, 300 euros', '300.00'],
    ["j'ai réglé l'autre moitié de la facture du garage, 250 €", '250.00'],
    // Look-alikes that stay plain expenses.
    ['peinture pour le plafond, 45 €', '45.00'],
    ["j'ai payé le solde des travaux, 800 €", '800.00'],
    ['bought the skis I was saving up for, 380 euros', '380.00'],
    ["c'était trop cher mais je l'ai pris quand même, 90 €", '90.00'],
    ['Paid a 20 euro cancellation fee for the hotel', '20.00'],
    // The words are said of another thing: a dessert left, a meal found dear, a flight cancelled.
    ["il restait un dessert, je l'ai pris, 6 €", '6.00'],
    ['le resto était trop cher, 85 € pour deux plats', '85.00'],
    ["mon vol a été annulé, j'ai dû prendre un hôtel à 90 €", '90.00'],
    // A want, a need or a cancelling said of something else, or before a payment.
    ["j'ai besoin de vacances, billet de train 60 €", '60.00'],
    ['I want to cry, parking ticket 35 euros', '35.00'],
    ["j'ai annulé mon abonnement mais j'ai payé le dernier mois, 30 €", '30.00'],
    // Money saved beside money spent is no expense.
    ["j'ai économisé 20 € en prenant le bus, le billet m'a coûté 2 €", '2.00'],
  ])('reads "%s" as %s spent', (text, amount) => {
    const got = parse(text);
    expect(got.expenses.map((e) => [e.amount, e.date, e.reviewReason])).toEqual([
      [amount, '2026-11-24', undefined],
    ]);
  });

  it('keeps « attends » a correction, not a wait for money', () => {
    expect(parse('essence 40, non attends, 45 €').expenses.map((e) => [e.amount, e.reviewReason])).toEqual([
      ['45.00', undefined],
    ]);
  });

  it.each([
    ["I'm owed 60 euros by my flatmate"],
    ['rappelle-moi de payer la cantine, 45 €'],
    ['remind me to pay the gym 30 euros'],
  ])('gives no expense for money owed to the speaker or an order to remind, "%s"', (text) => {
    expect(parse(text).expenses).toEqual([]);
  });

  it.each([
    // Money handed to a person with nothing named is given (the sets' convention), not other.
    ["j'ai filé 20 balles à mon frère", '20.00'],
    ['I gave my brother 20 quid', '20.00'],
    ["j'ai donné 5 € à un SDF", '5.00'],
  ])('reads money handed to a person, "%s", as a gift of %s', (text, amount) => {
    expect(parse(text).expenses.map((e) => [e.amount, e.category, e.reviewReason])).toEqual([
      [amount, 'gifts', undefined],
    ]);
  });

  it('keeps « ça va faire 12 € » the price now, and « je veux dire » a correction', () => {
    expect(parse("ça va faire 12 € s'il vous plaît").expenses.map((e) => e.reviewReason)).toEqual([
      undefined,
    ]);
    expect(
      parse('le taxi 40 euros, je veux dire 45 euros').expenses.map((e) => [e.amount, e.reviewReason]),
    ).toEqual([['45.00', undefined]]);
  });

  it('keeps « je vais me faire rembourser » an aside, not a plan', () => {
    const got = parse('taxi 30 €, je vais me faire rembourser');
    expect(got.expenses.map((e) => [e.amount, e.reimbursable, e.reviewReason])).toEqual([
      ['30.00', true, undefined],
    ]);
  });

  it.each([
    ["j'ai trouvé 5 € dans la rue", '5.00'],
    ['found 20 euros in my old coat', '20.00'],
    ["j'ai retrouvé un billet de 10 € dans mon manteau", '10.00'],
  ])('reads money found, "%s", as income of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect([got.movement?.kind, got.movement?.amount]).toEqual(['income', amount]);
  });

  it.each([
    // Paid back said with "back" first, and the money "he owed" that came to the speaker.
    ['I paid back my mate 20 euros', '20.00'],
    ['my brother paid me the 50 he owed', '50.00'],
    ['je lui ai rendu ses 20 €', '20.00'],
  ])('reads "%s" as a repayment of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect([got.movement?.kind, got.movement?.amount]).toEqual(['repayment', amount]);
  });

  it('reads money given back to a person for a thing of theirs as a repayment, « je lui ai remboursé le resto »', () => {
    // tests/fixtures/README.md's « Label conventions »: the meal was the lender's outlay; « ma part du
    // resto » would name the speaker's own share, spent.
    const got = parse('je lui ai remboursé le resto, 25 €');
    expect([got.expenses.length, got.movement?.kind, got.movement?.amount]).toEqual([
      0,
      'repayment',
      '25.00',
    ]);
    expect(parse('je lui ai remboursé ma part du resto, 25 €').expenses.map((e) => e.amount)).toEqual([
      '25.00',
    ]);
  });

  it('keeps an offer beside money paid the money paid', () => {
    expect(
      parse("on m'a proposé une réduction, j'ai payé 45 €").expenses.map((e) => [e.amount, e.reviewReason]),
    ).toEqual([['45.00', undefined]]);
  });

  it('reads a thing found at a price as bought', () => {
    expect(parse('found a great lamp for 30 euros at the flea market').expenses.map((e) => e.amount)).toEqual(
      ['30.00'],
    );
  });

  it.each([
    ["j'ai renvoyé mes bottes à 120 €"],
    ['I returned the jacket, 60 euros'],
    ['I sent back the shoes, 45 euros'],
  ])('reads a thing sent back, "%s", as money coming back from the shop', (text) => {
    const got = parse(text);
    expect([got.expenses.length, got.movement?.kind]).toEqual([0, 'refund']);
  });

  it('keeps "I returned the 10 euros to my brother" a repayment', () => {
    expect(parse('I returned the 10 euros to my brother').movement?.kind).toBe('repayment');
  });
});
