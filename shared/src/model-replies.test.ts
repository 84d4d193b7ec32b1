import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LlmReplySchema } from './llm.ts';
import { ReceiptModelReplySchema } from './receipts.ts';

const expenseReply = (amount: string) =>
  v.safeParse(LlmReplySchema, {
    expenses: [{ amount, currency: 'eur', category: 'dining', description: 'resto', date: '2026-11-24' }],
  });
const ticketReply = (total: string | null) =>
  v.safeParse(ReceiptModelReplySchema, {
    total,
    currency: 'EUR',
    date: '2026-11-24',
    merchant: 'Monoprix',
    category: 'groceries',
  });

describe('an amount a model wrote', () => {
  it.each([
    [' 12,50 ', '12.50'],
    ['12.5', '12.5'],
    ['999999.99', '999999.99'],
  ])('is read with a dot: %j', (written, read) => {
    const expense = expenseReply(written);
    expect(expense.success && expense.output.expenses[0]?.amount).toBe(read);
    const ticket = ticketReply(written);
    expect(ticket.success && ticket.output.total).toBe(read);
  });

  it.each(['0', '0.00', '-3', '1.234', 'douze', '', '1000000000.00'])(
    'is refused when it is no positive amount of cents: %j',
    (written) => {
      const expense = expenseReply(written);
      expect(expense.success ? null : expense.issues[0]?.message).toBe(
        'amount must be a positive decimal with at most two places',
      );
      const ticket = ticketReply(written);
      expect(ticket.success ? null : ticket.issues[0]?.message).toBe(
        'total must be a positive decimal with at most two places',
      );
    },
  );

  it('may be missing on a ticket', () => {
    expect(ticketReply(null).success).toBe(true);
  });
});
