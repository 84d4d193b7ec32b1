import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);

describe('who moved the money to whom', () => {
  it.each([
    // A shop or a body gives back (named before the verb, after "from", or a thing was returned).
    ["la Fnac m'a rendu 45 € pour le casque", 'refund', '45.00', 'EUR'],
    ['money back from Decathlon, 20 euros', 'refund', '20.00', 'EUR'],
    ["la CARSAT m'a remboursé 31 €", 'refund', '31.00', 'EUR'],
    ["j'ai récupéré 18 € après le retour du pantalon", 'refund', '18.00', 'EUR'],
    ['returned the lamp to IKEA and got my 35 euros back', 'refund', '35.00', 'EUR'],
    ['The insurer paid out 900 euros', 'refund', '900.00', 'EUR'],
    ['Uber Eats credited me 6 euros', 'refund', '6.00', 'EUR'],
    ["la CPAM m'a viré 23 € pour le généraliste", 'refund', '23.00', 'EUR'],
    ["l'assurance m'a dédommagé de 60 € pour la valise", 'refund', '60.00', 'EUR'],
    ['got 40 euros compensation for the cancelled ferry', 'refund', '40.00', 'EUR'],
    ["Air Canada m'a remboursé 90 €", 'refund', '90.00', 'EUR'],
    ['je me suis fait rembourser le vol, 120 €', 'refund', '120.00', 'EUR'],
    // People give back; a share named is paid back.
    ["mes potes m'ont remboursé l'essence, 40 €", 'repayment', '40.00', 'EUR'],
    ["mon colocataire m'a viré sa moitié de la box, 20 €", 'repayment', '20.00', 'EUR'],
    ['My sister sent me back the 30 euros', 'repayment', '30.00', 'EUR'],
    ['Sam gave 15 euros back for the drinks', 'repayment', '15.00', 'EUR'],
    ['Léa transferred her half of the rent, 450 euros', 'repayment', '450.00', 'EUR'],
    ["mes potes m'ont filé leur part du loyer, 300 €", 'repayment', '300.00', 'EUR'],
    ['virement reçu de Zoé pour le ciné, 10 €', 'repayment', '10.00', 'EUR'],
    // The speaker gives back to a person.
    ["j'ai remboursé Camille, 25 €", 'repayment', '25.00', 'EUR'],
    ["j'ai rendu 15 € à mon frère", 'repayment', '15.00', 'EUR'],
    ['I paid him back 30 euros', 'repayment', '30.00', 'EUR'],
    ['paid Tom back the 15 pounds', 'repayment', '15.00', 'GBP'],
    // A buyer, a client or an employer pays for work or a sale.
    ["un client m'a payé 300 € pour le logo", 'income', '300.00', 'EUR'],
    ['made 60 euros selling comics at the flea market', 'income', '60.00', 'EUR'],
    ['Our client transferred 1,200 euros', 'income', '1200.00', 'EUR'],
    ['le client a réglé ma facture, 900 €', 'income', '900.00', 'EUR'],
    ['Vinted sale came through, 30 euros', 'income', '30.00', 'EUR'],
    ['la prime de rentrée est arrivée, 400 €', 'income', '400.00', 'EUR'],
    ['Payday, 1,800 euros', 'income', '1800.00', 'EUR'],
    ['Made 60 euros in tips at the bar', 'income', '60.00', 'EUR'],
    ["j'ai eu 20 € de pourboires au resto", 'income', '20.00', 'EUR'],
    // Pay arrived, said in the passive; a cheque given.
    ['ma paye est arrivée, 1 700 €', 'income', '1700.00', 'EUR'],
    ['les allocations ont été versées, 320 €', 'income', '320.00', 'EUR'],
    ["mon oncle m'a fait un chèque de 100 €", 'income', '100.00', 'EUR'],
    // Borrowed, or paid for someone who now owes it: a loan.
    ["j'ai emprunté 100 € à mes parents", 'loan', '100.00', 'EUR'],
    ['I borrowed 20 quid from Dan', 'loan', '20.00', 'GBP'],
    ["j'ai payé la place de Nina, 12 €, elle me doit ça", 'loan', '12.00', 'EUR'],
    ['Spotted my mate 10 euros for a bus ticket', 'loan', '10.00', 'EUR'],
    // A store of one's own money topped up, or money changed: a transfer.
    ["j'ai rechargé mon compte N26 de 200 €", 'transfer', '200.00', 'EUR'],
    ['topped up my Wise balance with 50 pounds', 'transfer', '50.00', 'GBP'],
    ["j'ai changé 300 € en dollars", 'transfer', '300.00', 'EUR'],
    ["j'ai mis 200 € de côté", 'transfer', '200.00', 'EUR'],
    ["j'ai mis 10 € dans ma tirelire", 'transfer', '10.00', 'EUR'],
    ["j'ai retiré 40 € au distributeur de la boulangerie", 'transfer', '40.00', 'EUR'],
    ["j'ai rechargé la carte prépayée de ma fille, 30 €", 'transfer', '30.00', 'EUR'],
    ['carte Revolut rechargée de 25 €', 'transfer', '25.00', 'EUR'],
    ['versement de 100 € sur mon livret', 'transfer', '100.00', 'EUR'],
    ['Topped up Starling with 20 pounds', 'transfer', '20.00', 'GBP'],
    // A person paid back for a thing of theirs: a debt settled (the README's « Label conventions »).
    ["j'ai remboursé 18 € à Léo pour le ciné", 'repayment', '18.00', 'EUR'],
  ])('"%s" is a %s of %s %s', (text, kind, amount, currency) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount, currency });
  });

  it.each([
    // A debt of one's own paid back, or what was bought with money given back, is spent.
    ["j'ai remboursé mon prêt immobilier, 950 €", '950.00'],
    ['remboursement du crédit voiture, 240 €', '240.00'],
    // A bill or a parcel received is no money received.
    ["j'ai reçu la facture du plombier, 120 €, payée", '120.00'],
    ["j'ai reçu une contravention de 35 €, payée en ligne", '35.00'],
    // The speaker's own share sent is spent; a prepaid phone line topped up is spent.
    ["j'ai fait un virement de 20 € à Tom pour ma part du taxi", '20.00'],
    ['recharge de la ligne prépayée de mamie, 20 €', '20.00'],
    // A tip left is spent.
    ["resto 40 €, j'ai laissé 5 € de pourboires", '45.00'],
    // A thing bought named after the movement: « du coup », "so".
    ['paie reçue, du coup ciné ce soir, 12 €', '12.00'],
    ['got my bonus so I booked a massage, 70 euros', '70.00'],
    ['paid Lisa back 12 euros for my cinema ticket', '12.00'],
    // A pass topped up is spent on what it buys; paid ahead at a shop is spent, not lent.
    ['topped up my Oyster card, 15 pounds', '15.00'],
    ["j'ai avancé 60 € à la clinique vétérinaire", '60.00'],
  ])('"%s" is an expense of %s', (text, amount) => {
    const got = parse(text);
    expect(got.movement).toBeUndefined();
    expect(got.expenses.map((e) => e.amount)).toEqual([amount]);
  });

  it('reads money still owed as no expense, shown as money lent so that it is not lost (round 36)', () => {
    const got = parse('I still owe Maria 40 euros');
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind: 'loan', amount: '40.00' });
  });
});
