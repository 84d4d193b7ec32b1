/**
 * Local mode with pairing: the token this phone got from the pairing link, kept in IndexedDB
 * (the `meta` table) so the page and the service worker both send it. Never shown again.
 */
import type { VoiceTrackDb } from './db.ts';

const KEY = 'device';

export interface DeviceToken {
  token: string;
  deviceId: string;
  name: string;
}

export async function saveDeviceToken(db: VoiceTrackDb, device: DeviceToken | null): Promise<void> {
  if (device) await db.meta.put({ key: KEY, value: device });
  else await db.meta.delete(KEY);
}

export async function readDeviceToken(db: VoiceTrackDb): Promise<DeviceToken | null> {
  return ((await db.meta.get(KEY))?.value as DeviceToken | undefined) ?? null;
}

/** The header for a request (page or worker); none before pairing (a server with PAIRING=off needs none). */
export async function deviceHeaders(db: VoiceTrackDb): Promise<Record<string, string>> {
  const device = await readDeviceToken(db);
  return device ? { authorization: `Bearer ${device.token}` } : {};
}
