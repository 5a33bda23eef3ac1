// Draws the extension's icon as a PNG without any image library: a blue tile with a white page and a check mark.
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

type Rgba = readonly [number, number, number, number];
const BLUE: Rgba = [21, 66, 115, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [57, 135, 14, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** The colour of one pixel, in units of the icon's size (0..1). */
function pixel(x: number, y: number): Rgba {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  // check mark: two thick strokes in the lower right
  const onStroke = (ax: number, ay: number, bx: number, by: number, w: number): boolean => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return (x - (ax + t * (bx - ax))) ** 2 + (y - (ay + t * (by - ay))) ** 2 < w * w;
  };
  if (onStroke(0.5, 0.68, 0.62, 0.8, 0.06) || onStroke(0.62, 0.8, 0.84, 0.5, 0.06)) return GREEN;
  // a page with lines of text
  if (x > 0.24 && x < 0.66 && y > 0.2 && y < 0.8) {
    const line = [0.32, 0.44, 0.56].some((ly) => y > ly && y < ly + 0.06) && x > 0.3 && x < 0.6;
    return line ? BLUE : WHITE;
  }
  return BLUE;
}

/**
 * The icon at one size, as PNG bytes.
 *
 * @example
 * drawIcon(16).subarray(1, 4).toString(); // "PNG"
 */
export function drawIcon(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum: [number, number, number, number] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          for (let i = 0; i < 3; i++) sum[i] = (sum[i] ?? 0) + c[i]! * c[3];
          sum[3] += c[3];
        }
      }
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const alpha = sum[3] / (samples * samples);
      for (let i = 0; i < 3; i++) raw[offset + i] = sum[3] === 0 ? 0 : Math.round(sum[i]! / sum[3]);
      raw[offset + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}
