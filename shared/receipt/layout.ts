import { formatCafeTime } from '../dates.ts';
import { formatPence, formatRate } from '../money.ts';
import type { CafeHeading, KitchenTicketDocument, PaperColumns, PrintDocument, PrintLine, ReceiptDocument, ReportDocument, TestPageDocument } from './document.ts';

// Lays a document out into printed lines once, for both the ESC/POS bytes and the screen's
// preview, so what a trainee sees is what the customer gets. Every text line is padded to
// exactly the paper's width at its size (half the columns for double size), long names wrap
// rather than being cut, and only characters the printer's code page has are kept (a `£`
// stays a `£`; a curly quote becomes a straight one; an emoji becomes `?`), so the preview
// never shows a character the paper would not.

type Align = 'left' | 'center' | 'right';
type TextLine = Extract<PrintLine, { kind: 'text' }>;

/** The top half of code page 858 (PC850 with €), the printer's code page; the bottom half is ASCII. */
export const CP858_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';
const PRINTABLE_HIGH = new Set(Array.from(CP858_HIGH));

/** Look-alikes people type (or phones insert) that the code page lacks. */
const LOOK_ALIKES: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '–': '-',
  '—': '-',
  '−': '-',
  '…': '...',
  '\t': ' ',
  '\u00a0': ' ',
  '\u00ad': '',
  '\u202f': ' ',
};

/** The text as the printer can print it: code page 858 characters only, one character per column. */
export function printableText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const swap = LOOK_ALIKES[ch];
    if (swap !== undefined) out += swap;
    else if (ch >= ' ' && ch <= '~') out += ch;
    else if (PRINTABLE_HIGH.has(ch)) out += ch;
    else if (ch === '\n' || ch === '\r') out += ' ';
    else out += '?';
  }
  return out;
}

/** Words wrapped to `width` columns; a word longer than a line is split across lines, never cut off. */
export function wrapWords(text: string, width: number): string[] {
  const words = printableText(text).split(' ').filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = '';
  for (let word of words) {
    while (word.length > width) {
      const room = current.length === 0 ? width : width - current.length - 1;
      if (room >= 4 || current.length === 0) {
        const take = Math.max(room, 1);
        lines.push(current.length === 0 ? word.slice(0, take) : `${current} ${word.slice(0, take)}`);
        current = '';
        word = word.slice(take);
      } else {
        lines.push(current);
        current = '';
      }
    }
    if (word.length === 0) continue;
    if (current.length === 0) current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current.length > 0 || lines.length === 0) lines.push(current);
  return lines;
}

function pad(text: string, width: number, align: Align): string {
  const room = width - text.length;
  if (align === 'right') return ' '.repeat(room) + text;
  if (align === 'center') {
    const left = Math.floor(room / 2);
    return ' '.repeat(left) + text + ' '.repeat(room - left);
  }
  return text + ' '.repeat(room);
}

/** Lays a document out for paper `columns` characters wide. */
export function layoutDocument(doc: PrintDocument, columns: PaperColumns): PrintLine[] {
  const page = new Page(columns);
  switch (doc.kind) {
    case 'receipt':
      layoutReceipt(page, doc);
      break;
    case 'report':
      layoutReport(page, doc);
      break;
    case 'kitchen':
      layoutKitchen(page, doc);
      break;
    case 'test':
      layoutTestPage(page, doc);
      break;
  }
  return page.lines;
}

/** The lines being built, with the few shapes a receipt is made of. */
class Page {
  readonly lines: PrintLine[] = [];
  constructor(readonly columns: PaperColumns) {}

  /** Wrapped words, each line padded to the width of its size. */
  text(text: string, options: { bold?: boolean; size?: 'normal' | 'double'; align?: Align; indent?: number } = {}): void {
    const size = options.size ?? 'normal';
    const align = options.align ?? 'left';
    const width = size === 'double' ? this.columns / 2 : this.columns;
    const indent = ' '.repeat(options.indent ?? 0);
    for (const line of wrapWords(text, width - indent.length)) this.push({ kind: 'text', text: pad(indent + line, width, align), bold: options.bold ?? false, size, align });
  }

  /** A label with its amount at the right edge; a long label wraps with the amount on its first line. */
  pair(label: string, amount: string, options: { bold?: boolean; indent?: number; size?: 'normal' | 'double' } = {}): void {
    const size = options.size ?? 'normal';
    const width = size === 'double' ? this.columns / 2 : this.columns;
    const right = printableText(amount);
    const indent = ' '.repeat(options.indent ?? 0);
    if (right.length + indent.length + 2 > width) {
      this.text(label, options);
      this.text(right, { ...options, indent: 0, align: 'right' });
      return;
    }
    const labelWidth = Math.max(1, width - right.length - 1 - indent.length);
    const wrapped = wrapWords(label, labelWidth);
    wrapped.forEach((part, i) => {
      const left = indent + part;
      const text = i === 0 ? left + ' '.repeat(width - left.length - right.length) + right : pad(indent + part, width, 'left');
      this.push({ kind: 'text', text, bold: options.bold ?? false, size, align: 'left' });
    });
  }

