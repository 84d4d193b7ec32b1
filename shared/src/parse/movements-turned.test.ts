/**
 * The moves19 movement rules, through the whole parser on Tuesday 24 November 2026: a payback
 * denied names no money back; a self-correction is read from its corrected words; someone else
 * paying their own share settles with the speaker; money lent in the present or to come, a loan
 * taken out or paid out, money put back on one's card, cash paid in at the bank, a thing handed
 * over for money, a debt squared up; someone cashing the speaker's money is spent.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0) return `${r.movement.kind} ${r.movement.amount}`;
  const spent = r.expenses.map((e) => `spent ${e.amount}${e.reimbursable ? ' reimbursable' : ''}`).join(' ');
  return r.movement ? `${spent}, ${r.movement.kind} said beside` : spent;
};

describe('movements turned around, and movements said in new ways', () => {
  it.each([
    // A payback denied: the speaker's money was given, not lent, and nothing is reimbursable.
    ["j'ai payé le ciné de Tom, il ne me remboursera pas, 11 €", 'spent 11.00'],
    // A self-correction: the words taken back are not read.
    ["versement sur l'épargne salariale, enfin non, c'est la mutuelle qui est passée, 41 €", 'spent 41.00'],
    // Someone else paying their own share.
    ['Paul a payé sa part du gîte, 120 €', 'repayment 120.00'],
    ['Tom paid his part of the villa, 200 euros', 'repayment 200.00'],
    // Lent in the present or to come, a loan taken out or paid out.
    ['mon oncle est en train de me prêter 300 €', 'loan 300.00'],
    ['my aunt is lending me 250 euros', 'loan 250.00'],
    ["j'ai pris un crédit de 3 000 € pour la voiture", 'loan 3000.00'],
    ['the bank paid out my 5,000 euro loan', 'loan 5000.00'],
    // Put back on the speaker's card, cash paid in, a thing handed over, a debt squared.
    ['Zalando put 35 euros back on my card', 'refund 35.00'],
    ['the airline credited 120 euros back to my account', 'refund 120.00'],
    ["100 € en liquide versés sur mon compte à l'agence", 'transfer 100.00'],
    ["j'ai cédé mon vélo à un collègue pour 60 €", 'income 60.00'],
    ['a neighbour took my old lawnmower off me for 40', 'income 40.00'],
    ['squared up with Max, 20 euros', 'repayment 20.00'],
    // Money sent by an insurer, paid over by a body or a person, paid for a person's own thing.
    ['la mutuelle a viré 60 € pour les lunettes', 'refund 60.00'],
    ["le Trésor public m'a reversé 300 €", 'refund 300.00'],
    ["Lucie m'a reversé sa part de l'essence, 25 €", 'repayment 25.00'],
    ["Nina m'a payé sa place, 35 €", 'repayment 35.00'],
    ['200 € de mon compte courant vers le compte joint', 'transfer 200.00'],
    ["I'm lending my brother 100 euros till Friday", 'loan 100.00'],
    // A payback waived: the speaker's, spent (not a plan, not paid back).
    ["paid Ben's share of the cab, he doesn't need to pay me back, 18 euros", 'spent 18.00'],
    ["j'ai ressorti 40 € au guichet automatique", 'transfer 40.00'],
    // Said in the present: sent, given back, refunded.
    ['ma mère me vire 100 € tous les mois', 'income 100.00'],
    ["mon fils me rend les 50 € qu'il me devait", 'repayment 50.00'],
    ['les impôts me remboursent 90 €', 'refund 90.00'],
    ["Hugo m'envoie 15 € pour sa place", 'repayment 15.00'],
    ['my brother is paying me back 40 euros today', 'repayment 40.00'],
    ['the insurance is refunding me 200 euros', 'refund 200.00'],
    // Money sent back by a body, the speaker's overpayment its story.
    ['the tax office sent back 90 euros I had overpaid', 'refund 90.00'],
    // A payback still to come, said before its amount: owed, neither spent nor moved.
    ['Tom is going to pay me back 15 euros', ''],
    // Paying a person for what they bought for the speaker: the speaker's thing.
    ["j'ai payé Léa pour le billet qu'elle m'a acheté, 45 €", 'spent 45.00'],
    ['I got my money back for the headphones, 60 euros', 'refund 60.00'],
    // Someone cashing the speaker's money: paid.
    ['le garagiste a encaissé mon chèque, 230 €', 'spent 230.00'],
    // Look-alikes that stay as they were.
    ["j'ai prêté 20 € à Julie, elle me rend ça vendredi", 'loan 20.00'],
    ["I lent Tom 20 euros, he's going to pay me back Friday", 'loan 20.00'],
    ["un voisin m'a acheté ma tondeuse, 80 €", 'income 80.00'],
    ["j'ai payé la mutuelle par virement, 45 €", 'spent 45.00'],
    ["mon client m'a payé sa commande, 300 €", 'income 300.00'],
    ["j'ai acheté, non, vendu ma lampe 25 €", 'income 25.00'],
    ['savings top-up, sorry, I mean the gym membership, 30 euros', 'spent 30.00'],
    ['my brother sent his half of the present, 40 euros', 'repayment 40.00'],
    ['Boulanger a recrédité mon compte de 60 €', 'refund 60.00'],
    ["j'ai payé sa part du resto, 20 €", 'spent 20.00'],
    ["j'ai cédé à la tentation, une montre à 200 €", 'spent 200.00'],
    ["j'ai encaissé le chèque de mamie, 50 €", 'income 50.00'],
    ['the insurer paid out my claim, 400 euros', 'refund 400.00'],
    ['dentiste 60 €, la mutuelle me remboursera', 'spent 60.00 reimbursable'],
    ["resto 80 € j'ai tout payé Marie me rendra sa part", 'spent 80.00 reimbursable'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
