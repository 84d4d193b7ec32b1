/**
 * The first screen's JavaScript in a build of the PWA, read from Vite's manifest
 * (`dist/.vite/manifest.json`, web/vite.config.ts turns it on): the entry chunk of index.html and
 * every chunk it imports statically, recursively. Dynamic imports load later and are not counted.
 * Sizes are the files' bytes and their gzip at level 9 (what the build's precompressed `.gz` holds).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface FirstScreenJs {
  /** Paths inside the build, the entry first. */
  files: string[];
  raw: number;
  gzip: number;
}

export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length;

export function firstScreenJs(dist: string): FirstScreenJs {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = manifest['index.html'];
  if (!entry?.isEntry) throw new Error(`no index.html entry in ${dist}/.vite/manifest.json`);
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (chunk: ManifestChunk) => {
    if (seen.has(chunk.file)) return;
    seen.add(chunk.file);
    files.push(chunk.file);
    for (const key of chunk.imports ?? []) {
      const imported = manifest[key];
      if (!imported) throw new Error(`the manifest names ${key} but does not describe it`);
      visit(imported);
    }
  };
  visit(entry);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSize(bytes);
  }
  return { files, raw, gzip };
}
