import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREF_KEYS } from '../base/prefs.ts';
import { initialLang } from '../i18n/lang.ts';
import { armEarlyTap, EARLY_TAP, earlyLang, LANG_KEY, takeEarlyTap } from './early-tap.ts';

/** The browser's microphone, never answering: what is tested is which taps ask for it. */
function microphone() {
  const getUserMedia = vi.fn(() => new Promise<MediaStream>(() => {}));
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
  return getUserMedia;
}
const press = (button: EventTarget, type: string, mouse = 0) =>
  button.dispatchEvent(Object.assign(new Event(type), { button: mouse }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the record button’s first listener', () => {
  it('asks for the microphone on the press of a tap, once, and keeps when it was released', () => {
    const getUserMedia = microphone();
    const button = new EventTarget();
    const handle = armEarlyTap(button as Element);
    press(button, 'pointerdown');
    press(button, 'pointerup');
    press(button, 'click');
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    const tap = handle.take();
    expect(tap?.stopAsked).toBe(false);
    expect(tap?.releasedAt).toBeGreaterThanOrEqual(tap?.pressedAt ?? Number.POSITIVE_INFINITY);
  });

  it.each([
    ['a click with no press before it (keyboard, screen reader)', ['click'], 1, false],
    ['a press of another mouse button', ['pointerdown'], 0, false],
    ['a second tap, which asks to stop', ['pointerdown', 'pointerup', 'pointerdown', 'pointerup'], 1, true],
  ])('%s', (name, events, asked, stopAsked) => {
    vi.useFakeTimers({ now: 10_000 });
    const getUserMedia = microphone();
    const button = new EventTarget();
    const handle = armEarlyTap(button as Element);
    for (const type of events) press(button, type, name.includes('another') ? 2 : 0);
    expect(getUserMedia).toHaveBeenCalledTimes(asked);
    expect(handle.take()?.stopAsked ?? false).toBe(stopAsked);
  });

  it('is handed over once, and hears nothing after', () => {
    const getUserMedia = microphone();
    const button = new EventTarget();
    (globalThis as Record<symbol, unknown>)[Symbol.for(EARLY_TAP)] = armEarlyTap(button as Element);
    expect(takeEarlyTap()).toBeNull();
    expect(takeEarlyTap()).toBeNull();
    press(button, 'pointerdown');
    expect(getUserMedia).not.toHaveBeenCalled();
  });
});

describe('the static first screen’s language', () => {
  it('is chosen as the app chooses it (a choice made wins, else the browser’s first language), from the same key', () => {
    const browsers: string[][] = [
      [],
      ['fr-FR'],
      ['fr-CH', 'en'],
      ['en-GB'],
      ['en-US', 'fr'],
      ['de-DE'],
      ['FR'],
      [''],
    ];
    for (const saved of [null, 'fr', 'en', 'de', '']) {
      for (const browser of browsers) expect(earlyLang(saved, browser)).toBe(initialLang(saved, browser));
    }
    expect(earlyLang(null, ['en-GB'])).toBe('en');
    expect(earlyLang('fr', ['en-GB'])).toBe('fr');
    expect(LANG_KEY).toBe(PREF_KEYS.lang);
  });
});
