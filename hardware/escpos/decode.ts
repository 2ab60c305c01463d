import { CP858_HIGH } from '../../shared/receipt/layout.ts';

// Reads ESC/POS bytes back into what a printer would do with them, for tests, end-to-end
// checks and benchmarks: the lines it prints (with `£` decoded), cuts, drawer pulses, QR
// codes and pictures. It knows the commands Apron sends and a few close relatives; any
// other command is an error rather than a guess, so a test never passes on bytes a printer
// would choke on.

export interface DecodedCommand {
  name: string;
  args?: number[];
}

export interface DecodedLine {
  text: string;
  bold: boolean;
  /** Character width and height multipliers (1 = normal, 2 = double). */
  width: number;
  height: number;
}

export interface DecodedEscPos {
  commands: DecodedCommand[];
  /** Printed lines in order, trailing spaces kept as sent; '' for a blank line. */
  text: string[];
  /** The same lines with their style. */
  lines: DecodedLine[];
  cut: boolean;
  cuts: number;
  drawerPulses: { pin: 2 | 5 }[];
  qr: string[];
  images: number;
  /** Real-time status requests (DLE EOT n), by n. */
  statusRequests: number[];
}

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const LF = 0x0a;
const CR = 0x0d;

const CP858 = Array.from(CP858_HIGH);
/** ESC t numbers (Epson's table) whose top half this decoder can read. */
const CODE_PAGE_858 = 19;

export class EscPosDecodeError extends Error {}

