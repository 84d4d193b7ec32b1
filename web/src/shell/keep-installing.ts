/**
 * The service worker's first install, asked again until it holds. An install fails when one of its
 * precache fetches does (the signal lost while it copies the app): the browser then forgets the
 * registration and tries again only at the next page load, which a person in the metro never does,
 * so the app would never work offline. Until a worker is installed, the install is asked again
 * once the signal is back (signal-back.ts). A failed update leaves the old worker there: done.
 */
import { onceSignalBack, type SignalSource } from '../base/signal-back.ts';

export async function keepInstalling(
  install: () => Promise<ServiceWorkerRegistration | undefined>,
  where: SignalSource = window,
): Promise<void> {
  for (let tries = 0; ; tries++) {
    const registration = await install().catch(() => undefined);
    if (registration && (await installs(registration))) return;
    await new Promise<void>((resolve) => onceSignalBack(tries, resolve, where));
  }
}

/** Whether the registration has a worker once its install ends (the one there before counts). */
export function installs(registration: ServiceWorkerRegistration): Promise<boolean> {
  const worker = registration.installing;
  if (hasWorker(registration) || !worker) return Promise.resolve(hasWorker(registration));
  return new Promise((resolve) => {
    const settle = () => {
      if (worker.state === 'parsed' || worker.state === 'installing') return;
      worker.removeEventListener('statechange', settle);
      resolve(worker.state !== 'redundant' || hasWorker(registration));
    };
    worker.addEventListener('statechange', settle);
    settle();
  });
}

const hasWorker = (registration: ServiceWorkerRegistration) =>
  registration.active !== null || registration.waiting !== null;
