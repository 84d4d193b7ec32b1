/**
 * Tesseract on this server, started by the first receipt that comes without the phone's text and
 * ended after a while without one (a worker holds 100 MB or more). Node only: server.ts passes it
 * to the app; the Supabase function has none.
 */
import type { ReceiptOcr } from '../ports.ts';

export interface LazyOcr {
  get(): Promise<ReceiptOcr>;
  close(): Promise<void>;
}

export function lazyOcr(start: () => Promise<ReceiptOcr>, idleMs = 5 * 60_000): LazyOcr {
  let running: Promise<ReceiptOcr> | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const close = async () => {
    clearTimeout(idle);
    const stopping = running;
    running = null;
    await (await stopping?.catch(() => null))?.close();
  };
  return {
    get() {
      clearTimeout(idle);
      if (!running) {
        running = start();
        running.catch(() => (running = null));
      }
      idle = setTimeout(() => void close(), idleMs);
      idle.unref?.();
      return running;
    },
    close,
  };
}

/** Tesseract with French and English from node_modules, loaded only when first asked for. */
export const nodeOcr = (): LazyOcr => lazyOcr(async () => (await import('./ocr-node.ts')).createNodeOcr());
