/**
 * `Content-Disposition: attachment` with the file's name as RFC 6266 says: an ASCII `filename`
 * for old clients, and `filename*` (RFC 8187, UTF-8, percent-encoded) when the name is not ASCII.
 */

/** RFC 8187 attr-char: letters, digits and !#$&+-.^_`|~; everything else is percent-encoded. */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The closest ASCII: accents dropped (é → e), anything else unsafe in a quoted string → `_`. */
function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

export function attachment(fileName: string): string {
  const ascii = asciiFallback(fileName);
  const plain = `attachment; filename="${ascii}"`;
  return ascii === fileName ? plain : `${plain}; filename*=UTF-8''${encodeRfc8187(fileName)}`;
}
