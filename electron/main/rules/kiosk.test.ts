import { describe, expect, it } from 'vitest';
import { kioskRequested } from './kiosk.ts';

describe('kioskRequested', () => {
  it('is off by default', () => {
    expect(kioskRequested(['/opt/Apron/apron'], {})).toBe(false);
  });

  it('is on with --kiosk', () => {
    expect(kioskRequested(['/opt/Apron/apron', '--kiosk'], {})).toBe(true);
  });

  it.each(['1', 'true', 'TRUE', ' 1 '])('is on with APRON_KIOSK=%j', (value) => {
    expect(kioskRequested([], { APRON_KIOSK: value })).toBe(true);
  });

  it.each(['0', '', 'false', 'no'])('stays off with APRON_KIOSK=%j', (value) => {
    expect(kioskRequested([], { APRON_KIOSK: value })).toBe(false);
  });

  it('does not take a lookalike flag', () => {
    expect(kioskRequested(['--kiosk-mode', '--no-kiosk'], {})).toBe(false);
  });
});
