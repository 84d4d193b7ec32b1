import { centsToDecimal } from '../money.ts';
import { describeSegment } from './describe.ts';
import type { Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import type { Lang, ParsedExpense, ParseOptions } from './types.ts';

const MAX_DESCRIPTION = 80;

/**
 * A number said with nothing that makes it a plain expense ("35", "le truc de 18 là"): kept for
 * a person to look at (reviewReason `unclear_amount`) in the default currency, never dropped.
 */
export function unclearExpense(
  text: string,
  scan: Scan,
  seg: Segment,
  lang: Lang,
  date: string,
  opts: ParseOptions,
): ParsedExpense {
  const cents = seg.amount?.cents ?? 0;
  return {
    amount: centsToDecimal(cents),
    currency: opts.currency,
    category: 'other',
    description: describeSegment(text, scan, seg, null, lang).slice(0, MAX_DESCRIPTION),
    date,
    categorySure: false,
    reviewReason: 'unclear_amount',
  };
}
