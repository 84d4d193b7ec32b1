/**
 * A device token from a real server process on disk, the way a person gets one: what `pnpm pair`
 * does (the 0600 secret file in DATA_DIR, then a code from the running server), then what the
 * phone does with the code (`POST /api/pair`).
 */
import { readPairFile } from '@voicetrack/edge/devices/pair-file.ts';
import { apiAt } from './edge-app.ts';

export async function pairDevice(url: string, dataDir: string, name: string): Promise<string> {
  const api = apiAt(url);
  const { secret } = readPairFile(dataDir);
  const issued = await api.pair.codes.$post({ json: { name } }, { headers: { 'x-pairing-secret': secret } });
  if (issued.status !== 201) throw new Error(`POST /api/pair/codes answered ${issued.status}`);
  const { code } = await issued.json();
  const paired = await api.pair.$post({ json: { code } });
  if (paired.status !== 201) throw new Error(`POST /api/pair answered ${paired.status}`);
  return (await paired.json()).token;
}
