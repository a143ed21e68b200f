// Draws the toolbar icon (an amber warning triangle on a dark-blue rounded square) as PNGs.
// Run once when the design changes: node scripts/make-icons.mjs. Output is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function pixel(x, y, s) {
  const u = (x + 0.5) / s;
  const v = (y + 0.5) / s;
  const r = 0.18;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  // Triangle with apex (0.5, 0.17), base y = 0.82 from x 0.14 to 0.86.
  const inTri = v <= 0.82 && v >= 0.17 && Math.abs(u - 0.5) <= ((v - 0.17) / 0.65) * 0.36;
  if (!inTri) return [22, 44, 84, 255];
  const bar = Math.abs(u - 0.5) < 0.045 && v > 0.38 && v < 0.62;
  const dot = (u - 0.5) ** 2 + (v - 0.72) ** 2 < 0.05 ** 2;
  return bar || dot ? [22, 44, 84, 255] : [255, 184, 28, 255];
}

for (const size of [16, 32, 48, 128]) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x supersampling for smooth edges
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel(x * 4 + sx, y * 4 + sy, size * 4);
          for (let i = 0; i < 4; i++) acc[i] += p[i];
        }
      raw.set(
        acc.map((a) => Math.round(a / 16)),
        y * (size * 4 + 1) + 1 + x * 4,
      );
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(new URL(`../public/icons/${size}.png`, import.meta.url), png);
}
