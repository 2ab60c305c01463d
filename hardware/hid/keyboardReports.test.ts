import { describe, expect, it } from 'vitest';
import { keyboardReports, releaseReport } from './keyboardReports.ts';

const bytes = (reports: Uint8Array[]): number[][] => reports.map((r) => [...r]);

describe('typing a code as keyboard reports', () => {
  it('each key is pressed and let go, with shift for capitals, then Enter', () => {
    expect(bytes(keyboardReports('Ab'))).toEqual([
      [0x02, 0, 0x04, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0x05, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0x28, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  it('Tab or no end key, and a report id in front when asked', () => {
    expect(bytes(keyboardReports('1', { end: 'Tab' })).at(-2)).toEqual([0, 0, 0x2b, 0, 0, 0, 0, 0]);
    expect(keyboardReports('12', { end: 'none' })).toHaveLength(4);
    expect(bytes(keyboardReports('1', { reportId: 3 }))[0]).toEqual([3, 0, 0, 0x1e, 0, 0, 0, 0, 0]);
    expect([...releaseReport(3)]).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('refuses a character no reader types, naming it', () => {
    expect(() => keyboardReports('£5')).toThrow('A reader cannot type "£"');
  });
});
