import type { Category } from '../categories.ts';
import type { CategoryMatch } from './categorize.ts';
import type { ExpenseSignals } from './confidence.ts';
import { isDollarCurrency } from './currencies.ts';
import { unknownWords, unplacedDollar } from './doubts.ts';
import { dayGuessed, paybackGuessed } from './doubts-said.ts';
import { countRole } from './expense-rules.ts';
import { type AmountItem, type DateItem, Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import type { Share } from './split-bill.ts';
import type { Lang, ParseOptions } from './types.ts';

/** What was read of one expense, as parse-expense-text.ts settled it. */
export interface ExpenseRead {
  amount: AmountItem;
  keyword: CategoryMatch | null;
  price: { count: number; each: boolean };
  date: DateItem | undefined;
  share: Share | null;
  /** The segment's own keyword is clear and uncontested (ParsedExpense.categorySure before doubts). */
  lexiconSure: boolean;
  reimbursable: boolean;
  category: Category;
}

/** What the confidence (confidence.ts) weighs of one expense read from `seg`. */
export function expenseSignals(
  scan: Scan,
  seg: Segment,
  read: ExpenseRead,
  isKeyword: (i: number) => boolean,
  lang: Lang,
  opts: ParseOptions,
  today: string,
): ExpenseSignals {
  const { amount, date } = read;
  // Unknown words weigh only beside a category the lexicon is unsure of (confidence.ts doubted).
  const unknown = read.lexiconSure ? null : unknownWords(scan, seg.start, seg.end, isKeyword);
  return {
    bare: amount.currency === null,
    impliedCents: amount.impliedCents,
    ambiguousCurrency: amount.currency?.ambiguous === true && !isDollarCurrency(opts.currency),
    categoryWeight: read.keyword?.weight ?? 0,
    multiplied: read.price.count > 1,
    each: read.price.each,
    weakDate: date?.weak === true,
    vagueDate: date?.vague === true,
    wordy: countRole(scan, seg, Role.Free) > 8,
    guessedShare: read.share?.guessed === true,
    categorySure: read.lexiconSure,
    ...(unknown ? { unknownWords: unknown.count, unknownFirst: unknown.first } : {}),
    unplacedDollar: unplacedDollar(scan.tokens, lang, amount.currency),
    dayGuessed: dayGuessed(scan, date, today),
    paybackGuessed: paybackGuessed(scan, read.reimbursable, read.category),
  };
}
