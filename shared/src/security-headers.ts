/**
 * The security headers of every answer, written once: the Node server sends them (edge/src/http/
 * security.ts) and `pnpm build` writes them for a static host (web/dist/_headers, vercel.json).
 * The CSP allows no inline script and no eval: the PWA's only scripts are its own files and its
 * workers; WebAssembly may compile ('wasm-unsafe-eval', for Tesseract reading a ticket's photo on the
 * phone), which runs no JavaScript. The microphone (and the speech recognition that listens
 * through it) is for this origin only.
 */
export function securityHeaders(options: { connectSrc: readonly string[] }): Record<string, string> {
  const csp: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'"]],
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
