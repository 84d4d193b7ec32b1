/**
 * What the audio really is, from its first bytes, not from its name or declared type: a
 * renamed PDF or an HTML page must not reach the provider (it costs money, and fails late).
 */
export interface AudioKind {
  /** File extension the Whisper APIs recognise the container by. */
  extension: 'webm' | 'mp4' | 'ogg' | 'wav' | 'mp3' | 'flac';
  mimeType: string;
}

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

export function sniffAudio(bytes: Uint8Array): AudioKind | null {
  if (bytes.length < 12) return null;
  // EBML header: Matroska / WebM (MediaRecorder on Chromium, Firefox, Safari 18.4+).
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) {
    return { extension: 'webm', mimeType: 'audio/webm' };
  }
  // ISO BMFF: an `ftyp` box at offset 4 (MediaRecorder on older iOS Safari, m4a voice memos).
  if (ascii(bytes, 4, 4) === 'ftyp') return { extension: 'mp4', mimeType: 'audio/mp4' };
  if (ascii(bytes, 0, 4) === 'OggS') return { extension: 'ogg', mimeType: 'audio/ogg' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE')
    return { extension: 'wav', mimeType: 'audio/wav' };
  if (ascii(bytes, 0, 4) === 'fLaC') return { extension: 'flac', mimeType: 'audio/flac' };
  // MP3: an ID3 tag, or an MPEG audio frame sync (11 set bits, layer III).
  if (ascii(bytes, 0, 3) === 'ID3') return { extension: 'mp3', mimeType: 'audio/mpeg' };
  if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe6) === 0xe2)
    return { extension: 'mp3', mimeType: 'audio/mpeg' };
  return null;
}
