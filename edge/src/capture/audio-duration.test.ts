import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audioSeconds } from './audio-duration.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/audio/${name}`, import.meta.url)));

/** A WAV header for `seconds` of 8 kHz 8-bit mono (what a 25 MB, 54-minute note is), and its data. */
function longWav(seconds: number): Uint8Array {
  const data = 8000 * seconds;
  const bytes = new Uint8Array(44 + data).fill(0x80);
  const d = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('RIFF'), 0);
  d.setUint32(4, 36 + data, true);
  bytes.set(new TextEncoder().encode('WAVEfmt '), 8);
  d.setUint32(16, 16, true);
  d.setUint16(20, 1, true); // PCM
  d.setUint16(22, 1, true); // mono
  d.setUint32(24, 8000, true); // samples a second
  d.setUint32(28, 8000, true); // bytes a second
  d.setUint16(32, 1, true); // block align
  d.setUint16(34, 8, true); // bits
  bytes.set(new TextEncoder().encode('data'), 36);
  d.setUint32(40, data, true);
  return bytes;
}

/** A WebM as MediaRecorder writes it: Segment and Clusters of unknown size, no Duration. */
function liveWebm(clusters: number, secondsEach: number): Uint8Array {
  const el = (id: number[], body: number[], unknown = false) => [
    ...id,
    ...(unknown ? [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff] : [0x80 | body.length]),
    ...body,
  ];
  const out = [...el([0x1a, 0x45, 0xdf, 0xa3], [0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d])];
  out.push(0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
  out.push(...el([0x15, 0x49, 0xa9, 0x66], el([0x2a, 0xd7, 0xb1], [0x0f, 0x42, 0x40])));
  for (let c = 0; c < clusters; c++) {
    const start = c * secondsEach * 1000;
    out.push(0x1f, 0x43, 0xb6, 0x75, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
    out.push(...el([0xe7], [(start >> 16) & 0xff, (start >> 8) & 0xff, start & 0xff]));
    for (let ms = 0; ms < secondsEach * 1000; ms += 1000)
      out.push(...el([0xa3], [0x81, (ms >> 8) & 0xff, ms & 0xff, 0x80, 1, 2, 3]));
  }
  return new Uint8Array(out);
}

describe('how long a note lasts, from its container', () => {
  it.each([
    ['en-fifteen-dollars-taxi.m4a', 2.281],
    ['en-fifteen-dollars-taxi.webm', 2.288],
    ['fr-douze-euros-cinquante-resto.webm', 1.94],
    ['speech-fr-douze-euros-cinquante-48k.wav', 2.33],
    ['telegram-voice-fr-douze-euros-cinquante.ogg', 2.337],
  ])('%s: %s s, as ffprobe says', (name, seconds) => {
    expect(audioSeconds(fixture(name))).toBeCloseTo(seconds, 2);
  });

  it('measures the 8 kHz WAV that hid an hour in 25 MB by its bytes, not its name', () => {
    expect(audioSeconds(longWav(700))).toBe(700);
    // A header that claims more data than came: only what came counts.
    expect(audioSeconds(longWav(700).subarray(0, 44 + 8000 * 30))).toBe(30);
  });

  it('measures a MediaRecorder WebM, which names no duration, by its last block', () => {
    expect(audioSeconds(liveWebm(3, 5))).toBe(14);
  });

  it('reads an MP3 by its bit rate, and a FLAC by its stream info', () => {
    const mp3 = new Uint8Array(160_000);
    mp3.set([0xff, 0xfb, 0x90, 0x64]); // MPEG-1 layer III, 128 kbit/s, 44.1 kHz
    expect(audioSeconds(mp3)).toBe(10);
    const flac = new Uint8Array(42);
    flac.set(new TextEncoder().encode('fLaC'), 0);
    // 16 kHz (0x03E80), 1 channel, 16 bits, 480,000 samples: 30 s.
    flac.set([0x03, 0xe8, 0x00, 0xf0, 0x00, 0x07, 0x53, 0x00], 18);
    expect(audioSeconds(flac)).toBe(30);
  });

  it('says null when the container says nothing usable', () => {
    expect(audioSeconds(new TextEncoder().encode('%PDF-1.7 not audio at all'))).toBeNull();
    expect(audioSeconds(longWav(1).subarray(0, 36))).toBeNull();
  });
});

/** A fragmented MP4 as MediaRecorder or ffmpeg's empty_moov writes it: mvhd says 0, the fragments say how long. */
function fragmentedMp4(fragments: number, samplesEach: number, perSample: boolean): Uint8Array {
  const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  const box = (type: string, ...content: number[][]) => {
    const body = content.flat();
    return [...u32(8 + body.length), ...[...type].map((c) => c.charCodeAt(0)), ...body];
  };
  // version 0: flags, created, modified, time scale, duration (0), then padding to the full size.
  const mvhd = box('mvhd', u32(0), u32(0), u32(0), u32(1000), u32(0), new Array(80).fill(0));
  const mdhd = box('mdhd', u32(0), u32(0), u32(0), u32(8000), u32(0), u32(0));
  const moov = box(
    'moov',
    mvhd,
    box('trak', box('mdia', mdhd)),
    box('mvex', box('trex', new Array(24).fill(0))),
  );
  const trun = perSample
    ? box(
        'trun',
        u32(0x000301),
        u32(samplesEach),
        u32(0),
        ...Array.from({ length: samplesEach }, () => [...u32(1024), ...u32(10)]),
      )
    : box('trun', u32(0x000001), u32(samplesEach), u32(0));
  const tfhd = box('tfhd', u32(0x020008), u32(1), u32(1024));
  const moofs = Array.from({ length: fragments }, () => [
    ...box('moof', box('traf', tfhd, trun)),
    ...box('mdat', [0]),
  ]);
  return new Uint8Array([
    ...box(
      'ftyp',
      [...'M4A '].map((c) => c.charCodeAt(0)),
      u32(0),
    ),
    ...moov,
    ...moofs.flat(),
  ]);
}

describe('a fragmented MP4 (no length in mvhd)', () => {
  it('is measured from its fragments, per-sample durations or tfhd’s default', () => {
    // 1024 samples at 8 kHz each: 60 fragments of 100 → 768 s, over MAX_AUDIO_SECONDS's 600.
    expect(audioSeconds(fragmentedMp4(60, 100, false))).toBeCloseTo(768, 3);
    expect(audioSeconds(fragmentedMp4(3, 50, true))).toBeCloseTo(19.2, 3);
  });
});
