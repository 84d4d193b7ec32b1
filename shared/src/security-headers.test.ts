import { describe, expect, it } from 'vitest';
import { connectOrigins, inlineSources, securityHeaders } from './security-headers.ts';

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

  it('allow a page’s own inline script and style by their digests, and nothing else inline', () => {
    const csp = securityHeaders({
      connectSrc: [],
      inline: { scripts: ['c2NyaXB0'], styles: ['c3R5bGU=', 'dHdv'] },
    })['Content-Security-Policy'];
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-c2NyaXB0';");
    expect(csp).toContain("style-src 'self' 'sha256-c3R5bGU=' 'sha256-dHdv';");
    expect(csp).not.toContain('unsafe-inline');
    expect(securityHeaders({ connectSrc: [], inline: null })['Content-Security-Policy']).toContain(
      "style-src 'self';",
    );
  });

  it('read a page’s inline scripts and styles exactly as written, not the scripts it loads', () => {
    const html =
      '<head><script type="module" src="/a.js"></script><script type="module">let a = "<b>";\n</script>' +
      '<STYLE media="all">p{color:red}</STYLE><script src=/b.js></script></head><body><script></script></body>';
    expect(inlineSources(html)).toEqual({ scripts: ['let a = "<b>";\n', ''], styles: ['p{color:red}'] });
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
