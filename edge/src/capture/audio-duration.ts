/**
 * How long a note's audio lasts, read from its container before any provider hears it (Whisper
 * bills by the minute, and a 25 MB WAV at 8 kHz is 54 minutes). Pure, on the bytes:
 * - WAV: the data chunk's bytes present over the format's bytes per second;
 * - FLAC: STREAMINFO's samples over its rate;
 * - MP4/M4A: `mvhd`'s duration over its time scale; a fragmented one (no duration there): `mehd`'s,
 *   else its fragments' sample durations (`trun`, or `tfhd`'s default) over the track's time scale;
 * - Ogg: the last page's granule position (Opus: 48 kHz; Vorbis: the identification header's rate);
 * - WebM/Matroska: the latest block's time (cluster time + block offset), so a MediaRecorder file,
 *   which names no Duration, is measured too; Info's Duration when it is longer;
 * - MP3: a Xing/Info frame count, or else the bytes over the first frame's bit rate.
 * null when the container says nothing usable (the caller decides).
 */
import { sniffAudio } from './audio-sniff.ts';

export function audioSeconds(bytes: Uint8Array): number | null {
  switch (sniffAudio(bytes)?.extension) {
    case 'wav':
      return wavSeconds(bytes);
    case 'flac':
      return flacSeconds(bytes);
    case 'mp4':
      return mp4Seconds(bytes);
    case 'ogg':
      return oggSeconds(bytes);
    case 'webm':
      return webmSeconds(bytes);
    case 'mp3':
      return mp3Seconds(bytes);
    default:
      return null;
  }
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const tag = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
const positive = (seconds: number) => (Number.isFinite(seconds) && seconds > 0 ? seconds : null);

function wavSeconds(bytes: Uint8Array): number | null {
  const d = view(bytes);
  let bytesPerSecond = 0;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = tag(bytes, at);
    const size = d.getUint32(at + 4, true);
    if (id === 'fmt ' && at + 24 <= bytes.length) {
      // Sample rate × block align (what a decoder plays), not the header's own byte rate field.
      bytesPerSecond = d.getUint32(at + 12, true) * d.getUint16(at + 20, true);
    } else if (id === 'data') {
      const present = Math.min(size, bytes.length - at - 8);
      return bytesPerSecond > 0 ? positive(present / bytesPerSecond) : null;
    }
    at += 8 + size + (size % 2);
  }
  return null;
}

function flacSeconds(bytes: Uint8Array): number | null {
  // 'fLaC', then STREAMINFO's 4-byte block header, then its fields.
  if (bytes.length < 26) return null;
  const s = 8;
  const rate = ((bytes[s + 10] ?? 0) << 12) | ((bytes[s + 11] ?? 0) << 4) | ((bytes[s + 12] ?? 0) >> 4);
  const samples = ((bytes[s + 13] ?? 0) & 0x0f) * 2 ** 32 + view(bytes).getUint32(s + 14);
  return rate > 0 ? positive(samples / rate) : null;
}

