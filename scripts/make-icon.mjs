#!/usr/bin/env node
// Draws images/icon.png (128x128 RGBA) with node only: a page of text on a deep-blue tile,
// with a green check mark badge. Shapes are signed-distance functions, 4x4 supersampled.
// Usage: node scripts/make-icon.mjs [out.png] [size]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const out = process.argv[2] || 'images/icon.png';
const N = Number(process.argv[3] || 128);
const SS = 4;

// --- shapes in a 0..1 coordinate space -----------------------------------------------------------
const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r,
    qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
const segment = (x, y, ax, ay, bx, by, r) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h) - r;
};

const BG = [21, 57, 120],
  PAGE = [250, 248, 240],
  LINE = [150, 160, 180],
  TITLE = [200, 40, 50],
  BADGE = [30, 150, 90],
  WHITE = [255, 255, 255],
  RING = [21, 57, 120];

// Layers from bottom to top: [sdf, colour]
const layers = [
  [(x, y) => roundedBox(x, y, 0.5, 0.5, 0.47, 0.47, 0.14), BG],
  [(x, y) => roundedBox(x, y, 0.44, 0.47, 0.25, 0.33, 0.03), PAGE],
  [(x, y) => segment(x, y, 0.28, 0.26, 0.56, 0.26, 0.028), TITLE],
  ...[0.38, 0.48, 0.58, 0.68].map((yy, i) => [(x, y) => segment(x, y, 0.28, yy, i % 2 ? 0.52 : 0.6, yy, 0.018), LINE]),
  [(x, y) => circle(x, y, 0.71, 0.72, 0.2), RING],
  [(x, y) => circle(x, y, 0.71, 0.72, 0.165), BADGE],
  [
    (x, y) => Math.min(segment(x, y, 0.625, 0.725, 0.69, 0.79, 0.03), segment(x, y, 0.69, 0.79, 0.8, 0.655, 0.03)),
    WHITE,
  ],
];

const rgba = Buffer.alloc(N * N * 4);
for (let py = 0; py < N; py++) {
  for (let px = 0; px < N; px++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = (px + (sx + 0.5) / SS) / N,
          y = (py + (sy + 0.5) / SS) / N;
        let c = null;
        for (const [sdf, col] of layers) if (sdf(x, y) <= 0) c = col;
        if (c) {
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
    }
    const i = (py * N + px) * 4;
    if (a) {
      rgba[i] = Math.round(r / a);
      rgba[i + 1] = Math.round(g / a);
      rgba[i + 2] = Math.round(b / a);
    }
    rgba[i + 3] = Math.round((255 * a) / (SS * SS));
  }
}

// --- PNG encoding ---------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8;
ihdr[9] = 6; // 8-bit RGBA
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) rgba.copy(raw, y * (N * 4 + 1) + 1, y * N * 4, (y + 1) * N * 4); // filter 0
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${N}x${N}, ${png.length} bytes)`);
