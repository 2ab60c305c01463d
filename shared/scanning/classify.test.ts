import { describe, expect, it } from 'vitest';
import { classifyScan, isGoodBarcode } from './classify.ts';

describe('classifyScan', () => {
  it('tells a product barcode from a badge by shape when the reader reads both', () => {
    expect(classifyScan('5012345678900', 'both')).toEqual({ kind: 'barcode', code: '5012345678900' });
    expect(classifyScan('96385074', 'both')).toEqual({ kind: 'barcode', code: '96385074' });
    expect(classifyScan('036000291452', 'both')).toEqual({ kind: 'barcode', code: '036000291452' });
    expect(classifyScan(' APRON-TOM-0003 ', 'both')).toEqual({ kind: 'badge', code: 'APRON-TOM-0003' });
    expect(classifyScan('123456', 'both')).toEqual({ kind: 'badge', code: '123456' });
  });

  it('keeps a misread barcode a barcode, so the till can say it misread', () => {
    expect(classifyScan('5012345678901', 'both')?.kind).toBe('barcode');
    expect(isGoodBarcode('5012345678901')).toBe(false);
    expect(isGoodBarcode('5012345678900')).toBe(true);
  });

  it('trusts a reader set to one kind', () => {
    expect(classifyScan('5012345678900', 'badges')).toEqual({ kind: 'badge', code: '5012345678900' });
    expect(classifyScan('APRON-1', 'barcodes')).toEqual({ kind: 'barcode', code: 'APRON-1' });
  });

  it('drops garbage: too short, too long, spaces inside, control characters', () => {
    for (const junk of ['', '12', 'A'.repeat(65), 'AB CD', 'ABC\u0007D', 'Ω123456']) expect(classifyScan(junk, 'both')).toBeNull();
  });
});
