/**
 * What a movement's card says (movement-description.ts), through the whole parser: the person or
 * the thing the words name, the words that mark the movement kept when they name it (« Allocs »,
 * « Salaire », "Savings account"), the verbs that say it moved left at the ends, who and what for
 * both named with the verb between them left out. An expense's description is made as before.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const card = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  return r.movement
    ? `${r.movement.kind}: ${r.movement.description}`
    : r.expenses.map((e) => `spent: ${e.description}`).join(' ');
};

describe("a movement's card names the person or the thing", () => {
  it.each([
    ['les allocs sont tombées, 280 €', 'income: Allocs'],
    ['salaire reçu, 2 100 €', 'income: Salaire'],
    ["800 € de prime de fin d'année versés par mon employeur", "income: Prime de fin d'année"],
    ['300 € mis sur le livret A', 'transfer: Livret'],
    ['put 200 aside in my savings account', 'transfer: Savings account'],
    // Who, then what for, the verb between them left out (moves36).
    ["I covered Ben 30 for the taxi, he'll pay me back Friday", 'loan: Ben — taxi'],
    ["j'ai prêté 28 € à Zoé pour sa place de concert", 'loan: Zoé — place de concert'],
    ['Prêt à Zoé pour sa place de concert, 65 €', 'loan: Prêt à Zoé — place de concert'],
    ["Client m'a payé la facture, 300 €", 'income: Client — facture'],
    ["Hugo m'a rendu l'argent du billet de train, 45 €", 'repayment: Hugo — argent du billet de train'],
    ['my landlord gave me back 300 of the deposit', 'refund: Landlord — deposit'],
    ["Léa m'a viré 30 € pour les courses", 'repayment: Léa — courses'],
    ['a buyer on eBay paid 60 for my old camera', 'income: Buyer on eBay — old camera'],
    // A time said first names nothing: the card is the store.
    ["comme tous les mois, 100 € partis sur l'assurance-vie", 'transfer: Assurance-vie'],
    ["Marie m'a remboursé 20 €", 'repayment: Marie'],
    ['fait un virement de 100 € à mon fils', 'transfer: Fils'],
    ["j'ai sorti 80 € au distributeur de la gare", 'transfer: Distributeur de la gare'],
    ['refund from Amazon, 25 euros', 'refund: Refund from Amazon'],
    // A noun ending like a participle stays: « fin d'année », a name (« Chloé »), "the shed".
    ['remboursée par Chloé, 22 €', 'repayment: Chloé'],
    // How it moves is no card: the account it went to is (money40).
    ['virement automatique de 100 € sur le PEL', 'transfer: PEL'],
    ['virement permanent de 80 € vers mon livret', 'transfer: Livret'],
    ['standing order of 150 into my ISA', 'transfer: ISA'],
    ['virement mensuel de 300 € à ma mère', 'transfer: Mère'],
    // Look-alikes: expenses keep the description they had.
    ['payé 12 € au resto', 'spent: Resto'],
    ['reçu la facture du plombier, 90 € payés', 'spent: Facture du plombier'],
  ])('%s → %s', (text, want) => {
    expect(card(text)).toBe(want);
  });
});
