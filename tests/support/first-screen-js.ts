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
  name?: string;
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

type Manifest = Record<string, ManifestChunk>;

const readManifest = (dist: string): Manifest =>
  JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;

/** A chunk's file and every file it imports statically, recursively, from the manifest. */
function staticClosure(manifest: Manifest, chunk: ManifestChunk, files: string[] = []): string[] {
  if (files.includes(chunk.file)) return files;
  files.push(chunk.file);
  for (const key of chunk.imports ?? []) {
    const imported = manifest[key];
    if (!imported) throw new Error(`the manifest names ${key} but does not describe it`);
    staticClosure(manifest, imported, files);
  }
  return files;
}

/**
 * What loading a module later (a dynamic import, by its source path in web/, e.g.
 * `src/expenses/provisional-reading.ts`) adds to a phone that already runs `after` (another
 * module's source path): the files of the first's static closure not in the second's, with their
 * sizes.
 */
export function addedByLazyModule(dist: string, module: string, after: string) {
  const manifest = readManifest(dist);
  const chunk = (key: string) => {
    const found = manifest[key];
    if (!found) throw new Error(`the build's manifest has no ${key}`);
    return found;
  };
  const loaded = new Set(staticClosure(manifest, chunk(after)));
  const files = staticClosure(manifest, chunk(module)).filter((file) => !loaded.has(file));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSize(bytes);
  }
  return { files, raw, gzip };
}

/**
 * The manifest's key for what a phone's dynamic import of `module` (a source path in web/) loads:
 * the module's own chunk, or, when a code-splitting group holds it and it has none
 * (web/vite.config.ts puts provisional-reading.ts in the parser's chunk), that group's chunk.
 */
export function lazyChunkKey(dist: string, module: string, group: string): string {
  const manifest = readManifest(dist);
  if (manifest[module]) return module;
  const key = Object.keys(manifest).find((k) => manifest[k]?.name === group);
  if (!key) throw new Error(`the build's manifest has neither ${module} nor a chunk named ${group}`);
  return key;
}

export function firstScreenJs(dist: string): FirstScreenJs {
  const manifest = readManifest(dist);
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const inline = inlineSources(html).scripts;
  const files: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\ssrc="\/([^"]+)"/g)) {
    const chunk = byFile.get(m[1] as string);
    if (!chunk) throw new Error(`index.html loads ${m[1]}, which the manifest does not describe`);
    staticClosure(manifest, chunk, files);
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
