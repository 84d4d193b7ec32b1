import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../config.ts';
import { isLoopbackHost } from './doors.ts';

describe('pairing by where the server listens', () => {
  it.each([
    [{}, 'off'],
    [{ HOST: '127.0.0.1' }, 'off'],
    [{ HOST: '::1' }, 'off'],
    [{ HOST: 'localhost' }, 'off'],
    [{ HOST: '127.0.0.1', PAIRING: 'required' }, 'required'],
    [{ HOST: '0.0.0.0', PUBLIC_URL: 'http://192.168.1.20:8787' }, 'required'],
    [{ HOST: '::', PUBLIC_URL: 'http://192.168.1.20:8787' }, 'required'],
    [{ HOST: '192.168.1.20' }, 'required'],
    [{ HOST: '0.0.0.0', PAIRING: 'required', PUBLIC_URL: 'http://192.168.1.20:8787' }, 'required'],
    // Loopback behind Caddy or Tailscale serve is reachable all the same.
    [{ TRUST_PROXY: '1' }, 'required'],
    [{ PUBLIC_URL: 'https://vt.example.org' }, 'required'],
    [{ PUBLIC_URL: 'http://127.0.0.1:8787' }, 'off'],
  ] as const)('%o → %s', (env, pairing) => {
    expect(readConfig(env).doors.pairing).toBe(pairing);
  });

  it('refuses PAIRING=off off loopback, and anything but required|off', () => {
    expect(() => readConfig({ HOST: '0.0.0.0', PAIRING: 'off' })).toThrow(ConfigError);
    expect(() => readConfig({ HOST: '10.0.0.2', PAIRING: 'OFF' })).toThrow(/PAIRING=off is refused/);
    expect(() => readConfig({ TRUST_PROXY: '1', PAIRING: 'off' })).toThrow(/refused with TRUST_PROXY=1/);
    expect(() => readConfig({ PUBLIC_URL: 'https://vt.example.org', PAIRING: 'off' })).toThrow(ConfigError);
    // Supabase mode asks every request for a token whatever PAIRING says.
    expect(
      readConfig({
        HOST: '0.0.0.0',
        PAIRING: 'off',
        SUPABASE_URL: 'https://x.supabase.co',
        PUBLIC_URL: 'http://192.168.1.20:8787',
      }).supabase,
    ).not.toBeNull();
    expect(() => readConfig({ PAIRING: 'maybe' })).toThrow(/required" or "off"/);
  });

  it('refuses a wildcard HOST with no PUBLIC_URL: no phone could open it, its pairing links would say 0.0.0.0', () => {
    for (const HOST of ['0.0.0.0', '::'])
      expect(() => readConfig({ HOST })).toThrow(
        /listens on every address but names none a phone can open: set PUBLIC_URL/,
      );
    expect(() => readConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'voicetrack.lan' })).toThrow(/set PUBLIC_URL/);
    expect(readConfig({ HOST: '0.0.0.0', PUBLIC_URL: 'http://voicetrack.lan:8787' }).doors.publicUrl).toBe(
      'http://voicetrack.lan:8787',
    );
  });

  it('knows loopback from everyone', () => {
    expect(['127.0.0.1', '127.8.9.10', '[::1]', 'LOCALHOST'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', 'example.org'].some(isLoopbackHost)).toBe(false);
  });
});

describe('PUBLIC_URL', () => {
  it('defaults to the listening address, and loses a trailing slash', () => {
    expect(readConfig({ PORT: '9000' }).doors.publicUrl).toBe('http://127.0.0.1:9000');
    expect(readConfig({ HOST: '::1' }).doors.publicUrl).toBe('http://[::1]:8787');
    expect(readConfig({ PUBLIC_URL: 'https://vt.example.org/' }).doors.publicUrl).toBe(
      'https://vt.example.org',
    );
    expect(() => readConfig({ PUBLIC_URL: 'ftp://x' })).toThrow(ConfigError);
  });
});

describe('the names the server answers (DNS rebinding)', () => {
  it('are PUBLIC_URL’s host, HOST when it names one address, and ALLOWED_HOSTS', () => {
    expect(readConfig({}).doors.hostNames).toEqual(['127.0.0.1']);
    expect(
      readConfig({ PUBLIC_URL: 'https://VT.example.org', ALLOWED_HOSTS: 'voicetrack.lan, Box.Local.' }).doors
        .hostNames,
    ).toEqual(['vt.example.org', '127.0.0.1', 'voicetrack.lan', 'box.local']);
    expect(readConfig({ HOST: '0.0.0.0', PUBLIC_URL: 'http://192.168.1.20:8787' }).doors.hostNames).toEqual([
      '192.168.1.20',
    ]);
    expect(readConfig({ HOST: '::1', ALLOWED_HOSTS: '[fd7a::1]' }).doors.hostNames).toEqual([
      '[::1]',
      '[fd7a::1]',
    ]);
  });

  it('refuses ALLOWED_HOSTS entries with a scheme, a path or a port, saying the variable', () => {
    for (const wrong of ['https://vt.lan', 'vt.lan:8787', 'vt.lan/x', 'a b'])
      expect(() => readConfig({ ALLOWED_HOSTS: wrong })).toThrow(/^ALLOWED_HOSTS must be host names/);
  });
});

describe('the Telegram bot', () => {
  const bot = { TELEGRAM_BOT_TOKEN: '1:x', TELEGRAM_WEBHOOK_SECRET: 'a-long-enough-secret' };
  it('is on with a token and a webhook secret, serving TELEGRAM_CHAT_ID unless a list is given', () => {
    expect(readConfig({ TELEGRAM_BOT_TOKEN: '1:x' }).telegram).toBeNull();
    expect(readConfig({ ...bot, TELEGRAM_CHAT_ID: '42' }).telegram?.allowedChatIds).toEqual(['42']);
    expect(
      readConfig({ ...bot, TELEGRAM_CHAT_ID: '42', TELEGRAM_ALLOWED_CHAT_IDS: '7, -1001' }).telegram
        ?.allowedChatIds,
    ).toEqual(['7', '-1001']);
  });

  it('tries kept updates again every minute unless TELEGRAM_RETRY_CRON says otherwise', () => {
    expect(readConfig(bot).telegram?.retryCron).toBe('* * * * *');
    expect(readConfig({ ...bot, TELEGRAM_RETRY_CRON: '*/5 * * * *' }).telegram?.retryCron).toBe(
      '*/5 * * * *',
    );
  });

  it('refuses a secret Telegram would refuse, or chat ids that are not numbers', () => {
    expect(() => readConfig({ ...bot, TELEGRAM_WEBHOOK_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => readConfig({ ...bot, TELEGRAM_WEBHOOK_SECRET: 'has spaces in it!!' })).toThrow(ConfigError);
    expect(() => readConfig({ ...bot, TELEGRAM_ALLOWED_CHAT_IDS: '@someone' })).toThrow(ConfigError);
    expect(() => readConfig({ TELEGRAM_WEBHOOK_SECRET: 'a-long-enough-secret' })).toThrow(
      /needs TELEGRAM_BOT_TOKEN/,
    );
  });
});
