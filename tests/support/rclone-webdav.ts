/**
 * A remote for BACKUP_REMOTE on this machine: `rclone serve webdav` (Debian's rclone) on a free
 * loopback port, serving a temporary folder, and the environment that makes it the rclone remote
 * `vtdav:` (rclone reads `RCLONE_CONFIG_<NAME>_<OPTION>`; RCLONE_CONFIG points at an empty file, so
 * the person's own ~/.config/rclone is never read). `crypt()` adds `vtcrypt:`, a crypt remote over
 * a folder of it, as the README tells a person to make one. It can be stopped and started again
 * on the same port, to play a remote that is down.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export interface RcloneWebdav {
  /** The folder the server serves: what reached the remote. */
  root: string;
  /** rclone's environment for `vtdav:` (and `vtcrypt:` after crypt()). */
  env: Record<string, string>;
  /** Makes `vtcrypt:` encrypt names and contents into `vtdav:<folder>`. */
  crypt(folder: string, password: string): void;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startRcloneWebdav(): Promise<RcloneWebdav> {
  const root = mkdtempSync(join(tmpdir(), 'vt-webdav-'));
  const config = join(mkdtempSync(join(tmpdir(), 'vt-rclone-')), 'rclone.conf');
  writeFileSync(config, '');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    RCLONE_CONFIG: config,
    RCLONE_CONFIG_VTDAV_TYPE: 'webdav',
    RCLONE_CONFIG_VTDAV_URL: url,
    RCLONE_CONFIG_VTDAV_VENDOR: 'other',
    // A remote that is down answers at once here: one try each, not rclone's three with their waits.
    RCLONE_RETRIES: '1',
    RCLONE_LOW_LEVEL_RETRIES: '1',
  };
  let server: ChildProcess | null = null;

  const start = async () => {
    const child = spawn('rclone', ['serve', 'webdav', root, '--addr', `127.0.0.1:${port}`], {
      env: { ...process.env, RCLONE_CONFIG: config },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server = child;
    let log = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on('data', (d: Buffer) => {
        log += d.toString();
        if (log.includes('WebDav Server started')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`rclone serve webdav exited with ${code}: ${log}`)));
    });
  };
  const stop = async () => {
    const child = server;
    server = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    root,
    env,
    crypt: (folder, password) => {
      Object.assign(env, {
        RCLONE_CONFIG_VTCRYPT_TYPE: 'crypt',
        RCLONE_CONFIG_VTCRYPT_REMOTE: `vtdav:${folder}`,
        // rclone keeps crypt passwords obscured (`rclone obscure`), in its config as here.
        RCLONE_CONFIG_VTCRYPT_PASSWORD: execFileSync('rclone', ['obscure', password]).toString().trim(),
      });
    },
    stop,
    start,
  };
}