export function decodeEscPos(bytes: Uint8Array): DecodedEscPos {
  const out: DecodedEscPos = { commands: [], text: [], lines: [], cut: false, cuts: 0, drawerPulses: [], qr: [], images: 0, statusRequests: [] };
  let i = 0;
  let line = '';
  let bold = false;
  let width = 1;
  let height = 1;
  let codePage = 0;
  let storedQr: string | null = null;
  // A line's style is what its characters were printed in (the encoder resets styles before the LF).
  let lineBold = false;
  let lineWidth = 1;
  let lineHeight = 1;

  const need = (n: number, what: string): void => {
    if (i + n > bytes.length) throw new EscPosDecodeError(`${what} at byte ${i} is cut short`);
  };
  const byte = (at: number): number => bytes[at] ?? 0;
  const command = (name: string, args?: number[]): void => {
    out.commands.push(args === undefined ? { name } : { name, args });
  };
  const printLine = (): void => {
    out.text.push(line);
    out.lines.push(line.length > 0 ? { text: line, bold: lineBold, width: lineWidth, height: lineHeight } : { text: line, bold, width, height });
    line = '';
    lineBold = false;
    lineWidth = 1;
    lineHeight = 1;
  };
  const flushIfPending = (): void => {
    if (line.length > 0) printLine();
  };

  while (i < bytes.length) {
    const b = byte(i);
    if (b === LF) {
      printLine();
      i += 1;
    } else if (b === CR) {
      // Ignored: Apron's printers do not feed on CR (automatic line feed off, the default).
      i += 1;
    } else if (b === ESC) {
      need(2, 'ESC');
      const c = byte(i + 1);
      switch (c) {
        case 0x40: // ESC @
          command('initialize');
          bold = false;
          width = 1;
          height = 1;
          codePage = 0;
          i += 2;
          break;
        case 0x74: // ESC t n
          need(3, 'ESC t');
          codePage = byte(i + 2);
          command('codepage', [codePage]);
          i += 3;
          break;
        case 0x45: // ESC E n
          need(3, 'ESC E');
          bold = (byte(i + 2) & 1) === 1;
          command('bold', [byte(i + 2)]);
          i += 3;
          break;
        case 0x61: // ESC a n
          need(3, 'ESC a');
          command('align', [byte(i + 2)]);
          i += 3;
          break;
        case 0x4d: // ESC M n (font)
        case 0x2d: // ESC - n (underline)
        case 0x34: // ESC 4 n (italic)
        case 0x33: // ESC 3 n (line spacing)
        case 0x21: // ESC ! n (print mode)
          need(3, `ESC ${String.fromCharCode(c)}`);
          command({ 0x4d: 'font', 0x2d: 'underline', 0x34: 'italic', 0x33: 'line-spacing', 0x21: 'print-mode' }[c] ?? 'esc', [byte(i + 2)]);
          i += 3;
          break;
        case 0x32: // ESC 2
          command('line-spacing-default');
          i += 2;
          break;
        case 0x64: {
          // ESC d n: print and feed n lines
          need(3, 'ESC d');
          const n = byte(i + 2);
          command('feed', [n]);
          flushIfPending();
          for (let k = 0; k < n; k += 1) printLine();
          i += 3;
          break;
        }
        case 0x70: {
          // ESC p m t1 t2: drawer kick
          need(5, 'ESC p');
          const m = byte(i + 2);
          command('pulse', [m, byte(i + 3), byte(i + 4)]);
          out.drawerPulses.push({ pin: m === 0 || m === 48 ? 2 : 5 });
          i += 5;
          break;
        }
        default:
          throw new EscPosDecodeError(`Unknown command ESC 0x${c.toString(16)} at byte ${i}`);
      }
    } else if (b === GS) {
      need(2, 'GS');
      const c = byte(i + 1);
      switch (c) {
        case 0x21: {
          // GS ! n: character size, width in the high nibble
          need(3, 'GS !');
          const n = byte(i + 2);
          width = (n >> 4) + 1;
          height = (n & 0x0f) + 1;
          command('size', [width, height]);
          i += 3;
          break;
        }
        case 0x42: // GS B n (reverse)
          need(3, 'GS B');
          command('invert', [byte(i + 2)]);
          i += 3;
          break;
        case 0x50: // GS P x y (motion units)
          need(4, 'GS P');
          command('motion-unit', [byte(i + 2), byte(i + 3)]);
          i += 4;
          break;
        case 0x56: {
          // GS V m [n]: cut
          need(3, 'GS V');
          const m = byte(i + 2);
          const withFeed = m === 65 || m === 66;
          if (withFeed) need(4, 'GS V');
          flushIfPending();
          command('cut', withFeed ? [m, byte(i + 3)] : [m]);
          out.cut = true;
          out.cuts += 1;
          i += withFeed ? 4 : 3;
          break;
        }
        case 0x28: {
          // GS ( k pL pH cn fn [data]: 2D codes
          need(5, 'GS (');
          if (byte(i + 2) !== 0x6b) throw new EscPosDecodeError(`Unknown command GS ( 0x${byte(i + 2).toString(16)} at byte ${i}`);
          const length = byte(i + 3) + byte(i + 4) * 256;
          need(5 + length, 'GS ( k');
          const body = bytes.subarray(i + 5, i + 5 + length);
          const cn = body[0] ?? 0;
          const fn = body[1] ?? 0;
          if (cn === 49 && fn === 80) {
            storedQr = Array.from(body.subarray(3), (x) => String.fromCharCode(x)).join('');
            command('qr-store', [length - 3]);
          } else if (cn === 49 && fn === 81) {
            flushIfPending();
            if (storedQr === null) throw new EscPosDecodeError(`QR print with nothing stored at byte ${i}`);
            out.qr.push(storedQr);
            command('qr-print');
          } else {
            command('2d-code', [cn, fn, ...body.subarray(2)]);
          }
          i += 5 + length;
          break;
        }
        case 0x76: {
          // GS v 0 m xL xH yL yH d...: raster image
          need(8, 'GS v 0');
          if (byte(i + 2) !== 0x30) throw new EscPosDecodeError(`Unknown command GS v 0x${byte(i + 2).toString(16)} at byte ${i}`);
          const xBytes = byte(i + 4) + byte(i + 5) * 256;
          const yDots = byte(i + 6) + byte(i + 7) * 256;
          need(8 + xBytes * yDots, 'GS v 0 image data');
          flushIfPending();
          command('raster-image', [xBytes * 8, yDots]);
          out.images += 1;
          i += 8 + xBytes * yDots;
          break;
        }
        default:
          throw new EscPosDecodeError(`Unknown command GS 0x${c.toString(16)} at byte ${i}`);
      }
    } else if (b === FS) {
      need(2, 'FS');
      if (byte(i + 1) !== 0x2e) throw new EscPosDecodeError(`Unknown command FS 0x${byte(i + 1).toString(16)} at byte ${i}`);
      command('cancel-kanji');
      i += 2;
    } else if (b === DLE) {
      need(3, 'DLE');
      if (byte(i + 1) !== 0x04) throw new EscPosDecodeError(`Unknown command DLE 0x${byte(i + 1).toString(16)} at byte ${i}`);
      command('status', [byte(i + 2)]);
      out.statusRequests.push(byte(i + 2));
      i += 3;
    } else if (b < 0x20) {
      throw new EscPosDecodeError(`Unknown control byte 0x${b.toString(16)} at byte ${i}`);
    } else {
      lineBold ||= bold;
      lineWidth = Math.max(lineWidth, width);
      lineHeight = Math.max(lineHeight, height);
      line += b < 0x80 ? String.fromCharCode(b) : codePage === CODE_PAGE_858 ? (CP858[b - 0x80] ?? '\ufffd') : '\ufffd';
      i += 1;
    }
  }
  flushIfPending();
  return out;
}
