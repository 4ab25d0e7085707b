// Writes build/icon.png (512×512 RGBA): a gold five-pointed star on a red rounded square, the colours of an
// emulation flag (cờ thi đua). No image tool needed: `node build/make-icon.mjs`. Kept so the icon can be remade.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const RED = [200, 16, 46];
const GOLD = [255, 205, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
};

// The star's ten corners, alternating outer and inner radius, first point up.
const centre = SIZE / 2;
const star = Array.from({ length: 10 }, (_, i) => {
  const radius = i % 2 === 0 ? 200 : 80;
  const angle = -Math.PI / 2 + (i * Math.PI) / 5;
  return [centre + radius * Math.cos(angle), centre + 12 + radius * Math.sin(angle)];
});
const insideStar = (x, y) => {
  let inside = false;
  for (let i = 0, j = star.length - 1; i < star.length; j = i, i += 1) {
    const [xi, yi] = star[i];
    const [xj, yj] = star[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const insideRoundedSquare = (x, y, margin = 16, radius = 96) => {
  const dx = Math.max(margin + radius - x, 0, x - (SIZE - margin - radius));
  const dy = Math.max(margin + radius - y, 0, y - (SIZE - margin - radius));
  return dx * dx + dy * dy <= radius * radius && x >= margin && y >= margin && x < SIZE - margin && y < SIZE - margin;
};

// Each row: filter byte 0, then RGBA pixels. 4×4 supersampling smooths the edges.
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y += 1) {
  const row = y * (SIZE * 4 + 1);
  for (let x = 0; x < SIZE; x += 1) {
    let square = 0;
    let gold = 0;
    for (let sy = 0; sy < 4; sy += 1) {
      for (let sx = 0; sx < 4; sx += 1) {
        const px = x + (sx + 0.5) / 4;
        const py = y + (sy + 0.5) / 4;
        if (insideRoundedSquare(px, py)) {
          square += 1;
          if (insideStar(px, py)) gold += 1;
        }
      }
    }
    const offset = row + 1 + x * 4;
    const g = square === 0 ? 0 : gold / square;
    for (let c = 0; c < 3; c += 1) raw[offset + c] = Math.round(RED[c] * (1 - g) + GOLD[c] * g);
    raw[offset + 3] = Math.round((255 * square) / 16);
  }
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`build/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
