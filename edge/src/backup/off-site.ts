/**
 * Backups off the machine: after each backup, every local backup the retention keeps and the
 * remote lacks is sent (so a backup taken while the remote was down goes with the next one), then
 * the same retention runs on the remote. `pnpm restore --from-remote` brings one back.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_NAME, backupsToDelete, newestBackup } from './backup-file.ts';
import { type BackupRemote, RemoteError } from './remote.ts';

export interface Keep {
  daily: number;
  monthly: number;
}

export type OffSite =
  | { remote: string; sent: string[]; deleted: string[] }
  | { remote: string; error: string; sent: string[] };

/** Sends what the remote lacks of dir's kept backups of one kind, then applies retention there. */
export async function sendOffSite(
  remote: BackupRemote,
  dir: string,
  keep: Keep,
  kind: RegExp = BACKUP_NAME,
): Promise<OffSite> {
  const sent: string[] = [];
  try {
    const there = new Set(await remote.list());
    const local = readdirSync(dir).filter((name) => kind.test(name));
    const dropped = new Set(backupsToDelete(local, keep.daily, keep.monthly, kind));
    // Oldest first: should the remote go down midway, what reached it is the older part, and the
    // next run sends the rest.
    for (const name of local.filter((n) => !there.has(n) && !dropped.has(n)).sort()) {
      await remote.send(join(dir, name));
      sent.push(name);
      there.add(name);
    }
    const deleted = backupsToDelete([...there], keep.daily, keep.monthly, kind);
    for (const name of deleted) await remote.remove(name);
    return { remote: remote.name, sent, deleted };
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    return { remote: remote.name, error: error.message, sent };
  }
}

/** The remote's backup called `which`, or its newest for `latest`; throws RemoteError when none. */
export async function pickRemoteBackup(remote: BackupRemote, which: string): Promise<string> {
  const names = await remote.list();
  if (which !== 'latest') {
    if (!names.includes(which)) throw new RemoteError(`${remote.name} has no backup named ${which}`);
    return which;
  }
  const newest = newestBackup(names);
  if (!newest) throw new RemoteError(`${remote.name} holds no VoiceTrack backup yet`);
  return newest;
}
