import { describe, expect, it } from 'vitest';
import type { PrintDocument, PrintLine } from '../../shared/receipt/document.ts';
import { previewLabel, previewLineClass, previewText } from './ReceiptPreviewLines.ts';

describe('the receipt on screen', () => {
  it('a double-size bold heading is drawn big and bold; a plain line plainly', () => {
    expect(previewLineClass({ kind: 'text', text: 'COPY', bold: true, size: 'double', align: 'center' })).toBe('rp-line rp-bold rp-double');
    expect(previewLineClass({ kind: 'text', text: 'Tea', bold: false, size: 'normal', align: 'left' })).toBe('rp-line');
  });

  it('reads line for line as printed, rules as wide as the paper, the QR code named', () => {
    const lines: PrintLine[] = [
      { kind: 'text', text: '  The Open Door Café  ', bold: true, size: 'normal', align: 'center' },
      { kind: 'rule', char: '-' },
      { kind: 'blank' },
      { kind: 'qr', data: 'https://example.org' },
    ];
    expect(previewText(lines, 8)).toBe('  The Open Door Café  \n--------\n\n[QR code: https://example.org]');
  });
});

describe('what the preview is called', () => {
  it('a reprint is read out as a copy; reports and test pages by name', () => {
    expect(previewLabel({ kind: 'receipt', entryKind: 'sale', copy: true, receiptNumber: 12 } as PrintDocument)).toBe('Receipt 12 as printed (copy)');
    expect(previewLabel({ kind: 'receipt', entryKind: 'refund', copy: false, receiptNumber: 13 } as PrintDocument)).toBe('Refund receipt 13 as printed');
    expect(previewLabel({ kind: 'report', report: 'Z', number: 4, copy: true } as PrintDocument)).toBe('Z report 4 as printed (copy)');
    expect(previewLabel({ kind: 'test' } as PrintDocument)).toBe('Test page as printed');
  });
});
