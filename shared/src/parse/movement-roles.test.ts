/**
 * The moves20 frame of direction and roles (movement-roles.ts), through the whole parser on
 * Tuesday 24 November 2026: who gave to whom, and who owed whom, decide a debt settled; the
 * look-alikes (a thing sent back, change given, a refund by a shop, the speaker's share) stay as
 * they were.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0) return `${r.movement.kind} ${r.movement.amount}`;
  const spent = r.expenses.map((e) => `spent ${e.amount}`).join(' ');
  return r.movement ? `${spent}, ${r.movement.kind} said beside` : spent;
};

describe('who gave to whom, and who owed whom', () => {
  it.each([
    // A debt to the speaker said first, then the money given to the speaker by a pronoun.
    ['Sonia me devait 30 €, elle me les a virés hier', 'repayment 30.00'],
    ["les 15 € que j'avais avancés à Paulo, il me les a enfin rendus", 'repayment 15.00'],
    ['Rita owed me 12 euros and she sent it this morning', 'repayment 12.00'],
    // The speaker's own debt to a person, given back: « je lui », « je leur », "to", "back".
    ["Inès m'avait dépanné de 50 €, je les lui ai rendus", 'repayment 50.00'],
    ["je leur ai rendu les 80 € qu'ils m'avaient avancés", 'repayment 80.00'],
    ["j'ai viré à Bruno les 25 € que je lui devais", 'repayment 25.00'],
    ['I paid back 60 euros to Oscar', 'repayment 60.00'],
    ['gave Nora her 20 euros back', 'repayment 20.00'],
    ['remboursé Hugo par Lydia, 14 €', 'repayment 14.00'],
    ['I owed Fred 30 and sent it over', 'repayment 30.00'],
    // The recent past (« je viens de … ») is an act done; « frangine » is a sister.
    ['je viens de rendre 20 € à ma frangine', 'repayment 20.00'],
    // The speaker's own share of a thing, given to a person who paid it: spent.
    ['my share of the gîte, 90 euros, sent to Emma', 'spent 90.00'],
    // A debt to a lender is the speaker's expense; so is a thing named in the giving.
    ["j'ai remboursé mon crédit conso, 120 €", 'spent 120.00'],
    // Paid for someone who owes it now: lent.
    ["j'ai pris la place de Léo, 18 €, il me doit ça", 'loan 18.00'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    // A thing sent back, a passive of a body, change given back: no debt of the speaker's settled.
    ["j'ai renvoyé la veste, remboursé 60 €", 'refund 60.00'],
    ['remboursé par la CPAM, 23 €', 'refund 23.00'],
    ["la boulangère m'a rendu 2 € sur 10", 'spent 8.00'],
    // A shop giving back is a refund, whatever the pronoun says.
    ["Boulanger m'a remboursé 35 € pour le grille-pain", 'refund 35.00'],
    // « Julien me doit la moitié » after money spent is an aside: the speaker's, reimbursable.
    ["j'ai payé les places de cirque 60 € Julien me doit la moitié", 'spent 60.00'],
  ])('look-alike: %s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});
