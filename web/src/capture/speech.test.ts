import { afterEach, describe, expect, it, vi } from 'vitest';
import { listen, onDevice, type Recognizer } from './speech.ts';

type Script = (r: FakeRecognition, call: 'start' | 'stop' | 'abort') => void;

/** A recognizer at its boundary: the standard attributes and calls, its events scripted per test. */
class FakeRecognition {
  static script: Script = () => {};
  static made: FakeRecognition[] = [];
  lang = '';
  continuous = false;
  interimResults = false;
  processLocally = false;
  track: unknown = null;
  calls: string[] = [];
  onresult: ((e: unknown) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  onend: (() => void) | null = null;
  constructor() {
    FakeRecognition.made.push(this);
  }
  start(track?: unknown) {
    this.track = track ?? null;
    this.calls.push('start');
    FakeRecognition.script(this, 'start');
  }
  stop() {
    this.calls.push('stop');
    FakeRecognition.script(this, 'stop');
  }
  abort() {
    this.calls.push('abort');
    FakeRecognition.script(this, 'abort');
  }
  /** Results from `from` on, as the browser sends them (each event carries the whole list). */
  hear(from: number, results: [string, boolean][]) {
    const list = results.map(([transcript, isFinal]) => Object.assign([{ transcript }], { isFinal }));
    this.onresult?.({ resultIndex: from, results: list });
  }
}
const Fake = FakeRecognition as unknown as Recognizer;

afterEach(() => {
  FakeRecognition.script = () => {};
  FakeRecognition.made = [];
  vi.useRealTimers();
});

const TRACK = { kind: 'audio' } as unknown as MediaStreamTrack;

describe('listening along', () => {
  it('listens continuously in the note language to the recorder track, words shown as they come', async () => {
    const shown: string[] = [];
    FakeRecognition.script = (r, call) => {
      if (call === 'start') {
        r.hear(0, [['douze euros', false]]);
        r.hear(0, [['douze euros cinquante', true]]);
        r.hear(1, [
          ['douze euros cinquante', true],
          ['au resto', false],
        ]);
      }
      if (call === 'stop') {
        r.hear(1, [
          ['douze euros cinquante', true],
          ['au resto ce midi', true],
        ]);
        r.onend?.();
      }
    };
    const listening = listen('fr-FR', TRACK, false, (t) => shown.push(t), Fake);
    const [r] = FakeRecognition.made;
    expect([r?.lang, r?.continuous, r?.interimResults, r?.processLocally, r?.track]).toEqual([
      'fr-FR',
      true,
      true,
      false,
      TRACK,
    ]);
    expect(shown).toEqual(['douze euros', 'douze euros cinquante', 'douze euros cinquante au resto']);
    expect(await listening?.words()).toBe('douze euros cinquante au resto ce midi');
  });

  it('recognises on the device when the browser says it can', () => {
    listen('en-GB', TRACK, true, undefined, Fake);
    expect(FakeRecognition.made[0]?.processLocally).toBe(true);
  });

  it.each(['not-allowed', 'network', 'no-speech', 'language-not-supported', 'audio-capture'])(
    'gives no words after a %s error',
    async (error) => {
      FakeRecognition.script = (r, call) => {
        if (call !== 'start') return;
        r.hear(0, [['douze', true]]);
        r.onerror?.({ error });
        r.onend?.();
      };
      expect(await listen('fr-FR', TRACK, false, undefined, Fake)?.words()).toBeNull();
    },
  );

  it('gives no words when it ended before the person stopped (only part of the note was heard)', async () => {
    FakeRecognition.script = (r, call) => {
      if (call !== 'start') return;
      r.hear(0, [['douze euros', true]]);
      r.onend?.();
    };
    expect(await listen('fr-FR', TRACK, false, undefined, Fake)?.words()).toBeNull();
  });

  it('stops waiting for a recognizer that never ends: no words, and it is aborted', async () => {
    vi.useFakeTimers();
    FakeRecognition.script = (r, call) => {
      if (call === 'start') r.hear(0, [['douze euros', true]]);
    };
    const words = listen('fr-FR', TRACK, false, undefined, Fake)?.words(2500);
    await vi.advanceTimersByTimeAsync(2500);
    expect(await words).toBeNull();
    expect(FakeRecognition.made[0]?.calls).toEqual(['start', 'stop', 'abort']);
  });

  it('gives no words when nothing final was heard', async () => {
    FakeRecognition.script = (r, call) => {
      if (call === 'start') r.hear(0, [['euh', false]]);
      if (call === 'stop') r.onend?.();
    };
    expect(await listen('fr-FR', TRACK, false, undefined, Fake)?.words()).toBeNull();
  });

  it.each([
    [
      'control and direction characters become spaces',
      'douze\u0007euros \u202Ecinquante',
      'douze euros cinquante',
    ],
    ['a note too long for the server gives none', 'douze euros '.repeat(90), null],
  ])('keeps to what the server takes: %s', async (_, heard, sent) => {
    FakeRecognition.script = (r, call) => {
      if (call === 'stop') {
        r.hear(0, [[heard, true]]);
        r.onend?.();
      }
    };
    expect(await listen('fr-FR', TRACK, false, undefined, Fake)?.words()).toBe(sent);
  });

  it('does not start where there is no recognizer, or where one cannot start', () => {
    expect(listen('fr-FR', TRACK, false, undefined, null)).toBeNull();
    FakeRecognition.script = (_, call) => {
      if (call === 'start') throw new DOMException('already started', 'InvalidStateError');
    };
    expect(listen('fr-FR', TRACK, false, undefined, Fake)).toBeNull();
  });
});

describe('on the device or not', () => {
  it.each([
    ['available', 'available'],
    ['downloadable', 'downloadable'],
  ] as const)('says what available() says (%s)', async (answer, expected) => {
    const r = Object.assign(() => {}, { available: async () => answer }) as unknown as Recognizer;
    expect(await onDevice('fr-FR', r)).toBe(expected);
  });

  it('says unavailable where the browser cannot say, or refuses to', async () => {
    expect(await onDevice('fr-FR', Fake)).toBe('unavailable');
    expect(await onDevice('fr-FR', null)).toBe('unavailable');
    const refusing = Object.assign(() => {}, {
      available: () => Promise.reject(new DOMException('blocked', 'NotAllowedError')),
    }) as unknown as Recognizer;
    expect(await onDevice('fr-FR', refusing)).toBe('unavailable');
  });
});
