import { describe, expect, it } from 'vitest';
import { pickMimeType } from './recorder.ts';
import { isoWithOffset } from './time.ts';

describe('pickMimeType', () => {
  it.each([
    ['Chromium', ['audio/webm;codecs=opus', 'audio/webm'], 'audio/webm;codecs=opus'],
    ['older iOS Safari', ['audio/mp4'], 'audio/mp4'],
    ['Safari with AAC', ['audio/mp4;codecs=mp4a.40.2', 'audio/mp4'], 'audio/mp4;codecs=mp4a.40.2'],
    ['nothing', [], undefined],
  ])('picks the best type on %s', (_name, supported, expected) => {
    expect(pickMimeType((t) => (supported as string[]).includes(t))).toBe(expected);
  });
});

describe('isoWithOffset', () => {
  it('writes the local time with its offset', () => {
    const s = isoWithOffset(new Date('2026-11-24T11:30:00.250Z'));
    expect(s).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    expect(new Date(s).getTime()).toBe(Date.parse('2026-11-24T11:30:00.250Z'));
  });
});
