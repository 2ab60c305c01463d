import CodepageEncoder from '@point-of-sale/codepage-encoder';
import { describe, expect, it } from 'vitest';
import { paperColumns, type PaperColumns, type PrintLine } from '../../shared/receipt/document.ts';
import { CP858_HIGH, layoutDocument } from '../../shared/receipt/layout.ts';
import { sampleKitchenTicket, sampleReceipt, sampleRefund, sampleTestPage, sampleZReport } from '../../shared/receipt/sampleDocuments.ts';
import { decodeEscPos, EscPosDecodeError } from './decode.ts';
import { encodeDrawerPulse, encodeLines } from './encode.ts';

/** What the paper shows for each laid-out line: a picture or QR code ends on a line of its own. */
function expectedText(lines: PrintLine[], columns: PaperColumns): string[] {
  return lines.map((l) => (l.kind === 'text' ? l.text.trimEnd() : l.kind === 'rule' ? l.char.repeat(columns) : ''));
}

const plain = { cut: false, drawer: null } as const;

describe('ESC/POS bytes', () => {
  it.each(paperColumns)('prints the same lines as the layout at %i columns, for every kind of document', (columns) => {
    for (const doc of [sampleReceipt(), sampleRefund({ copy: true }), sampleZReport(), sampleKitchenTicket(), sampleTestPage()]) {
      const lines = layoutDocument(doc, columns);
      expect(decodeEscPos(encodeLines(lines, { columns, ...plain })).text, doc.kind).toEqual(expectedText(lines, columns));
    }
  });

  it('prints a pound sign as one byte a pound sign in code page 858, set at the start', () => {
    const bytes = encodeLines([{ kind: 'text', text: '£1.23', bold: false, size: 'normal', align: 'left' }], { columns: 32, ...plain });
    const decoded = decodeEscPos(bytes);
    expect(decoded.commands.slice(0, 4).map((c) => c.name)).toContain('codepage');
    expect(decoded.commands.find((c) => c.name === 'codepage')?.args).toEqual([19]);
    expect(Array.from(bytes)).toContain(0x9c);
    expect(decoded.text).toEqual(['£1.23']);
  });

  it('uses the same code page 858 table as the encoder’s code page library', () => {
    // It puts ¶ and § at their duplicate positions 0x14 and 0x15; 0xF4 and 0xF5 are theirs in PC850.
    const theirs = Array.from(CodepageEncoder.encode(CP858_HIGH, 'cp858') as Uint8Array);
    const ours = Array.from(CP858_HIGH, (_, i) => 0x80 + i);
    expect(theirs.map((b, i) => (b === 0x14 || b === 0x15 ? ours[i] : b))).toEqual(ours);
  });

  it('prints the total bold at double size, and ordinary lines plain', () => {
    const decoded = decodeEscPos(encodeLines(layoutDocument(sampleReceipt(), 42), { columns: 42, ...plain }));
    expect(decoded.lines.find((l) => l.text.startsWith('TOTAL'))).toMatchObject({ bold: true, width: 2, height: 2 });
    expect(decoded.lines.find((l) => l.text.startsWith('2 x Latte'))).toMatchObject({ bold: false, width: 1, height: 1 });
  });

  it('prints the QR code and the logo as a picture', () => {
    const decoded = decodeEscPos(encodeLines(layoutDocument(sampleReceipt(), 42), { columns: 42, ...plain }));
    expect(decoded.qr).toEqual(['https://apron.example/r/1042']);
    expect(decoded.images).toBe(1);
    expect(decoded.commands.find((c) => c.name === 'raster-image')?.args).toEqual([8, 8]);
  });

  it('sends the logo’s black dots where the picture has them', () => {
    const bytes = encodeLines([{ kind: 'logo', bitmap: { width: 16, height: 1, bits: Buffer.from([0xf0, 0x0f]).toString('base64') } }], { columns: 32, ...plain });
    const at = Array.from(bytes).findIndex((b, k) => b === 0x1d && bytes[k + 1] === 0x76);
    expect(Array.from(bytes.subarray(at + 8, at + 10))).toEqual([0xf0, 0x0f]);
  });

  it('feeds and cuts only when asked', () => {
    const lines = layoutDocument(sampleReceipt(), 32);
    const cut = decodeEscPos(encodeLines(lines, { columns: 32, cut: true, drawer: null }));
    expect(cut.cut).toBe(true);
    expect(cut.commands.at(-1)?.name).toBe('cut');
    expect(cut.text.slice(-4)).toEqual(['', '', '', '']);
    expect(decodeEscPos(encodeLines(lines, { columns: 32, ...plain })).cut).toBe(false);
  });

  it('opens the drawer only when asked, on the pin it is wired to', () => {
    const lines = layoutDocument(sampleReceipt(), 32);
    expect(decodeEscPos(encodeLines(lines, { columns: 32, cut: true, drawer: null })).drawerPulses).toEqual([]);
    const pin2 = decodeEscPos(encodeLines(lines, { columns: 32, cut: true, drawer: { pin: 2 } }));
    expect(pin2.drawerPulses).toEqual([{ pin: 2 }]);
    expect(pin2.commands.find((c) => c.name === 'pulse')?.args).toEqual([0, 50, 250]);
    expect(decodeEscPos(encodeLines(lines, { columns: 32, cut: true, drawer: { pin: 5 } })).drawerPulses).toEqual([{ pin: 5 }]);
  });

  it('opens the drawer on its own without printing or cutting', () => {
    const decoded = decodeEscPos(encodeDrawerPulse(5));
    expect(decoded.drawerPulses).toEqual([{ pin: 5 }]);
    expect(decoded.commands.find((c) => c.name === 'pulse')?.args).toEqual([1, 50, 250]);
    expect(decoded.text).toEqual([]);
    expect(decoded.cut).toBe(false);
  });

  it('refuses bytes it does not understand rather than guessing', () => {
    expect(() => decodeEscPos(Uint8Array.from([0x1b, 0x7e, 0x00]))).toThrow(EscPosDecodeError);
    expect(() => decodeEscPos(Uint8Array.from([0x1d, 0x76, 0x30, 0x00, 0x01, 0x00, 0x08]))).toThrow(/cut short/);
  });

  it('reads status requests', () => {
    expect(decodeEscPos(Uint8Array.from([0x10, 0x04, 0x01, 0x10, 0x04, 0x04])).statusRequests).toEqual([1, 4]);
  });
});
