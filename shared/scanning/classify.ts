import { checkBarcode } from '../till/barcode.ts';

// What a scanned code is. A reader set to badges or barcodes says so; a reader that reads
// both decides by shape: 8, 12 or 13 digits is a product barcode (a badge is never only
// digits of a barcode's length, so a barcode with a bad check digit still counts as a
// barcode, and the till says it misread), anything else a scanner can type is a badge.
// Anything else (empty, control characters, longer than any badge) is garbage and is
// dropped, so a misread can never log anyone in or add anything.

export type ScannerReads = 'badges' | 'barcodes' | 'both';

export type Scan = { kind: 'badge' | 'barcode'; code: string };

const PRINTABLE = /^[\x21-\x7e]{4,64}$/;
const BARCODE_SHAPE = /^(\d{8}|\d{12,13})$/;

export function classifyScan(raw: string, reads: ScannerReads): Scan | null {
  const code = raw.trim();
  if (!PRINTABLE.test(code)) return null;
  if (reads === 'badges') return { kind: 'badge', code };
  if (reads === 'barcodes') return { kind: 'barcode', code };
  return BARCODE_SHAPE.test(code) ? { kind: 'barcode', code } : { kind: 'badge', code };
}

/** Whether a barcode-shaped code also passes its check digit (a misread does not). */
export function isGoodBarcode(code: string): boolean {
  return checkBarcode(code).ok;
}
