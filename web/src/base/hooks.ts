import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { onceSignalBack } from './signal-back.ts';

/** Dexie's liveQuery for Preact: re-renders whenever the queried tables change. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => {} });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}

/**
 * A component loaded on first use (dynamic import): null until it arrives. Lighter than
 * preact/compat's lazy + Suspense, which would weigh on the first screen. Its code not on the phone
 * and no network (the signal lost while the worker still installed, before it had cached it): asked
 * again once the network is back, so the screen shows then, not at the next tap elsewhere. The
 * signal may come back before the failure is known (no `online` event left to hear), or the network
 * may say it is there and not answer: then asked again after a wait that doubles (signal-back.ts).
 */
export function useLazyComponent<P>(load: () => Promise<(props: P) => unknown>, wanted: boolean) {
  const [component, setComponent] = useState<((props: P) => unknown) | null>(null);
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    let cancel = () => {};
    void load().then(
      (c) => setComponent(() => c),
      () => {
        if (!live) return;
        cancel = onceSignalBack(tries, () => {
          live = false;
          setTries((n) => n + 1);
        });
      },
    );
    return () => {
      live = false;
      cancel();
    };
  }, [wanted, component, load, tries]);
  return component;
}
