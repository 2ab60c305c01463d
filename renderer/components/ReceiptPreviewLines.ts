import type { PrintDocument, PrintLine } from '../../shared/receipt/document.ts';

/** The preview's class for a text line: its size and weight, as the printer prints it. */
export function previewLineClass(line: Extract<PrintLine, { kind: 'text' }>): string {
  return ['rp-line', line.bold ? 'rp-bold' : null, line.size === 'double' ? 'rp-double' : null].filter(Boolean).join(' ');
}

/** The preview as plain text, one printed line per line (what a screen reader or a test reads). */
export function previewText(lines: readonly PrintLine[], columns: number): string {
  return lines
    .map((l) => {
      switch (l.kind) {
        case 'text':
          return l.text;
        case 'rule':
          return l.char.repeat(columns);
        case 'blank':
          return '';
        case 'qr':
          return `[QR code: ${l.data}]`;
        case 'logo':
          return '[Logo]';
      }
    })
    .join('\n');
}

/** What the preview is called for a screen reader: "Receipt 12 as printed (copy)". */
export function previewLabel(doc: PrintDocument): string {
  switch (doc.kind) {
    case 'receipt': {
      const what = doc.entryKind === 'sale' ? 'Receipt' : doc.entryKind === 'refund' ? 'Refund receipt' : 'Void receipt';
      return `${what} ${doc.receiptNumber} as printed${doc.copy ? ' (copy)' : ''}`;
    }
    case 'report':
      return `${doc.report} report${doc.number !== null ? ` ${doc.number}` : ''} as printed${doc.copy ? ' (copy)' : ''}`;
    case 'kitchen':
      return `Kitchen ticket for receipt ${doc.receiptNumber}`;
    case 'test':
      return 'Test page as printed';
  }
}
