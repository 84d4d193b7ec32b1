/** An amount in a form field, as each language writes it, and back to the API's decimal string. */
import { typedDecimal } from '@voicetrack/shared';
import type { Lang } from '../i18n/index.ts';

/** "12.50" as the person writes it: "12,50" in French, "12.50" in English; "" for no amount. */
export const amountForInput = (amount: string | null, lang: Lang): string =>
  amount === null ? '' : lang === 'fr' ? amount.replace('.', ',') : amount;

/** What the person typed as the API's decimal ("12,50", "12.5", "1 234,50"); null when it is no amount. */
export function amountFromInput(typed: string): string | null {
  const amount = typedDecimal(typed);
  return amount && amount !== '0.00' ? amount : null;
}
