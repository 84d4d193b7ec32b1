/**
 * A model's answer read as a household's bill: a share of a bill the words say becomes that bill,
 * whole, with the words' description; an amount the words say, or one that is no share of theirs,
 * stays the model's.
 */
import { readLocally } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import type { LlmExpense } from '../ports.ts';
import { wholeBillReader } from './whole-bill.ts';

const reading = (words: string, currency: string, wholeBill: boolean) =>
  readLocally(words, {
    now: new Date('2026-11-24T11:30:00Z'),
    timeZone: 'Europe/Paris',
    currency,
    locale: 'fr-FR',
    ...(wholeBill ? { wholeBill: true } : {}),
  });

/** The reader of the model's answers to these words, said in a household in `currency`. */
function readerOf(words: string, currency: string) {
  const whole = reading(words, currency, true);
  return wholeBillReader(reading(words, currency, false), whole, new Set(whole.spokenCents ?? []));
}

const answer = (amount: string, currency: string, description: string): LlmExpense => ({
  amount,
  currency,
  category: 'transport',
  description,
  date: '2026-11-24',
});

describe('a model’s expense read as a household’s bill', () => {
  it.each([
    // words, currency, the model's amount and description, the bill read back
    ['20 dollars de taxi, on partage', 'USD', '10.00', 'Taxi (part de 20 $)', '20.00', 'Taxi'],
    ['40 dollars de courses, ma part', 'USD', '20.00', 'Courses, ma part', '40.00', 'Courses'],
    ['taxi 30 dollars, split it with Sam', 'USD', '15.00', 'Taxi (share of $30)', '30.00', 'Taxi'],
    // The part said as it is (20 is said), read back too: 20 is no bill of the words.
    ["j'ai payé 40 euros le resto, ma part c'est 20", 'EUR', '20.00', 'Resto', '40.00', 'Resto'],
    // No share the personal reading takes, but the bill divided among three, to the cent.
    ['50 dollars de resto à trois', 'USD', '16.67', 'Resto', '50.00', 'Resto'],
    ['50 dollars de resto à trois', 'USD', '16.66', 'Resto', '50.00', 'Resto'],
  ])(
    '« %s » (%s): the model’s %s « %s » is the bill of %s « %s »',
    (words, currency, amount, description, whole, said) => {
      const { expense, corrected } = readerOf(words, currency)(answer(amount, currency, description));
      expect(corrected).toBe(true);
      expect(expense).toEqual(answer(whole, currency, said));
    },
  );

  it('keeps an amount the words say, without a share’s note in its description', () => {
    const read = readerOf('20 dollars de taxi, on partage', 'USD');
    expect(read(answer('20.00', 'USD', 'Taxi (part de 20 $)'))).toEqual({
      expense: answer('20.00', 'USD', 'Taxi'),
      corrected: false,
    });
    // « 10 » is said: a bill of 10 € is no share of the 20 € taxi.
    const both = readerOf('20 € de taxi et 10 € de pain, on partage', 'EUR');
    expect(both(answer('10.00', 'EUR', 'Pain')).expense.amount).toBe('10.00');
    // 20 € is the taxi said, though half the 40 € of shopping: it stays the taxi.
    const taxi = readerOf('20 € de taxi, 40 € de courses, on partage', 'EUR');
    expect(taxi(answer('20.00', 'EUR', 'Taxi'))).toEqual({
      expense: answer('20.00', 'EUR', 'Taxi'),
      corrected: false,
    });
  });

  it.each([
    ['an amount that is no share of the bill', '7.00', 'USD'],
    ['a share in another currency', '10.00', 'EUR'],
    ['more than the bill', '40.00', 'USD'],
  ])('leaves %s as the model said it, for the check against the words', (_, amount, currency) => {
    const read = readerOf('20 dollars de taxi, on partage', 'USD');
    expect(read(answer(amount, currency, 'Taxi'))).toEqual({
      expense: answer(amount, currency, 'Taxi'),
      corrected: false,
    });
  });
});
