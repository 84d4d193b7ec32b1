import { describe, expect, it } from 'vitest';
import { CLAIM } from '../sw-protocol.ts';
import { askToBeClaimed } from './claim-page.ts';

/** A worker the test moves on, and the messages the page posted to it. */
class Worker extends EventTarget {
  posted: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
}

/** The page's container: its registration's active worker, and the page's controller. */
const page = (active: Worker | null, controller: Worker | null = null) =>
  ({
    ready: Promise.resolve({ active } as unknown as ServiceWorkerRegistration),
    controller,
  }) as unknown as ServiceWorkerContainer;

describe('a page its worker may have missed', () => {
  it('asks the active worker to claim it when it has no controller', async () => {
    const worker = new Worker('activated');
    await askToBeClaimed(page(worker));
    expect(worker.posted).toEqual([{ type: CLAIM }]);
  });

  it('asks nothing when the worker controls it already', async () => {
    const worker = new Worker('activated');
    await askToBeClaimed(page(worker, worker));
    expect(worker.posted).toEqual([]);
  });

  it('waits for the end of the activation before asking (the worker claims the running pages then)', async () => {
    const worker = new Worker('activating');
    const asking = askToBeClaimed(page(worker));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(worker.posted).toEqual([]);
    worker.become('activated');
    await asking;
    expect(worker.posted).toEqual([{ type: CLAIM }]);
  });

  it('asks nothing of a worker replaced as it activated', async () => {
    const worker = new Worker('activating');
    const asking = askToBeClaimed(page(worker));
    worker.become('redundant');
    await asking;
    expect(worker.posted).toEqual([]);
  });
});
