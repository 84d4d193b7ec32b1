export { amountsInText } from './amounts-in-text.ts';
export { PARSER_CONFIDENT } from './confidence.ts';
export { withoutShareNote, wordsAsDescription } from './describe.ts';
export { OPEN_DATA_INPUTS, OPEN_DATA_SOURCES } from './lexicon-open-data.ts';
export { learnFromCorrection, MAX_LEARNED, memoryKey, rememberWord } from './memory.ts';
export { findMerchant, type Merchant } from './merchant.ts';
export { MAX_PARSE_LENGTH, parseExpenseText } from './parse-expense-text.ts';
export {
  READINGS_SEPARATOR,
  type ReceiptReading,
  readReceiptText,
  wantsSecondReading,
} from './receipt/read-receipt.ts';
export { RECEIPT_UNSURE, settleReceipt } from './receipt/settle-receipt.ts';
export { type RecurringHint, recurringHint } from './recurring-hint.ts';
export {
  awaitingConfirmation,
  CONFIRM_FIRST,
  FUTURE_DATE,
  LOCAL_ONLY_MIN_CONFIDENCE,
  type LocalReading,
  largestRecentCents,
  localRows,
  NO_AMOUNT,
  type NoteOutcome,
  outcomeOf,
  readLocally,
  type SettledExpense,
  settleLocally,
  toComplete,
} from './settle-locally.ts';
export type {
  LearnedWord,
  Movement,
  MovementKind,
  ParsedExpense,
  ParseOptions,
  ParseResult,
  ReviewReason,
} from './types.ts';
export { type UnderstoodWithoutAmount, understandWithoutAmount } from './understand-without-amount.ts';
