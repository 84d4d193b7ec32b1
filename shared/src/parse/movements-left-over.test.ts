/**
 * The movement readings left by this round's helpers (left19), through the whole parser on Tuesday
 * 24 November 2026, each beside a look-alike that must not change: a reflexive « se payer » is a
 * treat bought; the speaker sending money back to a person repays them; money received « pour » a thing past the
 * money said, someone's share given back, or a debt to the speaker then sent, is a repayment; a ride "back from" a place is a journey.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0) return `${r.movement.kind} ${r.movement.amount}`;
  return r.expenses.map((e) => `spent ${e.amount} ${e.category}`).join(' ');
};

describe('movements the round left', () => {
  it.each([
    // « se payer » is a treat; someone paying the speaker, or a pay packet, is still income.
    ['je me paie un resto, 35 €', 'spent 35.00 dining'],
    ['ce soir on se paye une pizza, 24 €', 'spent 24.00 dining'],
    ['mon patron me paie 2000 € ce mois-ci', 'income 2000.00'],
    ['ma paie est arrivée, 1800 €', 'income 1800.00'],
    // The speaker sending money back to a person; a thing sent back is still the shop's refund.
    ['I sent back 20 euros to Paul', 'repayment 20.00'],
    ['I sent back 20 euros to my brother', 'repayment 20.00'],
    ['I sent back the jacket, 40 euros', 'refund 40.00'],
    // Someone's share given back; a gift is still income.
    ["mon frère m'a donné sa part du cadeau et du resto, 45 euros", 'repayment 45.00'],
    ['my sister gave me her share of the rent, 300 euros', 'repayment 300.00'],
    ["mamie m'a donné 50 € pour Noël", 'income 50.00'],
    // Received from a person for a thing, the money said between; a gift for an occasion stays income.
    ['virement reçu de Léa, 30 €, pour les courses', 'repayment 30.00'],
    ['virement reçu de Léa, 30 €, pour son anniversaire', 'income 30.00'],
    ['virement reçu de Léa, 30 €', 'income 30.00'],
    // A debt to the speaker, then sent; the speaker's own debt to a person, sent, pays it back
    // (v18n's and v19n's convention: a person paid back is a repayment; movement-roles.ts).
    ['Dave owed me 40 and sent it over', 'repayment 40.00'],
    ['I owed Dave 40 and sent it over', 'repayment 40.00'],
    // A ride back from a place; money back from a person or a shop.
    ['a taxi back from the party, 32 euros', 'spent 32.00 transport'],
    ['an uber back from the airport, 45 euros', 'spent 45.00 transport'],
    ['got 20 euros back from Tom', 'repayment 20.00'],
    ['money back from ASOS, 30 euros', 'refund 30.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
