import { describe, expect, it } from 'vitest';
import { connectOrigins, securityHeaders } from './security-headers.ts';

describe('security headers', () => {
  it('allow the page to reach only itself and the origins it is given', () => {
    const csp = securityHeaders({ connectSrc: ['https://x.supabase.co', 'wss://x.supabase.co'] })[
      'Content-Security-Policy'
    ];
    expect(csp).toContain("connect-src 'self' https://x.supabase.co wss://x.supabase.co;");
    // WebAssembly may compile (Tesseract on the phone); JavaScript may not be eval'd or inlined.
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
  });

  it.each([
    [['https://ref.supabase.co/functions/v1'], ['https://ref.supabase.co', 'wss://ref.supabase.co']],
    [
      ['http://127.0.0.1:8787/x', undefined, ''],
      ['http://127.0.0.1:8787', 'ws://127.0.0.1:8787'],
    ],
    [
      ['HTTPS://A.example.org', 'https://a.example.org/'],
      ['https://a.example.org', 'wss://a.example.org'],
    ],
  ])('turn %j into origins %j', (urls, origins) => {
    expect(connectOrigins(urls)).toEqual(origins);
  });
});
