// Generates the app and tray icons as real PNGs with nothing but node:zlib (no image packages).
// Run: node resources/generate-icons.mjs   (writes next to this file; the PNGs are committed)
//
// The glyph is an invoice sliding into an inbox tray, drawn on whole units of a 16-unit grid (so it is
// pixel-exact at 16 and 32 px) and rasterised with 8x8 supersampling (smooth edges at 512 px).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = dirname(fileURLToPath(import.meta.url));

// ---- PNG encoding --------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Shapes on the 16-unit grid ------------------------------------------------------------
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x < x1 && y >= y0 && y < y1;
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** The tray: a solid base with the inbox notch. */
function tray(x, y) {
  return inRect(x, y, 1, 9, 15, 15) && !inRect(x, y, 5, 9, 11, 11);
}
/** The invoice: an outlined sheet open at the bottom (it disappears into the tray), two text lines. */
function invoice(x, y) {
  const sheet = inRect(x, y, 3, 1, 13, 11);
  const inner = inRect(x, y, 4, 2, 12, 11);
  const lines = inRect(x, y, 6, 4, 10, 5) || inRect(x, y, 6, 6, 10, 7);
  return (sheet && !inner) || lines;
}
const ALERT = { cx: 12.5, cy: 3.5, r: 3.5, gap: 1 };
function glyph(x, y, alert) {
  const shape = tray(x, y) || invoice(x, y);
  if (!alert) return shape;
  return shape && !inCircle(x, y, ALERT.cx, ALERT.cy, ALERT.r + ALERT.gap);
}
const alertDot = (x, y) => inCircle(x, y, ALERT.cx, ALERT.cy, ALERT.r);

// ---- Rasteriser ----------------------------------------------------------------------------
const SS = 8;
/** paint(x, y) -> [r, g, b, a] (0-255) or null for transparent, in grid units of `grid`. */
function render(size, grid, paint) {
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = paint(((px + (sx + 0.5) / SS) * grid) / size, ((py + (sy + 0.5) / SS) * grid) / size);
          if (!c) continue;
          const ca = c[3] / 255;
          r += c[0] * ca; g += c[1] * ca; b += c[2] * ca; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      const n = SS * SS;
      out[i + 3] = Math.round((a / n) * 255);
      if (a > 0) {
        out[i] = Math.round(r / a); out[i + 1] = Math.round(g / a); out[i + 2] = Math.round(b / a);
      }
    }
  }
  return out;
}

const hex = (h, alpha = 255) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), alpha];
const DARK_GLYPH = hex('#1f2328'); // on light panels
const LIGHT_GLYPH = hex('#f3f4f6'); // on dark panels
const BLACK = hex('#000000'); // macOS template images: black + alpha only
const ALERT_RED = hex('#e5484d');

function trayPaint(color, alert, alertColor) {
  return (x, y) => (alert && alertDot(x, y) ? alertColor : glyph(x, y, alert) ? color : null);
}

// App icon: the white glyph on a rounded blue square with a soft vertical gradient.
function appPaint(x, y) {
  // grid 32: square inset 1.5 units, corner radius 7.
  const [x0, y0, x1, y1, rad] = [1.5, 1.5, 30.5, 30.5, 7];
  const cx = Math.min(Math.max(x, x0 + rad), x1 - rad);
  const cy = Math.min(Math.max(y, y0 + rad), y1 - rad);
  if ((x - cx) ** 2 + (y - cy) ** 2 > rad * rad) return null;
  const gx = (x - 6) * (16 / 20);
  const gy = (y - 6) * (16 / 20);
  if (gx >= 0 && gx < 16 && gy >= 0 && gy < 16 && glyph(gx, gy, false)) return [255, 255, 255, 255];
  const t = (y - y0) / (y1 - y0);
  const top = hex('#3b82f6');
  const bottom = hex('#1d4ed8');
  return [0, 1, 2].map((k) => Math.round(top[k] + (bottom[k] - top[k]) * t)).concat(255);
}

function write(name, size, grid, paint) {
  writeFileSync(join(OUT, name), encodePng(size, render(size, grid, paint)));
  console.log(`${name} ${size}x${size}`);
}

write('icon.png', 512, 32, appPaint);
for (const [suffix, size] of [['', 16], ['@2x', 32]]) {
  write(`trayTemplate${suffix}.png`, size, 16, trayPaint(BLACK, false));
  write(`trayAlertTemplate${suffix}.png`, size, 16, trayPaint(BLACK, true, BLACK));
  write(`tray-light${suffix}.png`, size, 16, trayPaint(DARK_GLYPH, false));
  write(`tray-dark${suffix}.png`, size, 16, trayPaint(LIGHT_GLYPH, false));
  write(`tray-alert-light${suffix}.png`, size, 16, trayPaint(DARK_GLYPH, true, ALERT_RED));
  write(`tray-alert-dark${suffix}.png`, size, 16, trayPaint(LIGHT_GLYPH, true, ALERT_RED));
}
