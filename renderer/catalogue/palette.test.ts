import { describe, expect, it } from 'vitest';
import { iconChoices } from './icons.ts';
import { colourName, contrastWithWhite, palette } from './palette.ts';

describe('category colours', () => {
  it('every colour reads with white words and stands out on a white till (at least 4.5:1)', () => {
    for (const c of palette) expect(contrastWithWhite(c.hex), c.name).toBeGreaterThanOrEqual(4.5);
  });

  it('works the contrast out as WCAG does', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2);
  });

  it('names colours, and every colour and icon is different', () => {
    expect(colourName('#1D4ED8')).toBe('Blue');
    expect(colourName('#123456')).toBe('Other colour');
    expect(new Set(palette.map((c) => c.hex)).size).toBe(palette.length);
    expect(new Set(iconChoices.map((c) => c.icon)).size).toBe(iconChoices.length);
  });
});
