import { describe, expect, it } from 'vitest';
import { formatUsbId, parseUsbId } from './usbId.ts';

describe('USB ids as a manager reads them', () => {
  it('are shown as four hex characters', () => {
    expect(formatUsbId(0x0c2e)).toBe('0c2e');
    expect(formatUsbId(0xffff)).toBe('ffff');
    expect(formatUsbId(null)).toBe('');
  });

  it('are read from what was typed, with or without 0x, in either case', () => {
    expect(parseUsbId('0c2e')).toEqual({ ok: true, value: 0x0c2e });
    expect(parseUsbId(' 0x0C2E ')).toEqual({ ok: true, value: 0x0c2e });
    expect(parseUsbId('')).toEqual({ ok: true, value: null });
  });

  it('anything else is refused in plain words', () => {
    expect(parseUsbId('0c2g')).toEqual({ ok: false, message: 'A USB id is up to four characters from 0–9 and a–f, like 0c2e.' });
    expect(parseUsbId('12345').ok).toBe(false);
  });
});
