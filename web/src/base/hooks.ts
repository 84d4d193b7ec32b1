import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

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
 * preact/compat's lazy + Suspense, which would weigh on the first screen.
 */
export function useLazyComponent<P>(load: () => Promise<(props: P) => unknown>, wanted: boolean) {
  const [component, setComponent] = useState<((props: P) => unknown) | null>(null);
  useEffect(() => {
    if (wanted && !component) void load().then((c) => setComponent(() => c));
  }, [wanted, component, load]);
  return component;
}
