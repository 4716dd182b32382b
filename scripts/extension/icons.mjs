// Writes the extension's icons (PNG, made here so that no binary is kept in
// the repo and the build stays reproducible): a speech bubble with quote
// marks. Usage: node icons.mjs OUT_DIR
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const s = size / 16;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const u = x / s, v = y / s;
      // bubble: rounded rectangle 1..15 x 1..11, tail at bottom left
      const inBubble = (u >= 1 && u <= 15 && v >= 1 && v <= 11 &&
        !((u < 2.5 || u > 13.5) && (v < 2.5 || v > 9.5))) || (u >= 3 && u <= 6 && v > 11 && v <= 14 && u - 3 <= 14 - v);
      // two quote marks
      const mark = (cx) => (Math.hypot(u - cx, v - 5) <= 1.4) || (u >= cx - 0.2 && u <= cx + 1.1 && v >= 5 && v <= 8 && u - cx <= (8 - v) * 0.5);
      const q = mark(5.5) || mark(10);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const [r, g, b, a] = !inBubble ? [0, 0, 0, 0] : q ? [255, 255, 255, 255] : [91, 43, 214, 255];
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
const out = process.argv[2];
mkdirSync(out, { recursive: true });
for (const size of [16, 48, 128]) writeFileSync(join(out, `icon-${size}.png`), png(size));
