// Draws JSS Guard's mark (a green shield with a white check) as PNGs in icons/, with no image library.
// Run once after changing the mark: node scripts/make-icons.mjs
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
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

// Inside the shield: |x| ≤ half-width that narrows to a point at the bottom (coordinates in 0..1).
const inShield = (x, y) => {
  if (y < 0.08 || y > 0.94) return false;
  const half = y < 0.55 ? 0.4 : 0.4 * (1 - (y - 0.55) / 0.39);
  const top = 0.08 + 0.06 * Math.cos((x - 0.5) * Math.PI * 2.5);
  return Math.abs(x - 0.5) <= half && y >= top;
};
const distToSegment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay));
};
const onCheck = (x, y) =>
  Math.min(distToSegment(x, y, 0.3, 0.5, 0.45, 0.65), distToSegment(x, y, 0.45, 0.65, 0.72, 0.34)) < 0.065;

function png(size) {
  const samples = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let shield = 0;
      let check = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const u = (x + (sx + 0.5) / samples) / size;
          const v = (y + (sy + 0.5) / samples) / size;
          if (inShield(u, v)) {
            shield++;
            if (onCheck(u, v)) check++;
          }
        }
      const n = samples * samples;
      const white = check / Math.max(shield, 1);
      const [r, g, b] = [20 + (255 - 20) * white, 112 + (255 - 112) * white, 15 + (255 - 15) * white];
      row.set([Math.round(r), Math.round(g), Math.round(b), Math.round((255 * shield) / n)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128])
  writeFileSync(new URL(`../icons/${size}.png`, import.meta.url), png(size));
