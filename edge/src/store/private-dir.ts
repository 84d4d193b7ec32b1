/**
 * DATA_DIR holds every expense, the VAPID private key and the Telegram updates kept to try again:
 * only its user may read it. A process that opens it makes what it creates from then on private
 * (umask 077: directories 0700, files 0600), creates DATA_DIR 0700, and says so when an existing
 * DATA_DIR is open to other users (it does not change a directory the person made: they may
 * share it on purpose). PGlite writes the files of a new database with modes of its own (0666,
 * past the umask): `closeToOthers` takes the group's and others' rights off its directory.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What only the owner may do: nothing for the group and others. */
export const PRIVATE_UMASK = 0o077;

/** Makes files created from now on private, and DATA_DIR if it is new; returns the warning to show, or null. */
export function keepPrivate(dataDir: string): string | null {
  process.umask(PRIVATE_UMASK);
  if (!existsSync(dataDir)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return null;
  }
  const mode = statSync(dataDir).mode & 0o777;
  if ((mode & 0o077) === 0) return null;
  const octal = mode.toString(8).padStart(3, '0');
  return (
    `DATA_DIR (${dataDir}) is open to other users of this machine (mode ${octal}), and it holds every ` +
    `expense and the push key: chmod -R go-rwx ${dataDir}`
  );
}

/** Takes the group's and others' rights off dir and everything under it (symbolic links left alone). */
export function closeToOthers(dir: string): void {
  const stat = lstatSync(dir);
  if (stat.isSymbolicLink()) return;
  if (stat.mode & 0o077) chmodSync(dir, stat.mode & 0o7700);
  if (stat.isDirectory()) for (const name of readdirSync(dir)) closeToOthers(join(dir, name));
}
