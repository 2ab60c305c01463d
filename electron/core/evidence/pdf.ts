import PDFDocument from 'pdfkit';

// A small page writer on pdfkit for Apron's evidence documents: headings, paragraphs, label
// and value blocks, tables whose header repeats on each page, horizontal bar charts and
// signature lines, with "Page n of m" on every page. Built synchronously, because the core
// answers a call in one go.
//
// Text is written line by line at positions this module works out (pdfkit's own line
// wrapper costs ten times as much per cell, and a year of shifts has thousands of cells).
// The PDF uses the standard Helvetica fonts, which need no font file and exist in every PDF
// reader, but only hold the Windows-1252 (Western European) letters: é, ñ, ö, ß, Š, Œ, € and
// the curly quotes print as they are; other letters lose their accent (ł → l, ș → s, ă → a),
// and anything else becomes "?". The CSV keeps every name exactly.

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const WIN_ANSI = new Set<string>([...WIN_ANSI_EXTRA]);
for (let c = 0x20; c <= 0x7e; c++) WIN_ANSI.add(String.fromCharCode(c));
for (let c = 0xa0; c <= 0xff; c++) WIN_ANSI.add(String.fromCharCode(c));

/** Letters that do not decompose into a base letter and an accent. */
const BASE_LETTER: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŧ: 't', Ŧ: 'T', ŀ: 'l', Ŀ: 'L', ĸ: 'k', ŉ: 'n', ſ: 's', '−': '-', '\u2009': ' ', '\u202f': ' ' };

/** The text as the standard PDF fonts can show it (see above). */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (WIN_ANSI.has(ch)) out += ch;
    else if (ch === '\n' || ch === '\r' || ch === '\t') out += ' ';
    else if (BASE_LETTER[ch] !== undefined) out += BASE_LETTER[ch];
    else {
      const bare = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += bare.length > 0 && [...bare].every((c) => WIN_ANSI.has(c)) ? bare : '?';
    }
  }
  return out;
}

export type Orientation = 'portrait' | 'landscape';

export interface PdfOptions {
  orientation: Orientation;
  title: string;
  author: string;
  subject: string;
  /** The document's creation time: the call's `now`, so the same call gives the same file. */
  createdAt: Date;
  /** Said at the foot of every page, before "Page n of m". */
  footer: string;
}

export interface TableColumn {
  label: string;
  width: number;
  align?: 'left' | 'right';
}

export interface Bar {
  label: string;
  value: number;
  /** What is written after the bar ("12 h 30 min"). */
  text: string;
}