function mp4Seconds(bytes: Uint8Array): number | null {
  const d = view(bytes);
  /** The boxes in [start, end): their type, where their content starts, where they end. */
  function* boxes(start: number, end: number) {
    for (let at = start; at + 8 <= end; ) {
      let size = d.getUint32(at);
      let header = 8;
      if (size === 1 && at + 16 <= end) {
        size = Number(d.getBigUint64(at + 8));
        header = 16;
      } else if (size === 0) size = end - at;
      if (size < header) return;
      yield { type: tag(bytes, at + 4), content: at + header, end: Math.min(at + size, end) };
      at += size;
    }
  }
  const child = (parent: { content: number; end: number }, type: string) => {
    for (const box of boxes(parent.content, parent.end)) if (box.type === type) return box;
    return null;
  };
  /** A full box's time scale and duration (mvhd, mdhd: version 1 has 64-bit times). */
  const scaleAndDuration = (box: { content: number; end: number }) => {
    const v1 = bytes[box.content] === 1;
    if (box.content + (v1 ? 32 : 20) > box.end) return null;
    const scale = d.getUint32(box.content + (v1 ? 20 : 12));
    const duration = v1 ? Number(d.getBigUint64(box.content + 24)) : d.getUint32(box.content + 16);
    return scale > 0 ? { scale, duration } : null;
  };
  const top = [...boxes(0, bytes.length)];
  const moov = top.find((b) => b.type === 'moov');
  const mvhd = moov && child(moov, 'mvhd');
  const movie = mvhd && scaleAndDuration(mvhd);
  if (!moov || !movie) return null;
  if (movie.duration > 0) return positive(movie.duration / movie.scale);
  // A fragmented MP4 (MediaRecorder's, ffmpeg's empty_moov) names no length in mvhd: mehd may,
  // else its fragments do, sample by sample, in the track's own time scale.
  const mehd = child(child(moov, 'mvex') ?? { content: 0, end: 0 }, 'mehd');
  if (mehd && mehd.content + 8 <= mehd.end) {
    const v1 = bytes[mehd.content] === 1;
    const length =
      v1 && mehd.content + 12 <= mehd.end
        ? Number(d.getBigUint64(mehd.content + 4))
        : d.getUint32(mehd.content + 4);
    if (length > 0) return positive(length / movie.scale);
  }
  const trak = child(moov, 'trak');
  const mdhd = trak && child(child(trak, 'mdia') ?? { content: 0, end: 0 }, 'mdhd');
  const track = mdhd && scaleAndDuration(mdhd);
  if (!track) return null;
  let ticks = 0;
  for (const moof of top.filter((b) => b.type === 'moof'))
    for (const traf of boxes(moof.content, moof.end)) if (traf.type === 'traf') ticks += fragmentTicks(traf);
  return positive(ticks / track.scale);

  /** A track fragment's sample durations: each sample's own, else tfhd's default. */
  function fragmentTicks(traf: { content: number; end: number }): number {
    const tfhd = child(traf, 'tfhd');
    let fallback = 0;
    if (tfhd) {
      const flags = d.getUint32(tfhd.content) & 0xffffff;
      let at = tfhd.content + 8 + (flags & 0x01 ? 8 : 0) + (flags & 0x02 ? 4 : 0);
      if (flags & 0x08 && at + 4 <= tfhd.end) fallback = d.getUint32(at);
      at += 4;
    }
    let sum = 0;
    for (const trun of boxes(traf.content, traf.end)) {
      if (trun.type !== 'trun' || trun.content + 8 > trun.end) continue;
      const flags = d.getUint32(trun.content) & 0xffffff;
      const count = d.getUint32(trun.content + 4);
      if (!(flags & 0x100)) {
        sum += count * fallback;
        continue;
      }
      const each = [0x100, 0x200, 0x400, 0x800].filter((f) => flags & f).length * 4;
      let at = trun.content + 8 + (flags & 0x01 ? 4 : 0) + (flags & 0x04 ? 4 : 0);
      for (let i = 0; i < count && at + 4 <= trun.end; i++, at += each) sum += d.getUint32(at);
    }
    return sum;
  }
}

function oggSeconds(bytes: Uint8Array): number | null {
  const d = view(bytes);
  // The first page's packet names the codec: Opus counts granules at 48 kHz, Vorbis at its rate.
  const first = 27 + (bytes[26] ?? 0);
  let rate = 0;
  if (tag(bytes, first) === 'Opus') rate = 48_000;
  else if (bytes[first] === 1 && tag(bytes, first + 1) === 'vorb' && first + 16 <= bytes.length)
    rate = d.getUint32(first + 12, true);
  if (rate === 0) return null;
  // The last page's granule position: the samples up to its end.
  for (let at = bytes.length - 27; at >= 0; at--) {
    if (bytes[at] === 0x4f && tag(bytes, at) === 'OggS') {
      const granule = Number(d.getBigInt64(at + 6, true));
      return positive(granule / rate);
    }
  }
  return null;
}

