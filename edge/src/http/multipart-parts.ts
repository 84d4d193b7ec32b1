/**
 * How many parts a multipart body holds, counted on its bytes before any parser builds them:
 * Request.formData() builds every part before the route can count them (400,000 parts of a few
 * bytes, 20.8 MB, under the receipts' limit, cost ~3.8 s of CPU and 135 MB before their 400).
 */

/** The `boundary` parameter of a multipart media type (quoted or not), or null. */
export function boundaryOf(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,200})"|([^\s;"]{1,200}))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

/**
 * The parts a body can hold, at most `atMost + 1` (counting stops there). Every `--boundary` in the
 * bytes that is not a close delimiter (`--boundary--`) is counted, wherever it stands and whatever
 * follows a close one, so the count is never below what a parser finds (RFC 2046 wants a line
 * break before a delimiter; a parser that asks less still finds no more). A browser's boundary is
 * random: a file holding it is over-counted, never under.
 */
export function countParts(body: Uint8Array, boundary: string, atMost: number): number {
  const needle = new TextEncoder().encode(`--${boundary}`);
  const first = needle[0] as number;
  let parts = 0;
  let at = body.indexOf(first);
  while (at !== -1 && at + needle.length <= body.length) {
    if (startsAt(body, needle, at)) {
      const end = at + needle.length;
      // "--boundary--" opens no part; counting goes on past it (it may stand inside a part).
      if (body[end] !== 0x2d || body[end + 1] !== 0x2d) parts++;
      if (parts > atMost) return parts;
      at = body.indexOf(first, end);
    } else {
      at = body.indexOf(first, at + 1);
    }
  }
  return parts;
}

function startsAt(body: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let i = 1; i < needle.length; i++) if (body[at + i] !== needle[i]) return false;
  return true;
}
