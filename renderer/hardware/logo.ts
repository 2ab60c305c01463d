import type { MonoBitmap } from '../../shared/receipt/document.ts';

// A logo for the top of receipts: the uploaded picture, scaled to what the paper can hold
// (384 dots is the printable width of 58 mm paper, so it fits every printer), turned into
// black and white dots, packed 8 to a byte, first dot in the top bit.

export const MAX_LOGO_WIDTH = 384;
export const MAX_LOGO_HEIGHT = 400;
const MIN_LOGO_WIDTH = 8;

/** Scaled down to fit (never up), keeping its shape. */
export function logoSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_LOGO_WIDTH / width, MAX_LOGO_HEIGHT / height);
  return { width: Math.max(MIN_LOGO_WIDTH, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type DotStyle = 'threshold' | 'dither';

/** How dark each pixel is, 0 (white) to 1 (black), with see-through parts as white paper. */
function darkness(rgba: ArrayLike<number>, width: number, height: number): Float64Array {
  const out = new Float64Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const alpha = (rgba[i * 4 + 3] ?? 255) / 255;
    const lum = (0.299 * (rgba[i * 4] ?? 0) + 0.587 * (rgba[i * 4 + 1] ?? 0) + 0.114 * (rgba[i * 4 + 2] ?? 0)) / 255;
    out[i] = (1 - lum) * alpha;
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * RGBA pixels (as a canvas gives them) to a one-colour bitmap. 'threshold' suits a drawn
 * logo; 'dither' (Floyd–Steinberg) keeps the shading of a photograph.
 */
export function toMonoBitmap(rgba: ArrayLike<number>, width: number, height: number, style: DotStyle = 'threshold'): MonoBitmap {
  const dark = darkness(rgba, width, height);
  const rowBytes = Math.ceil(width / 8);
  const bytes = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const value = dark[i] ?? 0;
      const black = value >= 0.5;
      if (black) bytes[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
      if (style === 'dither') {
        const error = value - (black ? 1 : 0);
        const spread = (dx: number, dy: number, share: number) => {
          const nx = x + dx;
          const ny = y + dy;
          if (nx >= 0 && nx < width && ny < height) dark[ny * width + nx]! += error * share;
        };
        spread(1, 0, 7 / 16);
        spread(-1, 1, 3 / 16);
        spread(0, 1, 5 / 16);
        spread(1, 1, 1 / 16);
      }
    }
  }
  return { width, height, bits: toBase64(bytes) };
}

/** The dots back, one byte each (1 = black), for drawing the preview. */
export function unpackBitmap(bitmap: MonoBitmap): Uint8Array {
  const bytes = fromBase64(bitmap.bits);
  const rowBytes = Math.ceil(bitmap.width / 8);
  const dots = new Uint8Array(bitmap.width * bitmap.height);
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      dots[y * bitmap.width + x] = ((bytes[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
    }
  }
  return dots;
}
