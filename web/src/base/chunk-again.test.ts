import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunkNamedIn, lazyChunk } from './chunk-again.ts';

const ORIGIN = 'https://voicetrack.test';
const CHUNK = `${ORIGIN}/assets/learned-words-B1x_9-Qz.js`;

describe('the chunk a failed import names', () => {
  it.each([
    ['Firefox, the part’s own file', `error loading dynamically imported module: ${CHUNK}`, CHUNK],
    ['Chromium', `Failed to fetch dynamically imported module: ${CHUNK}`, CHUNK],
    ['WebKit, which names none', 'Importing a module script failed.', null],
    [
      'one of its imports',
      `error loading dynamically imported module: ${ORIGIN}/assets/i18n-AAAAAAAA.js`,
      null,
    ],
    ['a longer name that starts alike', `… ${ORIGIN}/assets/learned-words-extra-AAAAAAAA.js`, null],
    ['another site', '… https://cdn.example/assets/learned-words-B1x_9-Qz.js', null],
    ['a URL asked again already', `… ${CHUNK}?retry=1`, null],
    ['no error at all', undefined, null],
  ])('%s', (_, message, named) => {
    expect(
      chunkNamedIn(message === undefined ? undefined : new TypeError(message), 'learned-words', ORIGIN),
    ).toBe(named);
  });
});

describe('a part asked again', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is its own import when that comes this time (Chromium, WebKit)', async () => {
    const load = vi
      .fn<() => Promise<{ Panel: string }>>()
      .mockRejectedValueOnce(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`))
      .mockResolvedValue({ Panel: 'the panel' });
    const part = lazyChunk('learned-words', load, (m) => m.Panel);
    await expect(part()).rejects.toThrow(TypeError);
    expect(await part.again()).toBe('the panel');
    expect(load).toHaveBeenCalledTimes(2);
    // Come once: kept, its module never asked for again.
    expect(await part()).toBe('the panel');
    expect(await part.again()).toBe('the panel');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('fails as it failed when the failure names no chunk of its own', async () => {
    vi.stubGlobal('location', { origin: ORIGIN });
    const failure = new TypeError('Importing a module script failed.');
    const part = lazyChunk(
      'learned-words',
      () => Promise.reject(failure),
      (m: { Panel: string }) => m.Panel,
    );
    await expect(part.again()).rejects.toBe(failure);
  });
});

// The page's code as text (Vite's glob: no file system access from web/).
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.ts', '!./chunk-again.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every `lazyChunk(name, () => import(path), …)` of the page's code, as written. */
function lazyChunkCalls(): { file: string; name: string; path: string }[] {
  const calls: { file: string; name: string; path: string }[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const written = text.split('lazyChunk(').length - 1;
    const read = [...text.matchAll(/lazyChunk\(\s*'([^']+)',\s*\(\) => import\('([^']+)'\)/g)];
    expect(read, `${file}: each lazyChunk( written with a name and an import`).toHaveLength(written);
    for (const [, name = '', path = ''] of read) calls.push({ file, name, path });
  }
  return calls;
}

describe('each part asked again by its chunk', () => {
  it('names the file it imports, as Vite names its chunk', () => {
    const calls = lazyChunkCalls();
    expect(calls.map((c) => c.name).sort()).toEqual([
      'devices',
      'household-panel',
      'learned-words',
      'push-settings',
      'recurring-settings',
    ]);
    for (const call of calls)
      expect(call.name, call.file).toBe(call.path.replace(/^.*\//, '').replace(/\.tsx?$/, ''));
  });
});
