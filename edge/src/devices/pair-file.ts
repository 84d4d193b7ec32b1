/**
 * How `pnpm pair` reaches the running server (Node): at start the server writes
 * `DATA_DIR/pair.json` — its address and a fresh random secret — readable by the local user
 * only (0600). Whoever can read it could read DATA_DIR's database anyway. PGlite allows one
 * process, so the CLI never opens the database: it asks the server for a code with the secret.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAIR_FILE = 'pair.json';

export interface PairFile {
  url: string;
  secret: string;
  pid: number;
}

export const newPairSecret = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');

/** The address a local client dials: a wildcard listener is reached on loopback. */
export function localUrl(host: string, port: number): string {
  const h = host === '0.0.0.0' ? '127.0.0.1' : host === '::' || host === '[::]' ? '[::1]' : host;
  return `http://${h.includes(':') && !h.startsWith('[') ? `[${h}]` : h}:${port}`;
}

/** Writes the file (0600 from its creation, then moved into place); returns its removal. */
export function writePairFile(dataDir: string, file: PairFile): () => void {
  const path = join(dataDir, PAIR_FILE);
  const draft = `${path}.${process.pid}`;
  // With DATABASE_URL nothing else creates DATA_DIR: the pairing file still needs it.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(draft, `${JSON.stringify(file)}\n`, { mode: 0o600 });
  chmodSync(draft, 0o600);
  renameSync(draft, path);
  return () => {
    try {
      if ((JSON.parse(readFileSync(path, 'utf8')) as PairFile).pid === file.pid)
        rmSync(path, { force: true });
    } catch {
      // Already gone.
    }
  };
}

export class PairFileError extends Error {}

export function readPairFile(dataDir: string): PairFile {
  const path = join(dataDir, PAIR_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new PairFileError(
      `no running server found (${path} is missing): start it with \`pnpm start\` (with the same DATA_DIR) first`,
    );
  }
  if ((statSync(path).mode & 0o077) !== 0)
    throw new PairFileError(
      `${path} is readable by other users: run \`chmod 600 ${path}\` and restart the server`,
    );
  const file = JSON.parse(text) as Partial<PairFile>;
  if (typeof file.url !== 'string' || typeof file.secret !== 'string')
    throw new PairFileError(`${path} is not a file the server wrote`);
  return file as PairFile;
}
