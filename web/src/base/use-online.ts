import { useEffect, useState } from 'preact/hooks';

/** How often a page that believes it is offline asks the server whether it is back. */
export const PROBE_MS = 5_000;

/**
 * Whether the browser says it is online, kept up to date (the top bar's "Hors ligne" pill). With
 * `reachable` (the app's: does the server answer?), a page that believes it is offline also asks
 * every few seconds: an `online` event can be missed (Firefox does not send one to a page it
 * reloaded offline once the network is back), and an answer from the server is proof enough.
 */
export function useOnline(reachable?: () => Promise<boolean>): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  useEffect(() => {
    if (online || !reachable) return;
    const timer = setInterval(() => {
      if (navigator.onLine) return setOnline(true);
      void reachable().then((yes) => yes && setOnline(true));
    }, PROBE_MS);
    return () => clearInterval(timer);
  }, [online, reachable]);
  return online;
}