  /** Whether a label and amount fit on one double-size line. */
  fitsDouble(label: string, amount: string): boolean {
    return printableText(label).length + 1 + printableText(amount).length <= this.columns / 2;
  }

  rule(char: '-' | '=' = '-'): void {
    this.lines.push({ kind: 'rule', char });
  }

  blank(): void {
    this.lines.push({ kind: 'blank' });
  }

  push(line: TextLine | PrintLine): void {
    this.lines.push(line);
  }
}

/** "Mon 23 Nov 2026 14:05" on the café's clock. */
function printedTime(at: string): string {
  return formatCafeTime(at, 'EEE d MMM yyyy HH:mm');
}

function orderTypeWords(orderType: 'eat_in' | 'takeaway'): string {
  return orderType === 'eat_in' ? 'Eat in' : 'Take away';
}

function cafeHeading(page: Page, cafe: CafeHeading): void {
  page.text(cafe.name, { bold: true, size: 'double', align: 'center' });
  for (const line of cafe.address) page.text(line, { align: 'center' });
  if (cafe.vatNumber !== null) page.text(`VAT no. ${cafe.vatNumber}`, { align: 'center' });
  if (cafe.charityNumber !== null) page.text(`Charity no. ${cafe.charityNumber}`, { align: 'center' });
}

function copyBanner(page: Page): void {
  page.blank();
  page.text('*** COPY ***', { bold: true, size: 'double', align: 'center' });
  page.text('This is a copy, not a new sale', { align: 'center' });
}

/** A footer (wrapped), the QR code and a little paper to tear against. */
function tail(page: Page, footer: string | null, qr: string | null): void {
  if (footer !== null && footer.trim() !== '') {
    page.blank();
    page.text(footer, { align: 'center' });
  }
  if (qr !== null && qr.trim() !== '') {
    page.blank();
    page.push({ kind: 'qr', data: qr });
  }
}

/** A big total: double size when it fits the paper, otherwise bold at normal size. */
function bigPair(page: Page, label: string, amount: string): void {
  if (page.fitsDouble(label, amount)) page.pair(label, amount, { bold: true, size: 'double' });
  else page.pair(label, amount, { bold: true });
}

function layoutReceipt(page: Page, doc: ReceiptDocument): void {
  if (doc.logo !== null) page.push({ kind: 'logo', bitmap: doc.logo });
  cafeHeading(page, doc.cafe);
  if (doc.copy) copyBanner(page);
  if (doc.entryKind !== 'sale') {
    const word = doc.entryKind === 'refund' ? 'Refund' : 'Void';
    page.blank();
    page.text(word.toUpperCase(), { bold: true, size: 'double', align: 'center' });
    if (doc.originalReceiptNumber !== null) page.text(`${word} of receipt ${doc.originalReceiptNumber}`, { bold: true, align: 'center' });
  }
  page.blank();
  page.pair(`Receipt ${doc.receiptNumber}`, orderTypeWords(doc.orderType), { bold: true });
  page.text(printedTime(doc.at));
  page.text(`Till: ${doc.tillName}`);
  if (doc.servedBy !== null) page.text(`Served by ${doc.servedBy}`);
  page.rule();

  for (const line of doc.lines) {
    // A refund's quantities are negative in the journal; the amount's sign already says it is money back.
    page.pair(`${Math.abs(line.quantity)} x ${line.name}`, formatPence(line.itemsPence));
    // The extra price is per item and already in the line's amount, so it sits in the words, not the amount column.
    for (const m of line.modifiers) page.text(m.pricePence === 0 ? m.name : `${m.name} (+${formatPence(m.pricePence)})`, { indent: 3 });
    if (line.discountPence !== 0) page.pair(`Discount${line.discountReason ? `: ${line.discountReason}` : ''}`, formatPence(-line.discountPence), { indent: 3 });
  }
  page.rule();

  if (doc.discountPence !== 0) {
    page.pair('Subtotal', formatPence(doc.itemsPence));
    page.pair('Discount', formatPence(-doc.discountPence));
  }
  bigPair(page, 'TOTAL', formatPence(doc.totalPence));
  page.blank();

  for (const p of paymentsAsHanded(doc)) page.pair(p.tender === 'cash' ? 'Cash' : 'Card', formatPence(p.amountPence));
  if (doc.changePence !== 0) page.pair('Change', formatPence(doc.changePence), { bold: true });

  if (doc.vatByRate.length > 0) {
    page.blank();
    vatTable(page, doc.vatByRate);
  }

  if (doc.reason !== null && doc.reason.trim() !== '') {
    page.blank();
    page.text(`Reason: ${doc.reason}`);
  }
  tail(page, doc.footer, doc.qr);
}

/**
 * Cash as the customer handed it over. The document's payments may hold what each tender
 * keeps (cash less change) or what was tendered; when they add up to the tendered sum less
 * the change, the change goes back on the last cash payment so "Cash" less "Change" reads right.
 */
