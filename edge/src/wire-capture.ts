/**
 * Part of the composition root (wire.ts calls it, nothing else): what the capture pipeline and
 * the receipt reader run with. Both claim notes in the same store, count the same provider costs,
 * learn the same words and tell the same watchers; only their reader differs.
 */
import type { CaptureDeps } from './capture/process-capture.ts';
import type { Config } from './config.ts';
import type { Money } from './money/money.ts';
import type { ExpenseParser, ReceiptOcr, ReceiptReader, Store, Transcriber } from './ports.ts';
import type { ReceiptDeps } from './receipts/process-receipt.ts';
import type { BankWatch } from './statements/bank-watch.ts';

export interface CaptureParts {
  store: Store;
  transcriber: Transcriber | null;
  parser: ExpenseParser | null;
  /** The vision model, or null. */
  receiptReader: ReceiptReader | null;
  /** Node: Tesseract on this server (receipts/lazy-ocr.ts); absent: none (Deno). */
  receiptOcr: (() => Promise<ReceiptOcr>) | undefined;
  money: Pick<Money, 'watch'>;
  bank: BankWatch;
  now: (() => Date) | undefined;
}

export function wireCapture(
  config: Config,
  parts: CaptureParts,
): { capture: CaptureDeps; receipts: ReceiptDeps } {
  const { store } = parts;
  const common = {
    captures: store.captures,
    usage: store.usage,
    learning: store.learning,
    leaseSeconds: config.capture.leaseSeconds,
    waitMs: config.capture.waitMs,
    defaultCurrency: config.capture.defaultCurrency,
    watch: parts.money.watch,
    bank: parts.bank,
    dailyCostLimitNano: config.capture.dailyCostLimitNano,
    ...(parts.now ? { now: parts.now } : {}),
    households: store.households,
  };
  return {
    capture: {
      ...common,
      transcriber: parts.transcriber,
      parser: parts.parser,
      maxAudioSeconds: config.capture.maxAudioSeconds,
    },
    // A receipt is read by the phone's OCR text, Tesseract here (Node), or the vision model.
    receipts: { ...common, reader: parts.receiptReader, ocr: parts.receiptOcr ?? null },
  };
}
