/**
 * The longest words a note may carry (typed, or heard by the browser's recognition). Apart from
 * the schemas (api.ts), so the PWA's first screen takes it without them.
 */
export const MAX_TEXT_LENGTH = 1000;

/** The longest OCR text of a receipt the parser reads: a long supermarket ticket stays well under it. */
export const MAX_RECEIPT_TEXT = 20_000;

/**
 * The most expenses one note may make (a note's rows are numbered 0…49 in the database): words
 * saying more amounts are refused before any model reads them (too_many_amounts).
 */
export const MAX_EXPENSES_PER_NOTE = 50;
