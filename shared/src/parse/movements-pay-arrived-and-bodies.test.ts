/**
 * Moves25, through the whole parser on Tuesday 24 November 2026: pay said to have arrived makes the
 * amount after it that pay and who it came "from" its payer (not a shop that sold); a state body of
 * a country pays and charges in its own money when none is said (HMRC, the DVLA: pounds); a rebate
 * is money given back.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0)
    return `${r.movement.kind} ${r.movement.amount} ${r.movement.currency}`;
  return r.expenses.map((e) => `spent ${e.amount} ${e.currency}`).join(' ');
};

describe('pay that arrived, a state body, a rebate', () => {
  it.each([
    ['wages came in, 1,640 euros from the care home', 'income 1640.00 EUR'],
    ['payday, 2,050 from the bakery I work at', 'income 2050.00 EUR'],
    ['HMRC paid back 412 of tax', 'refund 412.00 GBP'],
    ['a 95 rebate from HMRC', 'refund 95.00 GBP'],
    ['got a 30 rebate on the washing machine', 'refund 30.00 EUR'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // Pay said with no arrival: a place after "from" sold what was bought.
    ['got my salary, 35 euros from the butcher', 'spent 35.00 EUR'],
    // A body's fee is spent, in its money; a currency said stays.
    ['DVLA vehicle tax, 180', 'spent 180.00 GBP'],
    ['HMRC late filing penalty, 100 euros', 'spent 100.00 EUR'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
