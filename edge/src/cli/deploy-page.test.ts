import { describe, expect, it } from 'vitest';
import { allows, connectSources } from './deploy-page.ts';

const PAGE = 'https://voicetrack.netlify.app';

describe('what a page’s CSP lets it connect to', () => {
  it('reads connect-src, else default-src', () => {
    expect(connectSources("default-src 'self'; connect-src 'self' https://a.example")).toEqual([
      "'self'",
      'https://a.example',
    ]);
    expect(connectSources("default-src 'self' https:")).toEqual(["'self'", 'https:']);
    expect(connectSources('frame-ancestors none')).toBeNull();
  });

  it.each([
    [["'self'"], PAGE, true],
    [["'self'"], 'https://abc.supabase.co', false],
    [['https://abc.supabase.co'], 'https://abc.supabase.co/functions/v1', true],
    [['https://abc.supabase.co'], 'http://abc.supabase.co', false],
    [['https://abc.supabase.co'], 'https://abc.supabase.co:8443', false],
    [['https://*.supabase.co'], 'https://abc.supabase.co', true],
    [['https://*.supabase.co'], 'https://supabase.co', false],
    [['https:'], 'https://abc.supabase.co', true],
    [['abc.supabase.co'], 'https://abc.supabase.co', true],
    [['http://127.0.0.1:8787'], 'http://127.0.0.1:8787/api', true],
    [['http://127.0.0.1:*'], 'http://127.0.0.1:9999', true],
    [['*'], 'https://abc.supabase.co', true],
  ])('%j allows %s: %s', (sources, url, allowed) => {
    expect(allows(sources, url, PAGE)).toBe(allowed);
  });
});
