/**
 * BACKUP_REMOTE: backups copied off the machine with rclone (Debian's `rclone` package), to any
 * remote the person made with `rclone config` — Google Drive, S3, WebDAV, SFTP and some seventy
 * others, or a `crypt` remote over one of them, which encrypts names and contents before they
 * leave. rclone reads its own configuration (RCLONE_CONFIG, `RCLONE_CONFIG_<NAME>_…`) and its
 * flags' variables (RCLONE_RETRIES…) from the environment, passed through unchanged. Node only.
 */
import { execFile } from 'node:child_process';
import { basename } from 'node:path';

export class RemoteError extends Error {}

export interface BackupRemote {
  /** What BACKUP_REMOTE says, `name:path`. */
  readonly name: string;
  /** Copies the local file to the remote under its own name (checked by size and hash). */
  send(file: string): Promise<void>;
  /** The names of the files at the remote's top level. */
  list(): Promise<string[]>;
  /** Copies the remote file `name` to the local path `to`. */
  fetch(name: string, to: string): Promise<void>;
  remove(name: string): Promise<void>;
}

/** rclone's last error line, without its date: what went wrong, in its own words. */
function rcloneError(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.replace(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d /, '').trim())
    .filter((line) => line !== '' && !line.startsWith('NOTICE:'));
  return lines.at(-1) ?? 'no message';
}

export function rcloneRemote(remote: string, options: { bin?: string } = {}): BackupRemote {
  const bin = options.bin ?? 'rclone';
  const at = (name: string) => (/[:/]$/.test(remote) ? `${remote}${name}` : `${remote}/${name}`);
  /** Runs rclone; `absent` answers instead of failing when rclone exits with code 3 (no such directory). */
  const run = (args: string[], absent?: string) =>
    new Promise<string>((resolve, reject) => {
      execFile(bin, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        if (absent !== undefined && error.code === 3) return resolve(absent);
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          return reject(
            new RemoteError(
              `rclone is not installed (Debian: apt-get install rclone): BACKUP_REMOTE needs it`,
            ),
          );
        reject(new RemoteError(`rclone ${args[0]} to ${remote} failed: ${rcloneError(stderr)}`));
      });
    });
  return {
    name: remote,
    send: async (file) => {
      await run(['copyto', file, at(basename(file))]);
    },
    list: async () => {
      // Nothing sent yet: the folder does not exist, which is no error.
      const out = await run(['lsf', '--files-only', remote], '');
      return out.split('\n').filter(Boolean);
    },
    fetch: async (name, to) => {
      await run(['copyto', at(name), to]);
    },
    remove: async (name) => {
      await run(['deletefile', at(name)]);
    },
  };
}

/** `name:path` as rclone reads it, never an option (a leading `-`) nor a bare local path. */
export function isRemoteSpec(spec: string): boolean {
  return !spec.startsWith('-') && /^[^/\\]*:/.test(spec) && !/[\r\n]/.test(spec);
}
