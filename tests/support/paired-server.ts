/**
 * A real server on loopback (PGlite in memory) that requires pairing, as one reached from outside
 * does, and the device tokens that get past it (huge-bodies, pixel-bombs, shortcuts, hostile-writes .test.ts).
 */

import type { Env } from '@voicetrack/edge/config.ts';
import { newToken, sha256Hex } from '@voicetrack/edge/devices/secrets.ts';
import { LOCAL_OWNER, type Store } from '@voicetrack/edge/ports.ts';
import { type RunningServer, startServer } from '@voicetrack/edge/server.ts';

/** Starts it; `env` adds to (or overrides) the in-memory, pairing-required defaults. */
export function startPairedServer(env: Env = {}): Promise<RunningServer> {
  return startServer({
    env: {
      PORT: '0',
      DATA_DIR: 'memory://',
      DATABASE_URL: '',
      LOG_LEVEL: 'silent',
      PAIRING: 'required',
      ...env,
    },
    webDist: null,
  });
}

/** A token for a device named `name`, written into the store as POST /api/devices would make it. */
export async function deviceToken(
  store: Pick<Store, 'devices'>,
  name: string,
  scope: 'capture' | 'full',
): Promise<string> {
  const token = newToken();
  await store.devices.create(LOCAL_OWNER, {
    name,
    tokenHash: await sha256Hex(token),
    scope,
    openDoor: false,
  });
  return token;
}
