import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { cannotLoad } from './screen-not-loaded.tsx';
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
  return useLazy(load, wanted).component;
}

/**
 * useLazyComponent, and whether its code failed again with the signal back (`stuck`: cannotLoad):
 * then the screen says so in its place, with a button to reload (ScreenNotLoaded). Firefox keeps a
 * module whose fetch failed offline failed in the page's module map, by its URL and its chunks',
 * so there only a reload brings it; elsewhere the asking goes on, and the screen replaces the words.
 * `settled`: its code came, or failed once (a dialog waits for its parts' before it is drawn);
 * `failed`: it has not come and its last try failed (still asked again when the signal is back);
 * `retry`: asks for it again now (a person's « Réessayer »).
 */
export interface Lazy<P> {
  component: ((props: P) => unknown) | null;
  stuck: boolean;
  settled: boolean;
  failed: boolean;
  retry: () => void;
}

/**
 * `load.again`, when it has one (chunk-again.ts), asks after a failure: by a new URL where the
 * engine keeps the first one failed (Firefox), so « Réessayer » and the signal's return can draw it.
 */
export function useLazy<P>(
  load: (() => Promise<(props: P) => unknown>) & { again?: () => Promise<(props: P) => unknown> },
  wanted: boolean,
): Lazy<P> {
  const [component, setComponent] = useState<((props: P) => unknown) | null>(null);
  const [tries, setTries] = useState(0);
  const [stuck, setStuck] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    let cancel = () => {};
    void (tries > 0 && load.again ? load.again() : load()).then(
      (c) => setComponent(() => c),
      () => {
        if (!live) return;
        setFailed(true);
        if (cannotLoad(tries, navigator.onLine)) setStuck(true);
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
  const retry = () => {
    setFailed(false);
    setTries((n) => n + 1);
  };
  return {
    component,
    stuck: stuck && component === null,
    settled: component !== null || failed,
    failed: failed && component === null,
    retry,
  };
}
