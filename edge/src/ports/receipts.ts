/**
 * Receipts' ports: the photos kept with their expenses (store/receipt-photo-store.ts), Tesseract
 * on the server (receipts/ocr-node.ts, Node only) and the vision model that may read a photo
 * (providers/receipt-reader.ts, RECEIPT_PROVIDER=openai).
 */
import type { ReceiptImageType, ReceiptModelReply } from '@voicetrack/shared';
import type { Owner } from './owner.ts';
import type { ParseContext } from './providers.ts';

export interface ReceiptPhotoBytes {
  bytes: Uint8Array;
  mimeType: ReceiptImageType;
}

/** The photos kept with their expenses, the owner's own only. */
export interface ReceiptPhotoStore {
  get(owner: Owner, expenseId: string): Promise<ReceiptPhotoBytes | null>;
  /** false when the expense has no photo (or is not the owner's). */
  delete(owner: Owner, expenseId: string): Promise<boolean>;
  /** Photos of an import, each kept with the owner's expense of that clientId and position (unless it has one). */
  import(
    owner: Owner,
    rows: readonly (ReceiptPhotoBytes & { clientId: string; position: number })[],
  ): Promise<number>;
}

/** Tesseract, reading the words of a photo. */
export interface ReceiptOcr {
  /** The text Tesseract reads in a photo (JPEG, PNG, WebP, BMP). */
  read(image: Uint8Array): Promise<string>;
  close(): Promise<void>;
}

/** A vision model reading a ticket's photo. */
export interface ReceiptReader {
  /** e.g. "openai:gpt-4.1-mini". */
  readonly name: string;
  /** What the model reads on the ticket; throws LlmInvalidOutputError when its reply stays invalid. */
  readReceiptPhoto(
    photo: ReceiptPhotoBytes,
    context: ParseContext & { ocrText?: string },
  ): Promise<ReceiptModelReply>;
}
