import { describe, expect, it } from 'vitest';
import { cafeToday, describeRange, rangeInWords, lastQuarter, thisMonth, vatCsvFileName } from './vatRange.ts';

describe('date ranges for the VAT summary', () => {
  it('last quarter is the three whole months before this one', () => {
    expect(lastQuarter('2026-11-14')).toEqual({ from: '2026-08-01', to: '2026-10-31' });
    expect(lastQuarter('2026-03-01')).toEqual({ from: '2025-12-01', to: '2026-02-28' });
    expect(lastQuarter('2028-04-30')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(lastQuarter('2026-01-05')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('this month runs from the 1st to its last day, leap years included', () => {
    expect(thisMonth('2026-11-14')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(thisMonth('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(thisMonth('2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('names the file by its dates', () => {
    expect(vatCsvFileName({ from: '2026-08-01', to: '2026-10-31' })).toBe('apron-vat-2026-08-01-to-2026-10-31.csv');
  });

  it('says a range in words', () => {
    expect(describeRange({ from: '2026-08-01', to: '2026-10-31' })).toBe('1 Aug to 31 Oct 2026');
    expect(describeRange({ from: '2025-12-01', to: '2026-02-28' })).toBe('1 Dec 2025 to 28 Feb 2026');
  });

  it('says the boxes in words, so 08/01 cannot be read as 8 January', () => {
    expect(rangeInWords({ from: '2026-08-01', to: '2026-10-31' })).toBe('Saturday 1 August 2026 to Saturday 31 October 2026');
    expect(rangeInWords({ from: '', to: '2026-10-31' })).toBeNull();
  });

  it('takes today from the café’s clock: just after midnight in summer is already tomorrow in London', () => {
    expect(cafeToday(new Date('2026-07-31T23:30:00Z'))).toBe('2026-08-01');
    expect(cafeToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
