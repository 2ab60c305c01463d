import { describe, expect, it } from 'vitest';
import { paperColumns, type PrintLine } from './document.ts';
import { layoutDocument, printableText, wrapWords } from './layout.ts';
import { sampleKitchenTicket, sampleReceipt, sampleRefund, sampleTestPage, sampleZReport } from './sampleDocuments.ts';

function texts(lines: PrintLine[]): string[] {
  return lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []));
}

function plain(lines: PrintLine[]): string {
  return texts(lines)
    .map((t) => t.trim())
    .join('\n');
}

const everyDocument = [sampleReceipt(), sampleReceipt({ copy: true }), sampleRefund(), sampleRefund({ entryKind: 'void', reason: 'Rung up twice' }), sampleZReport(), sampleZReport({ report: 'X', number: null }), sampleKitchenTicket(), sampleTestPage()];

describe('receipt layout', () => {
  it.each(paperColumns)('every line of every document is exactly as wide as %i-column paper', (columns) => {
    for (const doc of everyDocument) {
      for (const line of layoutDocument(doc, columns)) {
        if (line.kind !== 'text') continue;
        expect(line.text.length, `${doc.kind}: "${line.text}"`).toBe(line.size === 'double' ? columns / 2 : columns);
      }
    }
  });

  it('heads the receipt with the café, its VAT and charity numbers, the receipt number, London time, till and who served', () => {
    const lines = layoutDocument(sampleReceipt(), 42);
    const words = plain(lines);
    expect(lines[0]).toEqual({ kind: 'logo', bitmap: sampleReceipt().logo });
    expect(lines[1]).toMatchObject({ kind: 'text', size: 'double', bold: true, align: 'center' });
    expect(words).toContain('The Apron Café');
    expect(words).toContain('12 Market Street');
    expect(words).toContain('VAT no. GB 123 4567 89');
    expect(words).toContain('Charity no. 1180000');
    expect(words).toMatch(/Receipt 1042 +Eat in/);
    expect(words).toContain('Mon 23 Nov 2026 14:05');
    expect(words).toContain('Till: Front till');
    expect(words).toContain('Served by Tom');
  });

  it('shows the time on the café clock in summer (BST), not UTC', () => {
    expect(plain(layoutDocument(sampleReceipt({ at: '2026-07-01T09:30:00.000Z' }), 42))).toContain('Wed 1 Jul 2026 10:30');
  });

  it('leaves out who served when the trainee did not agree to be named', () => {
    expect(plain(layoutDocument(sampleReceipt({ servedBy: null }), 42))).not.toContain('Served by');
  });

  it('lists each line with its quantity and amount, choices with their extra price, and a discount with its reason', () => {
    const words = texts(layoutDocument(sampleReceipt(), 42));
    expect(words).toContain('2 x Latte                            £7.00');
    expect(words).toContain('   Oat milk (+£0.30)'.padEnd(42));
    expect(words).toContain('   No onion'.padEnd(42));
    expect(words).toContain(`${'   Discount: Staff'.padEnd(36)}-£0.50`);
  });

  it('wraps a long product name over lines instead of cutting it off, the amount on its first line', () => {
    const words = texts(layoutDocument(sampleReceipt(), 32));
    const first = words.findIndex((t) => t.startsWith('1 x Cheese'));
    expect(words[first]).toMatch(/£6\.50$/);
    const joined = words.slice(first, first + 3).map((t) => t.replace('£6.50', '').trim()).join(' ');
    expect(joined).toContain('1 x Cheese and pickle toastie on sourdough with a side salad');
  });

  it('prints the subtotal, discount and a large bold total, the payments, change and VAT by rate', () => {
    const lines = layoutDocument(sampleReceipt(), 32);
    const words = texts(lines);
    expect(words).toContain('Subtotal                  £25.05');
    expect(words).toContain('Discount                  -£0.50');
    expect(lines).toContainEqual({ kind: 'text', text: 'TOTAL     £24.55', bold: true, size: 'double', align: 'left' });
    expect(words).toContain('Card                      £10.00');
    expect(words).toContain('Cash                      £20.00');
    expect(words).toContain('Change                     £5.45');
    expect(words).toContain('Rate       Net     VAT     Total');
    expect(words).toContain('20%     £19.71   £3.94    £23.65');
    expect(words).toContain('0%       £0.90   £0.00     £0.90');
  });

  it('gives cash as handed over whether the payments hold what was tendered or what the drawer keeps', () => {
    const tendered = texts(layoutDocument(sampleReceipt({ payments: [{ tender: 'card', amountPence: 1000 }, { tender: 'cash', amountPence: 2000 }], tenderedPence: 3000, changePence: 545 }), 42));
    expect(tendered.some((t) => /^Cash +£20\.00$/.test(t))).toBe(true);
    const kept = texts(layoutDocument(sampleReceipt({ payments: [{ tender: 'card', amountPence: 1000 }, { tender: 'cash', amountPence: 1455 }], tenderedPence: 3000, changePence: 545 }), 42));
    expect(kept.some((t) => /^Cash +£20\.00$/.test(t))).toBe(true);
  });

  it('lists a rate whose figures are too wide for narrow paper as rows instead of a table', () => {
    const words = plain(layoutDocument(sampleReceipt({ vatByRate: [{ rateBp: 2000, netPence: -10_000_000, vatPence: -2_000_000, grossPence: -12_000_000 }] }), 32));
    expect(words).toContain('VAT at 20%');
    expect(words).toMatch(/Total +-£120,000\.00/);
  });

  it('marks a reprint COPY in large letters', () => {
    expect(plain(layoutDocument(sampleReceipt({ copy: true }), 32))).toContain('*** COPY ***');
    expect(plain(layoutDocument(sampleReceipt(), 32))).not.toContain('COPY');
  });

  it('heads a refund REFUND with the receipt it refunds, with negative amounts and the reason', () => {
    const words = plain(layoutDocument(sampleRefund(), 42));
    expect(words).toContain('REFUND');
    expect(words).toContain('Refund of receipt 1041');
    expect(words).toMatch(/^2 x Latte +-£7\.00$/m);
    expect(words).toMatch(/TOTAL +-£7\.00/);
    expect(words).toMatch(/Cash +-£7\.00/);
    expect(words).toMatch(/20% +-£5\.83 +-£1\.17 +-£7\.00/);
    expect(words).toContain('Reason: Milk was off');
  });

  it('heads a void VOID', () => {
    const words = plain(layoutDocument(sampleRefund({ entryKind: 'void' }), 42));
    expect(words).toContain('VOID');
    expect(words).toContain('Void of receipt 1041');
  });

  it('ends with the footer wrapped to the paper and the QR code', () => {
    const lines = layoutDocument(sampleReceipt(), 32);
    expect(lines.at(-1)).toEqual({ kind: 'qr', data: 'https://apron.example/r/1042' });
    expect(plain(lines)).toContain('Thank you for supporting our\ntrainees. Every cup helps\nsomeone into work.');
  });

  it('prints a Z report with its number, sections and amounts', () => {
    const words = plain(layoutDocument(sampleZReport(), 42));
    expect(words).toContain('Z REPORT 12');
    expect(words).toMatch(/Refunds \(2\) +-£7\.00/);
    expect(words).toMatch(/Counted by +Priya/);
    expect(words).toContain('Printed Mon 23 Nov 2026 17:30\nPrinted by Priya');
    expect(plain(layoutDocument(sampleZReport({ copy: true }), 42))).toContain('COPY');
  });

  it('prints an X report titled X REPORT', () => {
    expect(plain(layoutDocument(sampleZReport({ report: 'X', number: null }), 42))).toContain('X REPORT');
  });

  it('prints a kitchen ticket with a large order number, take away, the time and each line with its choices', () => {
    const lines = layoutDocument(sampleKitchenTicket(), 32);
    expect(lines[0]).toMatchObject({ kind: 'text', size: 'double', text: '   Order 1042   ' });
    const words = plain(lines);
    expect(words).toContain('TAKE AWAY');
    expect(words).toMatch(/14:05 +Front till/);
    expect(words).toContain('2 x Bacon roll');
    expect(words).toContain('- Well done');
  });

  it('prints a test page with the connection, a ruler the width of the paper and a pound sign', () => {
    const words = texts(layoutDocument(sampleTestPage(), 48));
    expect(words).toContain('Printer: Network printer 192.168.1.50:9100'.padEnd(48));
    expect(words).toContain('123456789012345678901234567890123456789012345678');
    expect(words).toContain('£1.23 prints as a pound sign'.padEnd(48));
  });
});

describe('printable text', () => {
  it('keeps a pound sign and accents, straightens curly quotes and replaces what the printer lacks', () => {
    expect(printableText('Café’s “best” – £3 ☕')).toBe('Café\'s "best" - £3 ?');
  });

  it('wraps words and splits a word longer than the line', () => {
    expect(wrapWords('a Supercalifragilisticexpialidocious day', 10)).toEqual(['a Supercal', 'ifragilist', 'icexpialid', 'ocious day']);
    expect(wrapWords('', 10)).toEqual(['']);
  });
});
