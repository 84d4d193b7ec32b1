/**
 * What the PWA's bench sections (web.ts, web-phone.ts) share: building the PWA as `pnpm build`
 * does, polling the page, and filling its outbox with copies of a recorded note.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** `vite build` of web/ (into outDir, default web/dist), as `pnpm build` does. */
export function buildWeb(outDir?: string, env: Record<string, string> = {}): void {
  execFileSync(
    fileURLToPath(new URL('../../web/node_modules/.bin/vite', import.meta.url)),
    [
      'build',
      '--configLoader',
      'runner',
      '--logLevel',
      'warn',
      ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : []),
    ],
    {
      cwd: fileURLToPath(new URL('../../web/', import.meta.url)),
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/**
 * Polls `check` in the page until it resolves true. (page.waitForFunction does not await an
 * async predicate: its promise counts as true at once.)
 */
export async function until(page: Page, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(check))) {
    if (Date.now() > deadline) throw new Error('bench: the page never got there');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Whether the outbox holds a recorded voice note that waits (the network was off when it was made). */
export const aNoteWaits = async (): Promise<boolean> => {
  const req = indexedDB.open('voicetrack');
  const db: IDBDatabase = await new Promise((r) => {
    req.onsuccess = () => r(req.result);
  });
  const all: { state: string }[] = await new Promise((r) => {
    const q = db.transaction('notes').objectStore('notes').getAll();
    q.onsuccess = () => r(q.result);
  });
  db.close();
  return all.some((n) => n.state === 'waiting' || n.state === 'recorded');
};

/** Whether every note of the outbox has its answer. Counts only: reading the notes would read their audio too. */
export const allNotesDone = async (): Promise<boolean> => {
  const req = indexedDB.open('voicetrack');
  const db: IDBDatabase = await new Promise((r) => {
    req.onsuccess = () => r(req.result);
  });
  const store = db.transaction('notes').objectStore('notes');
  const [all, done] = await Promise.all(
    [store.count(), store.index('state').count('done')].map(
      (q) => new Promise<number>((r) => (q.onsuccess = () => r(q.result))),
    ),
  );
  db.close();
  return all === done;
};

/**
 * Turns the one waiting voice note into `count` due ones (each its own clientId and its own copy
 * of the chunks); resolves with the note's bytes and duration.
 */
export function queueCopies(page: Page, count: number): Promise<{ bytes: number; ms: number }> {
  return page.evaluate(async (n) => {
    const req = indexedDB.open('voicetrack');
    const db: IDBDatabase = await new Promise((r) => {
      req.onsuccess = () => r(req.result);
    });
    const tx = db.transaction(['notes', 'chunks'], 'readwrite');
    const all: Record<string, unknown>[] = await new Promise((r) => {
      const q = tx.objectStore('notes').getAll();
      q.onsuccess = () => r(q.result);
    });
    const template = all.find((note) => note.state === 'waiting' || note.state === 'recorded') as Record<
      string,
      unknown
    >;
    const chunks: { noteId: string; seq: number; data: ArrayBuffer }[] = await new Promise((r) => {
      const q = tx
        .objectStore('chunks')
        .index('noteId')
        .getAll(template.id as string);
      q.onsuccess = () => r(q.result);
    });
    for (let i = 0; i < n; i++) {
      const id = i === 0 ? (template.id as string) : crypto.randomUUID();
      tx.objectStore('notes').put({
        ...template,
        id,
        state: 'recorded',
        attempts: 0,
        nextAttemptAt: 0,
        lastError: null,
      });
      if (i > 0) for (const c of chunks) tx.objectStore('chunks').put({ ...c, noteId: id });
    }
    await new Promise((r) => {
      tx.oncomplete = r;
    });
    db.close();
    return {
      bytes: chunks.reduce((sum, c) => sum + c.data.byteLength, 0),
      ms: template.durationMs as number,
    };
  }, count);
}
