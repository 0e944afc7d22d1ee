// Draws the PWA icons (public/icons/icon-<size>.png): a white "N" road mark on
// Njia's teal, inside the maskable safe zone. Plain zlib PNG encoding, no
// image tool needed. Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const sizes = [72, 96, 128, 144, 152, 192, 384, 512];
const teal = [15, 118, 110];
const white = [255, 255, 255];
const amber = [245, 158, 11];

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

/** Colour of pixel (x, y) in a unit square, the mark drawn in [0.25, 0.75]. */
function colourAt(u, v) {
  const inBox = (x0, x1) => u >= x0 && u <= x1 && v >= 0.27 && v <= 0.73;
  const stroke = 0.09;
  if (inBox(0.27, 0.27 + stroke) || inBox(0.73 - stroke, 0.73)) return white;
  // the diagonal of the N, from top-left to bottom-right
  const t = (v - 0.27) / 0.46;
  const cx = 0.27 + stroke / 2 + t * (0.46 - stroke);
  if (v >= 0.27 && v <= 0.73 && Math.abs(u - cx) <= stroke / 1.6) return white;
  if (v >= 0.78 && v <= 0.81 && u >= 0.38 && u <= 0.62) return amber;
  return teal;
}

function png(size) {
  const row = size * 3 + 1;
  const raw = Buffer.alloc(row * size);
  for (let y = 0; y < size; y++) {
    raw[y * row] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b] = colourAt((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b], y * row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of sizes) writeFileSync(new URL(`icon-${size}x${size}.png`, dir), png(size));
console.log(`wrote ${sizes.length} icons`);
