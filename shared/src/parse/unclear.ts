import { centsToDecimal } from '../money.ts';
import { describeSegment, FALLBACK_DESCRIPTION } from './describe.ts';
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
  said: string | null,
  today: string,
  opts: ParseOptions,
): ParsedExpense {
  const cents = seg.amount?.cents ?? 0;
  const description = describeSegment(text, scan, seg, null, lang).slice(0, MAX_DESCRIPTION);
  return {
    amount: centsToDecimal(cents),
    currency: opts.currency,
    category: 'other',
    description,
    date: said ?? today,
    categorySure: false,
    reviewReason: 'unclear_amount',
    provenance: {
      amount: { from: 'heard' },
      currency: { from: 'parsed' },
      date: { from: said ? 'heard' : 'parsed' },
      category: { from: 'parsed' },
      description: { from: description === FALLBACK_DESCRIPTION[lang] ? 'parsed' : 'heard' },
    },
  };
}
