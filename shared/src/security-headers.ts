/** The SHA-256 digests (base64) of a page's inline scripts and styles, allowed by its CSP. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * The security headers of every answer, written once: the Node server sends them (edge/src/http/
 * security.ts) and `pnpm build` writes them for a static host (web/dist/_headers, vercel.json).
 * The CSP allows no eval and no inline script but the page's own: the first screen's script and
 * style, inlined into index.html by the build (web/inline-first-screen.ts) so a first visit needs
 * one round trip, are allowed by their SHA-256 (`inline`, read from the built page), never by
 * 'unsafe-inline'; the other scripts are its own files and its workers. WebAssembly may compile
 * ('wasm-unsafe-eval', for Tesseract reading a ticket's photo on the phone), which runs no
 * JavaScript. The microphone (and the speech recognition that listens through it) is for this
 * origin only.
 */
export function securityHeaders(options: {
  connectSrc: readonly string[];
  inline?: InlineHashes | null;
}): Record<string, string> {
  const hashes = (list: readonly string[] | undefined) => (list ?? []).map((h) => `'sha256-${h}'`);
  const csp: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...hashes(options.inline?.scripts)]],
    ['style-src', ["'self'", ...hashes(options.inline?.styles)]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['media-src', ["'self'", 'blob:']],
    ['connect-src', ["'self'", ...new Set(options.connectSrc)]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return {
    'Content-Security-Policy': csp.map(([name, values]) => `${name} ${values.join(' ')}`).join('; '),
    'Permissions-Policy': 'microphone=(self), on-device-speech-recognition=(self), camera=(), geolocation=()',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Origin-Agent-Cluster': '?1',
    'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
    'X-DNS-Prefetch-Control': 'off',
    'X-Download-Options': 'noopen',
    'X-Permitted-Cross-Domain-Policies': 'none',
    'X-XSS-Protection': '0',
  };
}

/** The origins a page must reach besides its own: the API's (https) and Supabase's (https, wss). */
export function connectOrigins(urls: readonly (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const url of urls) {
    const m = url ? /^(https?):\/\/([^/?#]+)/i.exec(url.trim()) : null;
    if (!m) continue;
    const host = (m[2] as string).toLowerCase();
    out.add(`${(m[1] as string).toLowerCase()}://${host}`);
    out.add(`${m[1]?.toLowerCase() === 'https' ? 'wss' : 'ws'}://${host}`);
  }
  return [...out];
}

/**
 * The text of a page's inline scripts and style sheets, exactly as the browser hashes it for the
 * CSP (everything between the tags). A script with a `src` is a file, not inline.
 */
export function inlineSources(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter((m) => !/\ssrc\s*=/i.test(` ${m[1]}`))
    .map((m) => m[2] as string);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] as string);
  return { scripts, styles };
}
