/** Pixel bombs: image files of a few kilobytes that say (and decode to) a huge picture. */
import { crc32, deflateSync } from 'node:zlib';

/** A white greyscale PNG of w × h pixels: its rows repeat, so it deflates to almost nothing. */
export function whitePng(w: number, h: number): Uint8Array {
  const row = Buffer.alloc(1 + w, 0xff);
  row[0] = 0;
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed) >>> 0);
    return Buffer.concat([head, typed, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: h }, () => row)), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
