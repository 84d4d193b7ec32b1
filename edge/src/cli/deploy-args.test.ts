import { describe, expect, it } from 'vitest';
import { readDeployArgs, supabaseUrlOf } from './deploy-args.ts';

describe('readDeployArgs', () => {
  it.each([
    [
      ['https://abc.supabase.co/functions/v1/'],
      {
        apiUrl: 'https://abc.supabase.co/functions/v1',
        origin: undefined,
        supabaseUrl: 'https://abc.supabase.co',
      },
    ],
    [
      ['https://api.example.org', '--origin', 'https://app.example.org'],
      { apiUrl: 'https://api.example.org', origin: 'https://app.example.org', supabaseUrl: undefined },
    ],
    [
      ['http://127.0.0.1:54321/functions/v1', '--supabase-url', 'http://127.0.0.1:9999/'],
      {
        apiUrl: 'http://127.0.0.1:54321/functions/v1',
        origin: undefined,
        supabaseUrl: 'http://127.0.0.1:9999',
      },
    ],
    // Kept as given: the health check then says why …/api is wrong, with the URL to use.
    [
      ['https://abc.supabase.co/functions/v1/api'],
      {
        apiUrl: 'https://abc.supabase.co/functions/v1/api',
        origin: undefined,
        supabaseUrl: 'https://abc.supabase.co',
      },
    ],
  ])('reads %j', (argv, target) => {
    expect(readDeployArgs(argv)).toEqual({ target });
  });

  it.each([
    [[], 'give one URL'],
    [['a', 'b'], 'give one URL'],
    [['abc.supabase.co/functions/v1'], 'must be an http(s) URL'],
    [['ftp://abc.example'], 'must be an http(s) URL'],
    [['https://x.example?x=1'], 'no query'],
    [
      ['https://x.example', '--origin', 'https://app.example/'],
      'no path nor trailing slash, e.g. https://app.example',
    ],
    [['https://x.example', '--origin', 'https://app.example/app'], 'must be an origin'],
    [['https://x.example', '--unknown'], "Unknown option '--unknown'"],
    [['https://x.example', '--publishable-key', 'sb_publishable_x', '--token', 'ey.x.y'], 'not both'],
    [['https://x.example', '--publishable-key', 'sb_secret_x'], 'never a secret key'],
  ])('refuses %j', (argv, message) => {
    const args = readDeployArgs(argv);
    expect('error' in args && args.error).toContain(message);
  });

  it('asks for help with --help', () => {
    expect(readDeployArgs(['--help'])).toEqual({ help: true });
  });
});

describe('supabaseUrlOf', () => {
  it.each([
    ['https://abc.supabase.co/functions/v1', 'https://abc.supabase.co'],
    ['http://127.0.0.1:54321/functions/v1', 'http://127.0.0.1:54321'],
    ['https://abc.supabase.co/functions/v1/api', 'https://abc.supabase.co'],
    ['https://abc.supabase.co/functions/v10', undefined],
    ['https://expenses.example.org', undefined],
  ])('%s → %s', (url, project) => {
    expect(supabaseUrlOf(url)).toBe(project);
  });
});

describe('the signed-in request’s arguments', () => {
  it('keeps a publishable key or a token for it', () => {
    expect(
      readDeployArgs(['https://abc.supabase.co/functions/v1', '--publishable-key', 'sb_publishable_k']),
    ).toEqual({
      target: {
        apiUrl: 'https://abc.supabase.co/functions/v1',
        origin: undefined,
        supabaseUrl: 'https://abc.supabase.co',
        publishableKey: 'sb_publishable_k',
      },
    });
    const args = readDeployArgs(['https://abc.supabase.co/functions/v1', '--token', 'ey.a.b']);
    expect('target' in args && args.target.token).toBe('ey.a.b');
  });
});
