/**
 * The LLM's reply: what the edge asks the model for (as a JSON schema for structured outputs)
 * and the valibot schema that checks what actually came back.
 */
import * as v from 'valibot';
import { CategorySchema, CurrencySchema, IsoDateSchema } from './api.ts';
import { CATEGORIES } from './categories.ts';
import { decimalToCents, MAX_CENTS } from './money.ts';

/**
 * An amount a model wrote, "12,50" or "12.5" → "12.50"-compatible decimal (models write both);
 * `field` names it in the message when it is none (the expense's amount, a ticket's total).
 */
export const modelAmountSchema = (field: string) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.transform((s) => s.replace(',', '.')),
    v.check((s) => {
      const c = decimalToCents(s);
      return c !== null && c > 0 && c <= MAX_CENTS;
    }, `${field} must be a positive decimal with at most two places`),
  );

export const LlmReplySchema = v.object({
  expenses: v.pipe(
    v.array(
      v.object({
        amount: modelAmountSchema('amount'),
        currency: v.pipe(v.string(), v.trim(), v.toUpperCase(), CurrencySchema),
        category: CategorySchema,
        description: v.pipe(v.string(), v.trim(), v.maxLength(200)),
        date: IsoDateSchema,
      }),
    ),
    v.maxLength(20),
  ),
});
export type LlmReply = v.InferOutput<typeof LlmReplySchema>;

/** The same shape for the provider's structured outputs (strict: all required, nothing extra). */
export const LLM_REPLY_JSON_SCHEMA = {
  type: 'object',
  properties: {
    expenses: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          amount: { type: 'string', description: 'Decimal amount with a dot, as said, e.g. "12.50"' },
          currency: { type: 'string', description: 'ISO 4217 code, e.g. EUR' },
          category: { type: 'string', enum: [...CATEGORIES] },
          description: { type: 'string', description: 'A few words in the speaker’s language' },
          date: { type: 'string', description: 'YYYY-MM-DD' },
        },
        required: ['amount', 'currency', 'category', 'description', 'date'],
        additionalProperties: false,
      },
    },
  },
  required: ['expenses'],
  additionalProperties: false,
} as const;
