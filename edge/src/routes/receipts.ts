import { sValidator } from '@hono/standard-validator';
import {
  isWholeImage,
  MAX_RECEIPT_BYTES,
  ReceiptCaptureSchema,
  sniffImage,
  stripImageMetadata,
  tooManyPixels,
} from '@voicetrack/shared';
import { Hono } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { BODY_LIMITS } from '../http/body-limits.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody, multipartForm, tooLarge, validationFailed } from '../http/validate.ts';
import type { Counter } from '../observe/metrics.ts';
import type { ReceiptPhotoStore } from '../ports.ts';
import { refusedKeptPhoto } from '../receipts/kept-photo.ts';
import { processReceipt, type ReceiptDeps } from '../receipts/process-receipt.ts';
import { saneRecordedAt } from './captures.ts';

const MAX_PARTS = 12;

/** The receipt's form: a missing or textual `image` is named as such, other fields as usual. */
const receiptForm = sValidator('form', ReceiptCaptureSchema, (result) => {
  if (result.success) return;
  const image = (result.data as Record<string, unknown>).image;
  if (Array.isArray(image)) throw new ApiError(400, 'validation_failed', 'image must be sent once.');
  if (!(image instanceof File)) {
    throw new ApiError(
      400,
      'missing_image',
      image === undefined ? 'The receipt has no `image` file.' : '`image` must be a file, not text.',
    );
  }
  throw validationFailed(result.error);
});

export interface ReceiptRouteDeps {
  receipts: ReceiptDeps;
  photos: ReceiptPhotoStore;
  /** Notes counted by source and outcome (metrics). */
  notes: Counter;
}

/**
 * POST /receipts (multipart: the photo, and what the phone's OCR read), and the photo kept with
 * its expense: GET and DELETE /expenses/:id/photo.
 */
export function receiptRoutes({ receipts: deps, photos, notes }: ReceiptRouteDeps) {
  return new Hono<AppEnv>()
    .post(
      '/receipts',
      limitBody(BODY_LIMITS.receipt.maxSize, BODY_LIMITS.receipt.what),
      multipartForm(MAX_PARTS),
      receiptForm,
      async (c) => {
        const { image, text, ...meta } = c.req.valid('form');
        saneRecordedAt(meta.recordedAt);
        if (image.size === 0) throw new ApiError(400, 'empty_image', 'The photo is empty.');
        if (image.size > MAX_RECEIPT_BYTES) tooLarge('The photo', MAX_RECEIPT_BYTES);
        const bytes = new Uint8Array(await image.arrayBuffer());
        // What the bytes are, whatever the part's declared type or name says.
        const mimeType = sniffImage(bytes);
        if (!mimeType) {
          throw new ApiError(
            415,
            'unsupported_image',
            'The file is not a photo this server keeps (JPEG, PNG or WebP).',
          );
        }
        if (!isWholeImage(bytes, mimeType))
          throw new ApiError(422, 'unreadable_image', 'The photo is damaged or cut short: send it again.');
        // A small file can say a huge picture: refused before Tesseract (or a phone) decodes it.
        const huge = tooManyPixels(bytes, mimeType);
        if (huge) throw new ApiError(413, 'payload_too_large', huge);
        const outcome = await processReceipt(deps, c.get('owner'), {
          ...meta,
          // Multipart sends line breaks as CRLF: the words are kept as the phone read them.
          ...(text?.trim() ? { text: text.replace(/\r\n?/g, '\n') } : {}),
          photo: { bytes: stripImageMetadata(bytes, mimeType), mimeType },
        });
        if (outcome.kind === 'refused') throw refusalError(outcome);
        if (outcome.created) notes.inc({ source: 'receipt', outcome: outcome.result.status });
        return c.json(outcome.result, outcome.created ? 201 : 200);
      },
    )
    .get('/expenses/:id/photo', async (c) => {
      const photo = await photos.get(c.get('owner'), c.req.param('id'));
      if (!photo) throw new ApiError(404, 'not_found', 'This expense has no photo.');
      // Kept before the pixel limit: refused as its upload would be now; the expense stays.
      const huge = refusedKeptPhoto(photo.bytes);
      if (huge) throw new ApiError(413, 'payload_too_large', huge);
      return c.body(photo.bytes.slice().buffer, 200, {
        'content-type': photo.mimeType,
        // A person's receipt: kept by this browser only, never by a shared cache.
        'cache-control': 'private, max-age=3600',
      });
    })
    .delete('/expenses/:id/photo', async (c) => {
      if (!(await photos.delete(c.get('owner'), c.req.param('id'))))
        throw new ApiError(404, 'not_found', 'This expense has no photo.');
      return c.body(null, 204);
    });
}
