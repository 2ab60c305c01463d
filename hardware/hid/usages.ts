// HID keyboard usage codes (USB HID Usage Tables, page 0x07) for the characters a badge or a
// barcode carries, as a reader set to a US keyboard layout sends them (the layout readers
// ship with; a UK layout differs only on shifted 2, 3 and the # key, which codes rarely use).

/** The key's character unshifted and with shift held. */
const CHARACTERS: ReadonlyMap<number, readonly [string, string]> = new Map<number, readonly [string, string]>([
  ...Array.from({ length: 26 }, (_, i) => [0x04 + i, [String.fromCharCode(0x61 + i), String.fromCharCode(0x41 + i)]] as const),
  [0x1e, ['1', '!']],
  [0x1f, ['2', '@']],
  [0x20, ['3', '#']],
  [0x21, ['4', '$']],
  [0x22, ['5', '%']],
  [0x23, ['6', '^']],
  [0x24, ['7', '&']],
  [0x25, ['8', '*']],
  [0x26, ['9', '(']],
  [0x27, ['0', ')']],
  [0x2c, [' ', ' ']],
  [0x2d, ['-', '_']],
  [0x2e, ['=', '+']],
  [0x2f, ['[', '{']],
  [0x30, [']', '}']],
  [0x31, ['\\', '|']],
  [0x33, [';', ':']],
  [0x34, ["'", '"']],
  [0x35, ['`', '~']],
  [0x36, [',', '<']],
  [0x37, ['.', '>']],
  [0x38, ['/', '?']],
  // The number pad: some readers type digits there.
  [0x54, ['/', '/']],
  [0x55, ['*', '*']],
  [0x56, ['-', '-']],
  [0x57, ['+', '+']],
  ...Array.from({ length: 9 }, (_, i) => [0x59 + i, [String(i + 1), String(i + 1)]] as const),
  [0x62, ['0', '0']],
  [0x63, ['.', '.']],
]);

export const USAGE = {
  enter: 0x28,
  tab: 0x2b,
  keypadEnter: 0x58,
  /** ErrorRollOver: too many keys down at once; the report says nothing about which. */
  errorRollOver: 0x01,
  postFail: 0x02,
  errorUndefined: 0x03,
} as const;

export const MODIFIER = {
  leftShift: 0x02,
  rightShift: 0x20,
  /** Ctrl, Alt and GUI on either side: a key with these is a command, not a character. */
  notShift: 0x01 | 0x04 | 0x08 | 0x10 | 0x40 | 0x80,
} as const;

export type KeyMeaning = { kind: 'character'; text: string } | { kind: 'end' } | { kind: 'error' } | { kind: 'unknown' };

/** What pressing `usage` means, shift held or not. */
export function keyMeaning(usage: number, shift: boolean): KeyMeaning {
  if (usage === USAGE.enter || usage === USAGE.keypadEnter || usage === USAGE.tab) return { kind: 'end' };
  if (usage === USAGE.errorRollOver || usage === USAGE.postFail || usage === USAGE.errorUndefined) return { kind: 'error' };
  const pair = CHARACTERS.get(usage);
  return pair ? { kind: 'character', text: pair[shift ? 1 : 0] } : { kind: 'unknown' };
}

/** The key (on the main block, not the number pad) and shift that type `character`, or null for one no reader types. */
export function keyFor(character: string): { usage: number; shift: boolean } | null {
  for (const [usage, [plain, shifted]] of CHARACTERS) {
    if (usage >= 0x54) break;
    if (plain === character) return { usage, shift: false };
    if (shifted === character) return { usage, shift: true };
  }
  return null;
}
