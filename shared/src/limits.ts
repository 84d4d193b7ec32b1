/**
 * The longest words a note may carry (typed, or heard by the browser's recognition). Apart from
 * the schemas (api.ts), so the PWA's first screen takes it without them.
 */
export const MAX_TEXT_LENGTH = 1000;

/** The longest OCR text of a receipt the parser reads: a long supermarket ticket stays well under it. */
export const MAX_RECEIPT_TEXT = 20_000;
