/**
 * Photos kept before the 50-megapixel check (2026-12-05) were never measured: a small file that
 * says a huge picture may be among them. Wherever a kept photo is read again to be decoded (the
 * page showing it, a JSON export that another server imports, a backup restored), its header is
 * read first, from its bytes' own type whatever type it was kept as.
 */
import { sniffImage, tooManyPixels } from '@voicetrack/shared';

/** Why a kept photo may not be decoded (the words of tooManyPixels); null when it may. */
export function refusedKeptPhoto(bytes: Uint8Array): string | null {
  const type = sniffImage(bytes);
  return type ? tooManyPixels(bytes, type) : null;
}
