import { DEFAULT_PUSH_ORIGINS } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { backupConfig } from './backup.ts';
import { ConfigError, type Env, readConcern } from './env.ts';
import { pushConfig } from './push.ts';
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

  it.each(['/mnt/usb/backups', '--config=/etc/passwd', 'backups'])('refuses BACKUP_REMOTE=%s', (spec) => {
    expect(() => readBackup({ BACKUP_REMOTE: spec })).toThrow(
      `BACKUP_REMOTE must be an rclone remote and folder, name:path (a remote made with rclone config, e.g. gdrive:voicetrack), got "${spec}"`,
    );
  });
});
