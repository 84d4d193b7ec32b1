/**
 * A part's code asked again after it failed, in every engine. Chromium and WebKit fetch a module
 * whose fetch failed again when it is imported again (WebKitGTK measured: a 503 for the module, or
 * for one of its imports, then the same import loads); Firefox keeps the failure in the page's
 * module map, by its URL, until a reload (measured on Firefox 153 ESR: the same URL fails at once,
 * with no request; the same file with a query is a new module record, fetched and run; a module
 * whose import failed fails under any URL of its own). So the part's own import is tried first, and
 * when it fails again naming the part's own chunk (Firefox's message names the file whose fetch
 * failed), that file is imported by a new URL, `?retry=<n>`; the worker's precache ignores that
 * parameter (sw/strategies.ts), so offline it is the precached file. Only the part's own chunk: a
 * shared chunk asked by another URL would run its code a second time (a second database, its
 * listeners twice); a part whose failed file is one of its imports still needs a reload.
 */

/** Each new URL once per page: one that failed would be kept failed too. */
let asked = 0;

/**
 * The URL of the chunk Vite builds from the module named `name` (`/assets/<name>-<hash>.js`,
 * its default chunk names, the hash 8 characters), when the failure's message names it on this
 * origin; else null.
 */
export function chunkNamedIn(failure: unknown, name: string, origin: string): string | null {
  const message = failure instanceof Error ? failure.message : String(failure);
  for (const [found] of message.matchAll(/https?:\/\/[^\s"'<>]+/g)) {
    let url: URL;
    try {
      url = new URL(found);
    } catch {
      continue;
    }
    if (url.origin !== origin || url.search) continue;
    const file = url.pathname.startsWith(`/assets/${name}-`) && url.pathname.slice(`/assets/${name}-`.length);
    if (file && /^[\w-]{8}\.js$/.test(file)) return url.href;
  }
  return null;
}

/** A part loaded on first use, and asked again by a new URL where its first one stays failed. */
export interface ChunkLoad<C> {
  (): Promise<C>;
  again(): Promise<C>;
}

/**
 * `name`: the file name of the module `load` imports, without its extension: Vite names its chunk
 * after it (chunk-again.test.ts checks each call's name against its import).
 */
export function lazyChunk<M, C>(name: string, load: () => Promise<M>, pick: (m: M) => C): ChunkLoad<C> {
  // Kept once come, by either URL: the plain one, which Chromium would fetch once the new one had
  // come, would run the module a second time.
  let come: { part: C } | null = null;
  const keep = (part: C) => {
    come = { part };
    return part;
  };
  const first = () => (come ? Promise.resolve(come.part) : load().then((m) => keep(pick(m))));
  const again = async () => {
    try {
      return await first();
    } catch (failure) {
      const url = chunkNamedIn(failure, name, location.origin);
      if (!url) throw failure;
      asked += 1;
      // The very file `load` imports, by another URL: the same module's exports.
      return keep(pick((await import(/* @vite-ignore */ `${url}?retry=${asked}`)) as M));
    }
  };
  return Object.assign(first, { again });
}
