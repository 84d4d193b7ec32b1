/**
 * The first screen's JavaScript in a build of the PWA: what index.html runs before the record
 * button works. The build inlines the entry chunk into the page (web/inline-first-screen.ts): its
 * inline scripts, then any script file the page loads and every chunk that file imports
 * statically, recursively, from Vite's manifest (`dist/.vite/manifest.json`). Dynamic imports load
 * later and are not counted. Sizes are the bytes and their gzip at level 9 (what the build's
 * precompressed `.gz` holds; inline, the page's own).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineSources } from '@voicetrack/shared';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface FirstScreenJs {
  /** Script files loaded before the button works: paths inside the build (none when all is inline). */
  files: string[];
  /** The page's inline scripts, as written in index.html. */
  inline: string[];
  raw: number;
  gzip: number;
}

export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length;

export function firstScreenJs(dist: string): FirstScreenJs {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const inline = inlineSources(html).scripts;
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
  for (const m of html.matchAll(/<script\b[^>]*\ssrc="\/([^"]+)"/g)) {
    const chunk = byFile.get(m[1] as string);
    if (!chunk) throw new Error(`index.html loads ${m[1]}, which the manifest does not describe`);
    visit(chunk);
  }
  let raw = 0;
  let gzip = 0;
  for (const bytes of [
    ...inline.map((text) => Buffer.from(text)),
    ...files.map((file) => readFileSync(join(dist, file))),
  ]) {
    raw += bytes.length;
    gzip += gzipSize(bytes);
  }
  return { files, inline, raw, gzip };
}
