import { describe, expect, it } from 'vitest';
import { coalesced } from './sync.ts';

describe('coalesced', () => {
  it('runs a burst of calls as one run plus one after it, never two at once', async () => {
    let runs = 0;
    let inFlight = 0;
    let most = 0;
    const gates: (() => void)[] = [];
    const run = coalesced(async () => {
      runs++;
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise<void>((r) => gates.push(r));
      inFlight--;
    });
    for (let i = 0; i < 50; i++) run();
    expect(runs).toBe(1);
    gates.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    gates.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    expect(most).toBe(1);
    // Idle again: the next call runs at once.
    run();
    expect(runs).toBe(3);
  });

  it('keeps working after a run that failed', async () => {
    let runs = 0;
    const run = coalesced(async () => {
      runs++;
      throw new Error('offline');
    });
    run();
    await new Promise((r) => setTimeout(r, 0));
    run();
    expect(runs).toBe(2);
  });
});