function paymentsAsHanded(doc: ReceiptDocument): ReceiptDocument['payments'] {
  const sum = doc.payments.reduce((a, p) => a + p.amountPence, 0);
  if (doc.changePence === 0 || sum + doc.changePence !== doc.tenderedPence) return doc.payments;
  let lastCash = -1;
  doc.payments.forEach((p, i) => {
    if (p.tender === 'cash') lastCash = i;
  });
  return doc.payments.map((p, i) => (i === lastCash ? { ...p, amountPence: p.amountPence + doc.changePence } : p));
}

/** VAT by rate as a four-column table; a rate whose figures will not fit the paper is listed as rows instead. */
function vatTable(page: Page, rates: ReceiptDocument['vatByRate']): void {
  const rateWidth = 6;
  const rest = page.columns - rateWidth;
  const widths = [rateWidth, Math.floor(rest / 3), Math.floor(rest / 3), rest - 2 * Math.floor(rest / 3)] as const;
  const row = (cells: string[]): string | null => {
    const parts = cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]) : c.padStart(widths[i as 1 | 2 | 3])));
    const fits = cells.every((c, i) => (i === 0 ? c.length <= widths[0] : c.length + 1 <= widths[i as 1 | 2 | 3]));
    return fits ? parts.join('') : null;
  };
  page.push({ kind: 'text', text: row(['Rate', 'Net', 'VAT', 'Total']) ?? '', bold: true, size: 'normal', align: 'left' });
  for (const r of rates) {
    const text = row([formatRate(r.rateBp), formatPence(r.netPence), formatPence(r.vatPence), formatPence(r.grossPence)]);
    if (text !== null) page.push({ kind: 'text', text, bold: false, size: 'normal', align: 'left' });
    else {
      page.text(`VAT at ${formatRate(r.rateBp)}`);
      page.pair('Net', formatPence(r.netPence), { indent: 2 });
      page.pair('VAT', formatPence(r.vatPence), { indent: 2 });
      page.pair('Total', formatPence(r.grossPence), { indent: 2 });
    }
  }
}

function layoutReport(page: Page, doc: ReportDocument): void {
  cafeHeading(page, doc.cafe);
  page.blank();
  const title = doc.report === 'X' ? 'X REPORT' : `Z REPORT${doc.number !== null ? ` ${doc.number}` : ''}`;
  page.text(title, { bold: true, size: 'double', align: 'center' });
  if (doc.report === 'X') page.text('Figures so far; the drawer stays open', { align: 'center' });
  if (doc.copy) copyBanner(page);
  page.blank();
  page.text(`Till: ${doc.tillName}`);
  page.text(`Opened ${printedTime(doc.openedAt)}`);
  page.text(`Opened by ${doc.openedBy}`);
  page.text(`Printed ${printedTime(doc.at)}`);
  page.text(`Printed by ${doc.by}`);
  for (const section of doc.sections) {
    page.rule();
    page.text(section.title, { bold: true });
    for (const row of section.rows) page.pair(row.label, row.pence !== null ? formatPence(row.pence) : (row.text ?? ''));
  }
  page.rule('=');
}

function layoutKitchen(page: Page, doc: KitchenTicketDocument): void {
  page.text(`Order ${doc.receiptNumber}`, { bold: true, size: 'double', align: 'center' });
  page.text(orderTypeWords(doc.orderType).toUpperCase(), { bold: true, size: 'double', align: 'center' });
  page.blank();
  page.pair(formatCafeTime(doc.at, 'HH:mm'), doc.tillName, { bold: true });
  if (doc.servedBy !== null) page.text(`Served by ${doc.servedBy}`);
  page.rule('=');
  for (const line of doc.lines) {
    page.text(`${line.quantity} x ${line.name}`, { bold: true });
    for (const m of line.modifiers) page.text(`- ${m}`, { indent: 3 });
  }
  page.rule('=');
}

function layoutTestPage(page: Page, doc: TestPageDocument): void {
  if (doc.logo !== null) page.push({ kind: 'logo', bitmap: doc.logo });
  cafeHeading(page, doc.cafe);
  page.blank();
  page.text('TEST PAGE', { bold: true, size: 'double', align: 'center' });
  page.blank();
  page.text(`Printer: ${doc.connection}`);
  page.text(`Till: ${doc.tillName}`);
  page.text(printedTime(doc.at));
  page.text(`Paper: ${page.columns} characters a line`);
  // A ruler the width of the paper: if it wraps or stops short, the paper setting is wrong.
  let ruler = '';
  for (let i = 1; i <= page.columns; i += 1) ruler += String(i % 10);
  page.text(ruler);
  page.rule();
  page.text(`${formatPence(123)} prints as a pound sign`);
  page.text('Bold text', { bold: true });
  page.text('Large text', { bold: true, size: 'double' });
  tail(page, doc.footer, doc.qr);
}
