/**
 * Money said, then a participle of giving and its giver after « par » (money-given-by.ts): it came
 * in, as the active sentence says (« mon père m'a viré 300 € » is income). These were read as
 * expenses: money received counted as spent. « par » before a means, a rate or nothing of a giver,
 * and money given to someone (« au proprio »), stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const reading = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  return r.movement
    ? `${r.movement.kind} ${r.movement.amount}: ${r.movement.description}`
    : r.expenses.map((e) => `spent ${e.amount} ${e.category}`).join(', ');
};

describe('money given to the speaker, its giver told after « par »', () => {
  it.each([
    ['300 € virés par mon père', 'income 300.00: Père'],
    ['50 € envoyés par ma mère', 'income 50.00: Mère'],
    ['2000 € versés par mon employeur', 'income 2000.00: Employeur'],
    ['200 € versés par la CAF', 'income 200.00: CAF'],
    ['120 € reversés par la mutuelle', 'refund 120.00: Mutuelle'],
    ['150 € reversés par Vinted', 'income 150.00: Vinted'],
    ['60 € virés par Mme Petit', 'income 60.00: Mme Petit'],
    // Given by a person for a thing named: paid back, as « 20 € de ma sœur pour le ciné ».
    ['40 € virés par Julie pour le resto', 'repayment 40.00: Julie — resto'],
  ])('%s → %s', (text, want) => {
    expect(reading(text)).toBe(want);
  });

  it.each([
    // « par » before a rate or a means, or money given to someone: as before.
    // The landlord (« le proprio ») is housing's, as "the landlord" is (money38).
    ['150 € versés par mois au proprio', 'spent 150.00 housing'],
    ['30 € versés par carte', 'spent 30.00 other'],
    ['le loyer, 800 € versés au proprio', 'spent 800.00 housing'],
    // A payback: « remboursés par » keeps its reading (clauses.ts).
    ['consultation 30 €, remboursée par la mutuelle', 'spent 30.00 health'],
  ])('look-alike: %s → %s', (text, want) => {
    expect(reading(text)).toBe(want);
  });
});
