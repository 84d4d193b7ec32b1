import { describe, expect, it } from 'vitest';
import { pickMimeType } from './recorder.ts';

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
