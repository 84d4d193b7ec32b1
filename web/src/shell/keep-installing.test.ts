import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignalSource } from '../base/signal-back.ts';
import { installs, keepInstalling } from './keep-installing.ts';

/** A worker whose install the test ends: `installed` or `redundant` (a precache fetch failed). */
class Worker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

const registration = (workers: { installing?: Worker; waiting?: Worker; active?: Worker }) =>
  ({
    installing: workers.installing ?? null,
    waiting: workers.waiting ?? null,
    active: workers.active ?? null,
  }) as unknown as ServiceWorkerRegistration;

const phone = (onLine: boolean) =>
  Object.assign(new EventTarget(), { navigator: { onLine } }) as SignalSource & EventTarget;

describe('whether a registration installs', () => {
  it.each([
    ['its worker installed', 'installed', true],
    ['its worker went on to activate', 'activated', true],
    ['its install failed', 'redundant', false],
  ] as const)('says so once %s', async (_case, end, expected) => {
    const worker = new Worker();
    const answer = installs(registration({ installing: worker }));
    worker.become(end);
    await expect(answer).resolves.toBe(expected);
  });

  it('says yes at once with a worker there before (a failed update keeps it)', async () => {
    await expect(installs(registration({ installing: new Worker(), active: new Worker() }))).resolves.toBe(
      true,
    );
    await expect(installs(registration({ waiting: new Worker() }))).resolves.toBe(true);
  });

  it('says no with no worker at all (its install already failed)', async () => {
    await expect(installs(registration({}))).resolves.toBe(false);
  });
});

describe('the first install, kept going', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is asked again at online after it failed offline, then stops once a worker installed', async () => {
    const where = phone(false);
    const workers: Worker[] = [];
    const install = vi.fn(async () => {
      const worker = new Worker();
      workers.push(worker);
      return registration({ installing: worker });
    });
    const done = keepInstalling(install, where);
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    workers[0]?.become('redundant');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(install).toHaveBeenCalledTimes(1);
    where.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(workers).toHaveLength(2));
    workers[1]?.become('installed');
    await done;
    where.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(install).toHaveBeenCalledTimes(2);
  });

  it('online already, is asked again after 2 s, then 4 s, when registering itself fails', async () => {
    const where = phone(true);
    let calls = 0;
    const install = vi.fn(async () => {
      calls += 1;
      if (calls < 3) throw new TypeError('Failed to fetch /sw.js');
      return registration({ active: new Worker() });
    });
    const done = keepInstalling(install, where);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(install).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(install).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(install).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(install).toHaveBeenCalledTimes(3);
  });
});
