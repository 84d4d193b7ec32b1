import type { Category } from '../categories.ts';
import { localDate } from '../dates.ts';
import { findCategory, findLearned, ONE_LANGUAGE_WORDS } from './categorize.ts';
import { describeSegment, MAX_DESCRIPTION } from './describe.ts';
import { isQuestion } from './expense-rules.ts';
import { detectLanguage } from './language.ts';
import { memoryTable, singular } from './memory.ts';
import { MAX_PARSE_LENGTH } from './parse-expense-text.ts';
import { scanTokens } from './scan.ts';
import { Role } from './scan-types.ts';
import { cleanText, tokenize } from './tokenize.ts';
import type { Mark, ParseOptions } from './types.ts';

/** What words that state no amount say of a purchase: "taxi hier" is Transport, yesterday, "Taxi". */
export interface UnderstoodWithoutAmount {
  category: Category;
  description: string;
  /** YYYY-MM-DD in the speaker's time zone: the day the words name, or the day they were said. */
  date: string;
}

/** Marks that make the words something other than a purchase: a reminder, a movement of money, a debt, an order to the system. */
const NOT_A_PURCHASE = new Set<Mark>([
  'reminder',
  'income',
  'refund',
  'paidBack',
  'repayment',
  'incoming',
  'loan',
  'transfer',
  'debt',
  'instruction',
  'imperative',
]);

/**
 * The category, date and description of words that name something bought but no amount ("taxi
 * hier", "lunch with Sam"), read by the same parts as parseExpenseText, so the person only has to
 * add the amount. null when the words name no purchase at all ("blah blah", "rappelle-moi
 * d'appeler maman"), are a question or a plan ("taxi demain"), or do state an amount (then
 * parseExpenseText is the reader).
 */
export function understandWithoutAmount(text: string, opts: ParseOptions): UnderstoodWithoutAmount | null {
  if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_PARSE_LENGTH) return null;
  const clean = cleanText(text);
  const tokens = tokenize(clean);
  const lang = detectLanguage(clean, tokens, opts.locale, ONE_LANGUAGE_WORDS);
  const today = localDate(opts.now, opts.timeZone);
  const scan = scanTokens(tokens, lang, today, opts.locale);
  // An amount, even one the parser could not use, is parseExpenseText's to read; counts ("deux cafés") are not.
  if (scan.amounts.some((a) => !a.quantity)) return null;
  if (scan.marks.some((m) => NOT_A_PURCHASE.has(m.mark)) || isQuestion(scan, clean)) return null;
  const date = scan.dates.find((d) => !d.dropped);
  if (date?.future) return null;

  const isWord = (i: number) => scan.roles[i] !== Role.Amount && scan.roles[i] !== Role.Skip;
  const learned = opts.memory?.length ? memoryTable(opts.memory) : null;
  const keyword =
    (learned &&
      findLearned(
        tokens.map((t) => ({ norm: singular(t.norm) })),
        0,
        tokens.length,
        learned,
      )) ||
    findCategory(tokens, 0, tokens.length, lang, isWord);
  // Without a word that names what was bought, there is nothing to complete.
  if (!keyword) return null;
  const description = describeSegment(
    clean,
    scan,
    { start: 0, end: tokens.length, amount: null },
    keyword,
    lang,
  ).slice(0, MAX_DESCRIPTION);
  return { category: keyword.category, description, date: date?.date ?? today };
}
