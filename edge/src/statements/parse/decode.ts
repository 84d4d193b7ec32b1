/**
 * Bytes to text as the bank wrote them: a BOM says UTF-8 (or UTF-16); an OFX header or an XML
 * declaration may name a charset; otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252
 * (the superset of Latin-1 that French banks' exports use). WHATWG TextDecoder: Node, Deno, browsers.
 */
const LATIN = ['1252', 'windows-1252', 'iso-8859-1', 'latin1', 'iso-8859-15', 'cp1252'];

function declared(head: string): string | null {
  const ofx = /^\s*CHARSET:\s*([\w-]+)/im.exec(head);
  if (ofx?.[1]) return ofx[1].toLowerCase();
  const xml = /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head);
  return xml?.[1]?.toLowerCase() ?? null;
}

export function decodeStatement(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const charset = declared(head);
  if (charset && LATIN.includes(charset)) return new TextDecoder('windows-1252').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
