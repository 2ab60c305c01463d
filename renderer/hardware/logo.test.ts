import { describe, expect, it } from 'vitest';
import { logoSize, toMonoBitmap, unpackBitmap } from './logo.ts';

function picture(width: number, height: number, grey: (x: number, y: number) => number, alpha = 255): number[] {
  const out: number[] = [];
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out.push(grey(x, y), grey(x, y), grey(x, y), alpha);
  return out;
}

describe('a logo for receipts', () => {
  it('a wide picture is scaled to 384 dots, keeping its shape; a small one is left alone', () => {
    expect(logoSize(1200, 300)).toEqual({ width: 384, height: 96 });
    expect(logoSize(200, 100)).toEqual({ width: 200, height: 100 });
    expect(logoSize(100, 1000)).toEqual({ width: 40, height: 400 });
  });

  it('black and white dots are packed 8 to a byte, first dot in the top bit, as the core checks', () => {
    // 10 dots wide: black, white, black... on the first row; all white on the second.
    const b = toMonoBitmap(picture(10, 2, (x, y) => (y === 0 && x % 2 === 0 ? 0 : 255)), 10, 2);
    expect(b).toMatchObject({ width: 10, height: 2 });
    expect([...atob(b.bits)].map((c) => c.charCodeAt(0))).toEqual([0b10101010, 0b10000000, 0, 0]);
  });

  it('see-through parts print as paper, not ink', () => {
    const b = toMonoBitmap(picture(8, 1, () => 0, 0), 8, 1);
    expect([...unpackBitmap(b)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('a mid grey is all white by threshold but half black dithered', () => {
    const grey = picture(16, 16, () => 140);
    const threshold = unpackBitmap(toMonoBitmap(grey, 16, 16, 'threshold'));
    const dithered = unpackBitmap(toMonoBitmap(grey, 16, 16, 'dither'));
    expect(threshold.reduce((a, b) => a + b, 0)).toBe(0);
    const black = dithered.reduce((a, b) => a + b, 0);
    expect(black).toBeGreaterThan(256 * 0.3);
    expect(black).toBeLessThan(256 * 0.6);
  });

  it('unpacks to the dots it was made from', () => {
    const src = picture(12, 3, (x, y) => ((x + y) % 3 === 0 ? 0 : 255));
    const dots = unpackBitmap(toMonoBitmap(src, 12, 3));
    expect([...dots]).toEqual(Array.from({ length: 36 }, (_, i) => ((i % 12) + Math.floor(i / 12)) % 3 === 0 ? 1 : 0));
  });
});