const MARGIN = 36;
const FOOTER_SPACE = 24;
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const INK = '#111111';
const MUTED = '#555555';
const RULE = '#999999';
const BAR_COLOURS = ['#1f5f8b', '#3b8b5a', '#b36b00', '#7a4f9a', '#a23b3b', '#4a6b7a'];

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  y = MARGIN;
  private readonly footer: string;

  constructor(options: PdfOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      layout: options.orientation,
      margin: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      info: { Title: pdfText(options.title), Author: pdfText(options.author), Subject: pdfText(options.subject), Creator: 'Apron', Producer: 'Apron', CreationDate: options.createdAt, ModDate: options.createdAt },
    });
    this.footer = pdfText(options.footer);
    this.doc.fillColor(INK).strokeColor(RULE);
  }

  get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN - FOOTER_SPACE;
  }

  private setFont(bold: boolean, size: number): void {
    this.doc.font(bold ? BOLD : REGULAR).fontSize(size);
  }

  private measure(text: string): number {
    return this.doc.widthOfString(text);
  }

  /** Starts a new page when less than `height` points are left on this one. */
  ensureSpace(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.doc.addPage();
    this.y = MARGIN;
    return true;
  }

  /** Lines no wider than `width` in the current font; a word longer than a line is split. */
  wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of pdfText(text).split(' ').filter((w) => w.length > 0)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (this.measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      while (this.measure(line) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && this.measure(line.slice(0, cut)) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line !== '' || lines.length === 0) lines.push(line);
    return lines;
  }

  private write(text: string, x: number, y: number, colour = INK): void {
    if (text === '') return;
    this.doc.fillColor(colour).text(text, x, y, { lineBreak: false });
  }

  heading(text: string, size = 13): void {
    // Room for the heading and a few lines under it: a heading never ends a page.
    this.ensureSpace(size * 2.4 + 40);
    this.y += size * 0.4;
    this.setFont(true, size);
    for (const line of this.wrap(text, this.width)) {
      this.write(line, MARGIN, this.y);
      this.y += size * 1.25;
    }
    this.y += size * 0.3;
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; muted?: boolean } = {}): void {
    const size = options.size ?? 9;
    this.setFont(options.bold ?? false, size);
    for (const line of this.wrap(text, this.width)) {
      this.ensureSpace(size * 1.3);
      this.write(line, MARGIN, this.y, options.muted ? MUTED : INK);
      this.y += size * 1.3;
    }
    this.y += size * 0.4;
  }

  /** Labels in bold on the left, values beside them; two columns of pairs when `columns` is 2. */
  keyValues(pairs: readonly (readonly [string, string])[], options: { labelWidth?: number; columns?: 1 | 2; size?: number } = {}): void {
    const size = options.size ?? 9;
    const columns = options.columns ?? 1;
    const columnWidth = this.width / columns;
    const labelWidth = options.labelWidth ?? 120;
    const valueWidth = columnWidth - labelWidth - 8;
    const lineHeight = size * 1.3;
    for (let i = 0; i < pairs.length; i += columns) {
      const row = pairs.slice(i, i + columns);
      this.setFont(false, size);
      const wrapped = row.map(([, value]) => this.wrap(value, valueWidth));
      const height = Math.max(...wrapped.map((w) => w.length)) * lineHeight;
      this.ensureSpace(height);
      row.forEach(([label], c) => {
        const x = MARGIN + c * columnWidth;
        this.setFont(true, size);
        this.write(this.wrap(label, labelWidth)[0] ?? '', x, this.y);
        this.setFont(false, size);
        (wrapped[c] ?? []).forEach((line, n) => this.write(line, x + labelWidth + 8, this.y + n * lineHeight));
      });
      this.y += height + size * 0.15;
    }
    this.y += size * 0.5;
  }

  /**
   * A table: a bold header (repeated at the top of each new page), then rows whose cells wrap
   * within their column. `empty` is said under the header when there are no rows.
   */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: { size?: number; empty?: string; totals?: readonly string[] } = {}): void {
    const size = options.size ?? 8;
    const lineHeight = size * 1.25;
    const padding = 3;
    const scale = Math.min(1, this.width / columns.reduce((sum, c) => sum + c.width, 0));
    const widths = columns.map((c) => c.width * scale);
    const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
    const header = (): void => {
      this.setFont(true, size);
      const lines = columns.map((c, i) => this.wrap(c.label, (widths[i] ?? 0) - padding));
      const height = Math.max(...lines.map((l) => l.length)) * lineHeight;
      lines.forEach((cell, i) => cell.forEach((line, n) => this.cell(line, xs[i] ?? 0, widths[i] ?? 0, this.y + n * lineHeight, columns[i]?.align, padding)));
      this.y += height + 2;
      this.doc.moveTo(MARGIN, this.y).lineTo(MARGIN + this.width, this.y).lineWidth(0.7).stroke(RULE);
      this.y += 3;
    };
    this.ensureSpace(lineHeight * 4);
    header();
    this.setFont(false, size);
    if (rows.length === 0 && options.empty) {
      this.write(pdfText(options.empty), MARGIN, this.y, MUTED);
      this.y += lineHeight * 1.5;
    }
    const drawRow = (row: readonly string[], bold: boolean): void => {
      this.setFont(bold, size);
      const lines = row.map((text, i) => (text === '' ? [''] : this.fits(text, (widths[i] ?? 0) - padding) ? [pdfText(text)] : this.wrap(text, (widths[i] ?? 0) - padding)));
      const height = Math.max(...lines.map((l) => l.length)) * lineHeight;
      if (this.ensureSpace(height)) {
        header();
        this.setFont(bold, size);
      }
      lines.forEach((cell, i) => cell.forEach((line, n) => this.cell(line, xs[i] ?? 0, widths[i] ?? 0, this.y + n * lineHeight, columns[i]?.align, padding)));
      this.y += height + 1.5;
    };
    for (const row of rows) drawRow(row, false);
    if (options.totals) {
      this.doc.moveTo(MARGIN, this.y).lineTo(MARGIN + this.width, this.y).lineWidth(0.7).stroke(RULE);
      this.y += 3;
      drawRow(options.totals, true);
    }
    this.y += size;
  }

  private fits(text: string, width: number): boolean {
    return this.measure(pdfText(text)) <= width;
  }

  private cell(text: string, x: number, width: number, y: number, align: 'left' | 'right' | undefined, padding: number): void {
    if (text === '') return;
    const at = align === 'right' ? x + width - padding - this.measure(text) : x;
    this.write(text, at, y);
  }

  /** Horizontal bars, one per item, scaled to the largest; the figure is written after each bar. */
  barChart(title: string, bars: readonly Bar[], options: { labelWidth?: number; colour?: number } = {}): void {
    const size = 8;
    const barHeight = 11;
    const gap = 4;
    const labelWidth = options.labelWidth ?? 130;
    const textWidth = 90;
    const area = this.width - labelWidth - textWidth - 10;
    this.ensureSpace(size * 3 + Math.min(bars.length, 6) * (barHeight + gap));
    this.setFont(true, 10);
    this.write(pdfText(title), MARGIN, this.y);
    this.y += 16;
    const colour = BAR_COLOURS[(options.colour ?? 0) % BAR_COLOURS.length] ?? INK;
    if (bars.length === 0) {
      this.setFont(false, size);
      this.write('Nothing recorded in this period.', MARGIN, this.y, MUTED);
      this.y += 16;
      return;
    }
    const max = Math.max(...bars.map((b) => b.value), 0);
    for (const bar of bars) {
      this.ensureSpace(barHeight + gap);
      this.setFont(false, size);
      this.write(this.wrap(bar.label, labelWidth - 6)[0] ?? '', MARGIN, this.y + 2);
      const length = max > 0 ? Math.max(bar.value > 0 ? 1 : 0, (bar.value / max) * area) : 0;
      if (length > 0) this.doc.rect(MARGIN + labelWidth, this.y, length, barHeight).fill(colour);
      this.write(pdfText(bar.text), MARGIN + labelWidth + length + 5, this.y + 2);
      this.y += barHeight + gap;
    }
    this.y += 8;
  }

  /** Lines for people to sign: a name, a signature and a date for each role. */
  signatures(statement: string, roles: readonly string[]): void {
    const rowHeight = 46;
    this.ensureSpace(40 + roles.length * rowHeight);
    this.y += 6;
    this.paragraph(statement, { size: 9 });
    const nameWidth = this.width * 0.36;
    const signWidth = this.width * 0.36;
    const dateWidth = this.width - nameWidth - signWidth - 30;
    for (const role of roles) {
      this.y += 26;
      const x1 = MARGIN;
      const x2 = x1 + nameWidth + 15;
      const x3 = x2 + signWidth + 15;
      this.doc.lineWidth(0.7);
      this.doc.moveTo(x1, this.y).lineTo(x1 + nameWidth, this.y).stroke(INK);
      this.doc.moveTo(x2, this.y).lineTo(x2 + signWidth, this.y).stroke(INK);
      this.doc.moveTo(x3, this.y).lineTo(x3 + dateWidth, this.y).stroke(INK);
      this.setFont(false, 8);
      this.write(pdfText(`${role}: name`), x1, this.y + 4, MUTED);
      this.write('Signature', x2, this.y + 4, MUTED);
      this.write('Date', x3, this.y + 4, MUTED);
      this.y += rowHeight - 26;
    }
    this.y += 10;
  }

  /** The finished file: footers written on every page, then the bytes, synchronously. */
  finish(): Buffer {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      this.setFont(false, 7);
      const y = this.doc.page.height - MARGIN - 8;
      this.write(this.footer, MARGIN, y, MUTED);
      const page = `Page ${i - range.start + 1} of ${range.count}`;
      this.write(page, MARGIN + this.width - this.measure(page), y, MUTED);
    }
    this.doc.flushPages();
    this.doc.end();
    // pdfkit pushes every chunk into its readable buffer as it writes; nothing reads it in
    // flowing mode, so the whole file is there to read once `end` has run.
    const chunks: Buffer[] = [];
    for (let chunk = this.doc.read() as Buffer | null; chunk !== null; chunk = this.doc.read() as Buffer | null) chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-' || !bytes.subarray(-8).toString('latin1').includes('%%EOF')) {
      throw new Error('the PDF writer did not finish the file');
    }
    return bytes;
  }
}