/** Matroska's element ids and sizes are variable-length integers: the leading zeros say the length. */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): { value: number; length: number } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (length > 8 || at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const b = bytes[at + i] ?? 0;
    value = value * 256 + b;
    allOnes &&= b === 0xff;
  }
  // An unknown size (all ones): a live recording's Segment and Clusters.
  return { value: !keepMarker && allOnes ? -1 : value, length };
}

const SEGMENT = 0x18538067;
const CLUSTER = 0x1f43b675;
const BLOCK_GROUP = 0xa0;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
const CLUSTER_TIME = 0xe7;
const SIMPLE_BLOCK = 0xa3;
const BLOCK = 0xa1;

function webmSeconds(bytes: Uint8Array): number | null {
  const d = view(bytes);
  let scale = 1_000_000;
  let declared = 0;
  let clusterTime = 0;
  let latest = -1;
  const uint = (at: number, size: number) => {
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + (bytes[at + i] ?? 0);
    return n;
  };
  // One pass over the elements: the containers we need are entered (their size may be unknown),
  // everything else is stepped over.
  for (let at = 0; at < bytes.length; ) {
    const id = vint(bytes, at, true);
    if (!id) break;
    const size = vint(bytes, at + id.length, false);
    if (!size) break;
    const content = at + id.length + size.length;
    if ([SEGMENT, CLUSTER, BLOCK_GROUP, INFO].includes(id.value)) {
      at = content;
      continue;
    }
    if (size.value < 0 || content + size.value > bytes.length) break;
    if (id.value === TIMECODE_SCALE) scale = uint(content, size.value);
    else if (id.value === DURATION)
      declared = size.value === 4 ? d.getFloat32(content) : size.value === 8 ? d.getFloat64(content) : 0;
    else if (id.value === CLUSTER_TIME) clusterTime = uint(content, size.value);
    else if (id.value === SIMPLE_BLOCK || id.value === BLOCK) {
      const track = vint(bytes, content, false);
      if (track && content + track.length + 2 <= bytes.length)
        latest = Math.max(latest, clusterTime + d.getInt16(content + track.length));
    }
    at = content + size.value;
  }
  return positive((Math.max(declared, latest) * scale) / 1e9);
}

/** MPEG-1 and MPEG-2 layer III bit rates (kbit/s) by index, and sample rates by index. */
const MP3_KBPS = {
  1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
} as const;
const MP3_RATES = { 1: [44_100, 48_000, 32_000], 2: [22_050, 24_000, 16_000], 25: [11_025, 12_000, 8_000] };

function mp3Seconds(bytes: Uint8Array): number | null {
  let at = 0;
  // An ID3v2 tag first: its size is four 7-bit bytes.
  if (tag(bytes, 0).startsWith('ID3') && bytes.length > 10)
    at = 10 + (((bytes[6] ?? 0) << 21) | ((bytes[7] ?? 0) << 14) | ((bytes[8] ?? 0) << 7) | (bytes[9] ?? 0));
  while (at + 4 < bytes.length && !(bytes[at] === 0xff && ((bytes[at + 1] ?? 0) & 0xe6) === 0xe2)) at++;
  const h1 = bytes[at + 1] ?? 0;
  const h2 = bytes[at + 2] ?? 0;
  const version = (h1 >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
  const family = version === 3 ? 1 : 2;
  const rate = (version === 3 ? MP3_RATES[1] : version === 2 ? MP3_RATES[2] : MP3_RATES[25])[(h2 >> 2) & 3];
  const kbps = MP3_KBPS[family][h2 >> 4];
  if (!rate || !kbps) return null;
  const samplesPerFrame = family === 1 ? 1152 : 576;
  // A Xing/Info header (VBR) counts the frames.
  const mono = (bytes[at + 3] ?? 0) >> 6 === 3;
  const side = family === 1 ? (mono ? 17 : 32) : mono ? 9 : 17;
  const xing = at + 4 + side;
  const name = tag(bytes, xing);
  if ((name === 'Xing' || name === 'Info') && ((bytes[xing + 7] ?? 0) & 1) === 1)
    return positive((view(bytes).getUint32(xing + 8) * samplesPerFrame) / rate);
  return positive(((bytes.length - at) * 8) / (kbps * 1000));
}
