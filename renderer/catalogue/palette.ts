// Category colours a manager picks from: each dark enough to read white words on, and to
// stand out as a border on the white till (at least 4.5:1 against white, WCAG AA for text).

export interface PaletteColour {
  name: string;
  hex: string;
}

export const palette: readonly PaletteColour[] = [
  { name: 'Blue', hex: '#1d4ed8' },
  { name: 'Navy', hex: '#1e3a8a' },
  { name: 'Teal', hex: '#0f766e' },
  { name: 'Green', hex: '#15803d' },
  { name: 'Mustard', hex: '#a16207' },
  { name: 'Rust', hex: '#9a3412' },
  { name: 'Red', hex: '#b91c1c' },
  { name: 'Pink', hex: '#be185d' },
  { name: 'Purple', hex: '#7e22ce' },
  { name: 'Slate', hex: '#475569' },
];

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Contrast ratio of a colour against white, 1 to 21. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** The palette's name for a colour, or "Other colour" for one set some other way. */
export function colourName(hex: string): string {
  return palette.find((c) => c.hex.toLowerCase() === hex.toLowerCase())?.name ?? 'Other colour';
}
