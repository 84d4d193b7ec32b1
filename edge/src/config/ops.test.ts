import { DEFAULT_PUSH_ORIGINS } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { backupConfig } from './backup.ts';
import { ConfigError, type Env, readConcern } from './env.ts';
import { pushConfig, requirePushContact } from './push.ts';
import { recurringConfig } from './recurring.ts';

const readPushConfig = (env: Env) => readConcern(pushConfig, env);
const readRecurringCron = (env: Env) => readConcern(recurringConfig, env).cron;

const PUBLIC = `B${'A'.repeat(86)}`;
const PRIVATE = 'A'.repeat(43);

describe('the push concern', () => {
  it('makes the keys at first start when none are set, and allows the push services only', () => {
    expect(readPushConfig({})).toEqual({
      vapid: null,
      subject: 'mailto:voicetrack@localhost',
      allowedOrigins: [...DEFAULT_PUSH_ORIGINS],
    });
  });

  it('reads a key pair, a subject and a list of origins', () => {
    expect(
      readPushConfig({
        VAPID_PUBLIC_KEY: PUBLIC,
        VAPID_PRIVATE_KEY: `${PRIVATE}=`,
        VAPID_SUBJECT: 'https://voicetrack.example.org/contact',
        PUSH_ALLOWED_ORIGINS: 'http://127.0.0.1:4321, https://*.push.example.org/',
      }),
    ).toEqual({
      vapid: { publicKey: PUBLIC, privateKey: PRIVATE },
      subject: 'https://voicetrack.example.org/contact',
      allowedOrigins: ['http://127.0.0.1:4321', 'https://*.push.example.org'],
    });
  });

  it.each([
    [{ VAPID_PUBLIC_KEY: PUBLIC }, /go together/],
    [{ VAPID_PRIVATE_KEY: PRIVATE }, /go together/],
    [{ VAPID_PUBLIC_KEY: 'abc', VAPID_PRIVATE_KEY: PRIVATE }, /VAPID_PUBLIC_KEY/],
    [{ VAPID_PUBLIC_KEY: PUBLIC, VAPID_PRIVATE_KEY: 'abc' }, /VAPID_PRIVATE_KEY/],
    [{ VAPID_SUBJECT: 'me@example.org' }, /VAPID_SUBJECT/],
    [{ PUSH_ALLOWED_ORIGINS: 'https://push.example.org/path' }, /PUSH_ALLOWED_ORIGINS/],
    [{ PUSH_ALLOWED_ORIGINS: 'ftp://push.example.org' }, /PUSH_ALLOWED_ORIGINS/],
  ])('refuses %j', (env, message) => {
    expect(() => readPushConfig(env)).toThrow(ConfigError);
    expect(() => readPushConfig(env)).toThrow(message);
  });
});

describe('the push contact (VAPID_SUBJECT)', () => {
  const subject = (env: Env) => readPushConfig(env).subject;

  it('is the https address the phones open when none is given, else a local one', () => {
    expect(subject({ PUBLIC_URL: 'https://voicetrack.example.org/' })).toBe('https://voicetrack.example.org');
    expect(subject({ PUBLIC_URL: 'http://192.168.1.20:8787' })).toBe('mailto:voicetrack@localhost');
    expect(subject({})).toBe('mailto:voicetrack@localhost');
    expect(subject({ VAPID_SUBJECT: 'mailto:me@example.org', PUBLIC_URL: 'https://vt.example.org' })).toBe(
      'mailto:me@example.org',
    );
  });

  const supabase = { url: 'https://abc.supabase.co' };
  it.each([
    [undefined, ''],
    ['mailto:voicetrack@localhost', ''],
    ['https://localhost:8787', ', got "https://localhost:8787"'],
  ])('is required in Supabase mode, and real: refuses %s', (given, got) => {
    const push = readPushConfig({ VAPID_SUBJECT: given });
    expect(() => requirePushContact({ supabase, push })).toThrow(
      `VAPID_SUBJECT must be a real contact in Supabase mode, where phones get pushes: mailto:you@example.org or https://your.site (supabase secrets set VAPID_SUBJECT=…); Apple's push service refuses a subject at localhost (403 BadJwtToken)${got}`,
    );
  });

  it('takes a real one in Supabase mode, and any in local mode', () => {
    const real = readPushConfig({ VAPID_SUBJECT: 'mailto:ops@example.org' });
    expect(() => requirePushContact({ supabase, push: real })).not.toThrow();
    expect(() => requirePushContact({ supabase: null, push: readPushConfig({}) })).not.toThrow();
  });
});

describe('the recurring concern', () => {
  it.each([
    [undefined, '*/15 * * * *'],
    ['0 * * * *', '0 * * * *'],
    ['off', null],
    ['OFF', null],
  ])('%s → %s', (value, cron) => {
    expect(readRecurringCron({ RECURRING_CRON: value })).toBe(cron);
  });
});

describe('the backup concern', () => {
  const readBackup = (env: Env) => readConcern(backupConfig, env);

  it('sends nothing off the machine unless BACKUP_REMOTE names an rclone remote', () => {
    expect(readBackup({}).remote).toBeNull();
    expect(readBackup({ BACKUP_REMOTE: 'gdrive:voicetrack' }).remote).toBe('gdrive:voicetrack');
    expect(readBackup({ BACKUP_REMOTE: ' vt-crypt: ' }).remote).toBe('vt-crypt:');
  });

  // README's Configuration table: BACKUP_DIR defaults to DATA_DIR/backups, not always .data/backups.
  it.each([
    [{}, '.data/backups'],
    [{ DATA_DIR: '/var/lib/voicetrack' }, '/var/lib/voicetrack/backups'],
    [{ DATA_DIR: 'memory://' }, '.data/backups'],
    [{ DATA_DIR: '/var/lib/voicetrack', BACKUP_DIR: '/mnt/usb' }, '/mnt/usb'],
  ])('keeps backups of %j in %s', (env, dir) => {
    expect(readBackup(env).dir).toBe(dir);
  });

  it.each(['/mnt/usb/backups', '--config=/etc/passwd', 'backups'])('refuses BACKUP_REMOTE=%s', (spec) => {
    expect(() => readBackup({ BACKUP_REMOTE: spec })).toThrow(
      `BACKUP_REMOTE must be an rclone remote and folder, name:path (a remote made with rclone config, e.g. gdrive:voicetrack), got "${spec}"`,
    );
  });
});
