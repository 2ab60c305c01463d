import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { MonoBitmap, PaperColumns, PrintLine } from '../../shared/receipt/document.ts';
import { CP858_HIGH } from '../../shared/receipt/layout.ts';

// Laid-out lines into ESC/POS bytes. The lines are already exactly the paper's width (see
// shared/receipt/layout.ts) and hold only code page 858 characters, so the encoder is used
// for what it does well: initialising, choosing the code page, QR codes, pictures, the cut
// and the drawer pulse, never its own wrapping.
//
// Code page 858 (PC850 with €) is chosen because `£` is byte 0x9C in it, as in code pages
// 437 and 850: a printer that ignores the code-page command still prints a pound sign.

export interface EncodeOptions {
  columns: PaperColumns;
  /** Feed and cut after the last line. */
  cut: boolean;
  /** Open the cash drawer as the job starts, on the pin it is wired to. */
  drawer: { pin: 2 | 5 } | null;
}

/** Lines fed before the cut: the cutter sits above the print head on most printers. */
const FEED_BEFORE_CUT = 4;
/** Drawer pulse: 100 ms on, 500 ms off, as drawer makers ask. */
const PULSE_ON_MS = 100;
const PULSE_OFF_MS = 500;

function newEncoder(columns: PaperColumns): ReceiptPrinterEncoder {
  return new ReceiptPrinterEncoder({ language: 'esc-pos', columns, imageMode: 'raster', feedBeforeCut: FEED_BEFORE_CUT, codepageMapping: 'epson' });
}

/** ESC/POS names the drawer port's pins by connector pin: pin 2 is m = 0, pin 5 is m = 1. */
export function drawerDevice(pin: 2 | 5): 0 | 1 {
  return pin === 2 ? 0 : 1;
}

export function encodeLines(lines: readonly PrintLine[], options: EncodeOptions): Uint8Array {
  // ESC t 19: code page 858 in Epson's numbering (the encoder would send it only before text of its own).
  const encoder = newEncoder(options.columns).initialize().raw(Uint8Array.of(0x1b, 0x74, CODE_PAGE_858));
  if (options.drawer !== null) encoder.pulse(drawerDevice(options.drawer.pin), PULSE_ON_MS, PULSE_OFF_MS);
  // Text lines are written as bytes here: the encoder's line composer costs about 50 µs a
  // line (it clones its style state), which alone would put a receipt over a millisecond.
  let text: number[] = [];
  const flushText = (): void => {
    if (text.length > 0) encoder.raw(Uint8Array.from(text));
    text = [];
  };
  for (const line of lines) {
    switch (line.kind) {
      case 'text':
        // Trailing spaces are not sent: the paper looks the same, and a line filled to the
        // last column makes some printers feed an extra blank line.
        textLine(text, line.text.trimEnd(), line.bold, line.size === 'double');
        break;
      case 'rule':
        textLine(text, line.char.repeat(options.columns), false, false);
        break;
      case 'blank':
        text.push(LF);
        break;
      case 'qr':
        flushText();
        encoder.align('center').qrcode(line.data, { model: 2, size: 6, errorlevel: 'm' }).align('left');
        break;
      case 'logo':
        flushText();
        encodeLogo(encoder, line.bitmap, options.columns);
        break;
    }
  }
  flushText();
  if (!options.cut) return encoder.encode();
  encoder.cut('full');
  return withoutFeedAfterCut(encoder.encode());
}

const LF = 0x0a;
const CODE_PAGE_858 = 19;
const CP858_BYTES = new Map(Array.from(CP858_HIGH, (ch, i) => [ch, 0x80 + i] as const));

/** One printed line: bold and size set for it and put back after it (ESC E n, GS ! n), the text in code page 858, LF. */
function textLine(out: number[], text: string, bold: boolean, double: boolean): void {
  if (bold) out.push(0x1b, 0x45, 1);
  if (double) out.push(0x1d, 0x21, 0x11);
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out.push(code >= 0x20 && code < 0x7f ? code : (CP858_BYTES.get(ch) ?? 0x3f));
  }
  if (double) out.push(0x1d, 0x21, 0x00);
  if (bold) out.push(0x1b, 0x45, 0);
  out.push(LF);
}

/** The encoder ends a cut with a line feed, which would start the next receipt with a blank line (and look like a job of its own). */
function withoutFeedAfterCut(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end -= 1;
  return end >= 3 && bytes[end - 3] === 0x1d && bytes[end - 2] === 0x56 ? bytes.subarray(0, end) : bytes;
}

/** Opens the drawer and prints nothing. */
export function encodeDrawerPulse(pin: 2 | 5): Uint8Array {
  return new ReceiptPrinterEncoder({ language: 'esc-pos' }).initialize().pulse(drawerDevice(pin), PULSE_ON_MS, PULSE_OFF_MS).encode();
}

/**
 * The logo's packed bits as the encoder's plain image object (RGBA pixels, which it accepts
 * in node without a canvas), centred. A logo wider than the paper is scaled down to fit.
 */
function encodeLogo(encoder: ReceiptPrinterEncoder, bitmap: MonoBitmap, columns: PaperColumns): void {
  const packed = Buffer.from(bitmap.bits, 'base64');
  const stride = Math.ceil(bitmap.width / 8);
  const rgba = new Uint8ClampedArray(bitmap.width * bitmap.height * 4);
  for (let y = 0; y < bitmap.height; y += 1) {
    for (let x = 0; x < bitmap.width; x += 1) {
      const black = ((packed[y * stride + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
      const value = black ? 0 : 255;
      const at = (y * bitmap.width + x) * 4;
      rgba[at] = value;
      rgba[at + 1] = value;
      rgba[at + 2] = value;
      rgba[at + 3] = 255;
    }
  }
  // 12 dots a character in font A: 384 dots on 32-column paper, 576 on 48.
  const paperDots = columns * 12;
  const width = Math.min(bitmap.width, paperDots);
  const height = Math.max(1, Math.round((bitmap.height * width) / bitmap.width));
  encoder.align('center').image({ data: rgba, width: bitmap.width, height: bitmap.height }, { width, height, algorithm: 'threshold', threshold: 128 }).align('left');
}
