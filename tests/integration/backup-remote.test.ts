/**
 * Backups that survive the machine: `pnpm backup` with BACKUP_REMOTE copies each backup through
 * Debian's rclone to a WebDAV server on loopback (`rclone serve webdav`, support/rclone-webdav.ts),
 * retention runs there too, and `pnpm restore --from-remote latest` brings it back into another
 * database with every table, row and column equal. Through an rclone crypt remote nothing readable
 * reaches the server. A remote that is down keeps the backup here, says so (exit 1), and the next
 * backup sends what it missed.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, pgTarget, seed, snapshot, type Target } from '../support/backup-fixture.ts';
import { type RcloneWebdav, startRcloneWebdav } from '../support/rclone-webdav.ts';

const run = promisify(execFile);
let dav: RcloneWebdav;
let source: Target;
let before: Awaited<ReturnType<typeof snapshot>>;

beforeAll(async () => {
  [dav, source] = await Promise.all([startRcloneWebdav(), pgTarget()]);
  await seed(source);
  before = await snapshot(source);
});
afterAll(async () => {
  await dav?.stop();
  await Promise.all(databases.map((d) => d.drop()));
});

interface Cli {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(script: 'backup' | 'restore', env: Record<string, string>, args: string[] = []) {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', [`edge/src/cli/${script}.ts`, ...args], {
      env: { ...process.env, ...dav.env, ...env },
    });
    return { code: 0, stdout, stderr } satisfies Cli;
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr } satisfies Cli;
  }
}

const backupsIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^voicetrack-.*\.json\.gz$/.test(f))
        .sort()
    : [];

describe('backups off the machine through rclone', () => {
  it('sends each backup to the remote, keeps the same days and months there, and restores the latest', async () => {
    // Older backups already there, and a file of the person's own beside them.
    const folder = join(dav.root, 'voicetrack');
    mkdirSync(folder);
    const old = ['20250105-080000', '20250120-080000', '20250203-080000', '20250210-080000'].map(
      (stamp) => `voicetrack-${stamp}.json.gz`,
    );
    for (const name of [...old, 'notes.txt']) writeFileSync(join(folder, name), 'older');

    const dir = mkdtempSync(join(tmpdir(), 'vt-backups-'));
    const env = {
      ...source.env,
      BACKUP_DIR: dir,
      BACKUP_REMOTE: 'vtdav:voicetrack',
      BACKUP_KEEP_DAILY: '2',
      BACKUP_KEEP_MONTHLY: '2',
    };
    const taken = await cli('backup', env);
    expect(taken.stderr).toBe('');
    expect(taken.code).toBe(0);
    const [file] = backupsIn(dir);
    expect(file).toBeDefined();
    expect(JSON.parse(taken.stdout).offSite).toEqual({
      remote: 'vtdav:voicetrack',
      sent: [file],
      deleted: [
        'voicetrack-20250203-080000.json.gz',
        'voicetrack-20250120-080000.json.gz',
        'voicetrack-20250105-080000.json.gz',
      ],
    });
    // Byte for byte what was written here; two days and two months kept; the other file untouched.
    expect(readFileSync(join(folder, file as string))).toEqual(readFileSync(join(dir, file as string)));
    expect(readdirSync(folder).sort()).toEqual(
      [file, 'notes.txt', 'voicetrack-20250210-080000.json.gz'].sort(),
    );

    const target = await pgTarget();
    const restored = await cli('restore', { ...target.env, BACKUP_REMOTE: 'vtdav:voicetrack' }, [
      '--from-remote',
      'latest',
    ]);
    expect(restored.stderr).toContain(`restore: fetched ${file} from vtdav:voicetrack`);
    // Every note and expense of the source (the fixture's seed says how many).
    expect(JSON.parse(restored.stdout)).toEqual({
      restored: {
        captures: (before.rows.captures as unknown[]).length,
        expenses: (before.rows.expenses as unknown[]).length,
      },
    });
    expect(await snapshot(target)).toEqual(before);
  }, 120_000);

  it('through a crypt remote, leaves nothing readable on the server and still restores', async () => {
    dav.crypt('sealed', 'correct horse battery staple');
    const dir = mkdtempSync(join(tmpdir(), 'vt-backups-'));
    const taken = await cli('backup', { ...source.env, BACKUP_DIR: dir, BACKUP_REMOTE: 'vtcrypt:' });
    expect(taken.code).toBe(0);
    const [file] = backupsIn(dir);
    const stored = readdirSync(join(dav.root, 'sealed'));
    expect(stored).toHaveLength(1);
    // Neither the name nor the gzip inside it can be read there.
    expect(stored[0]).not.toContain('voicetrack');
    expect(
      readFileSync(join(dav.root, 'sealed', stored[0] as string))
        .subarray(0, 8)
        .toString(),
    ).toBe('RCLONE\0\0');

    const target = await pgTarget();
    const restored = await cli('restore', { ...target.env, BACKUP_REMOTE: 'vtcrypt:' }, [
      '--from-remote',
      file as string,
    ]);
    expect(restored.code).toBe(0);
    expect(await snapshot(target)).toEqual(before);
  }, 120_000);

  it('keeps the backup here when the remote is down, says so, and sends it with the next one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vt-backups-'));
    const env = { ...source.env, BACKUP_DIR: dir, BACKUP_REMOTE: 'vtdav:later' };
    await dav.stop();
    try {
      const missed = await cli('backup', env);
      expect(missed.code).toBe(1);
      const [first] = backupsIn(dir);
      expect(missed.stderr).toContain(
        `backup: written to ${join(dir, first as string)}, but not sent to vtdav:later: rclone`,
      );
      expect(missed.stderr).toContain('connection refused');
      expect(missed.stderr).toContain(
        'It stays here, and goes with the next backup once the remote answers.',
      );
      expect(JSON.parse(missed.stdout).offSite).toMatchObject({ remote: 'vtdav:later', sent: [] });

      const target = await pgTarget();
      const refused = await cli('restore', { ...target.env, BACKUP_REMOTE: 'vtdav:later' }, [
        '--from-remote',
        'latest',
      ]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        'restore: refused, nothing was written: rclone lsf to vtdav:later failed',
      );
    } finally {
      await dav.start();
    }
    const caught = await cli('backup', env);
    expect(caught.code).toBe(0);
    const both = backupsIn(dir);
    expect(both).toHaveLength(2);
    expect(JSON.parse(caught.stdout).offSite.sent).toEqual(both);
    expect(readdirSync(join(dav.root, 'later')).sort()).toEqual(both);
  }, 120_000);
});
