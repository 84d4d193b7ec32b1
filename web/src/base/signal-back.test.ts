import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onceSignalBack, type SignalSource } from './signal-back.ts';

/** A window whose `online` events the test fires, saying it is online or not. */
const phone = (onLine: boolean) =>
  Object.assign(new EventTarget(), { navigator: { onLine } }) as SignalSource & EventTarget;

describe('once the signal is back', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls again at the next online event, and once only, when the phone says it is offline', () => {
    const where = phone(false);
    const again = vi.fn();
    onceSignalBack(0, again, where);
    vi.advanceTimersByTime(120_000);
    expect(again).not.toHaveBeenCalled();
    where.dispatchEvent(new Event('online'));
    where.dispatchEvent(new Event('online'));
    expect(again).toHaveBeenCalledTimes(1);
  });

  it.each([
    [0, 2_000],
    [1, 4_000],
    [4, 32_000],
    [5, 60_000],
    [12, 60_000],
  ])('after %i tries, online already, calls again after %i ms', (tries, wait) => {
    const again = vi.fn();
    const where = phone(true);
    onceSignalBack(tries, again, where);
    vi.advanceTimersByTime(wait - 1);
    expect(again).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(again).toHaveBeenCalledTimes(1);
    where.dispatchEvent(new Event('online'));
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('calls again at an online event before the wait, and not again when the wait ends', () => {
    const where = phone(true);
    const again = vi.fn();
    onceSignalBack(0, again, where);
    where.dispatchEvent(new Event('online'));
    vi.advanceTimersByTime(120_000);
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('cancelled, never calls again', () => {
    const where = phone(true);
    const again = vi.fn();
    onceSignalBack(0, again, where)();
    where.dispatchEvent(new Event('online'));
    vi.advanceTimersByTime(120_000);
    expect(again).not.toHaveBeenCalled();
  });
});
