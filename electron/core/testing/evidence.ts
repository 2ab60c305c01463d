import { getDocumentProxy } from 'unpdf';
import type { ExportFile } from '../../../shared/contract/index.ts';

// Reading evidence files back as a person's software would: the PDF's text, page by page and
// line by line (pdf.js, as in a browser), and the CSV as a spreadsheet parses it (RFC 4180).

export interface PdfReadBack {
  pages: string[][];
  /** Every line of every page, in order. */
  lines: string[];
  text: string;
  info: Record<string, unknown>;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

/** The PDF's text as lines: the text on one baseline, left to right, spaces squeezed (a table's cells are then one line). */
export async function readPdf(file: ExportFile | Uint8Array): Promise<PdfReadBack> {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(Buffer.from(file.base64, 'base64'));
  const pdf = await getDocumentProxy(bytes);
  const pages: string[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const rows = new Map<number, TextItem[]>();
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str === '') continue;
      const item = raw as TextItem;
      const y = Math.round(item.transform[5] ?? 0);
      rows.set(y, [...(rows.get(y) ?? []), item]);
    }
    const lines = [...rows.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([, items]) => {
        const sorted = items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
        const line = sorted.map((item) => item.str).join(' ');
        return line.replace(/\s+/g, ' ').trim();
      });
    pages.push(lines);
  }
  const meta = await pdf.getMetadata();
  const lines = pages.flat();
  return { pages, lines, text: lines.join('\n'), info: (meta.info ?? {}) as Record<string, unknown> };
}

/** RFC 4180: quoted fields, doubled quotes, CRLF; the UTF-8 byte-order mark dropped. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && source[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}

export function csvText(file: ExportFile): string {
  return Buffer.from(file.base64, 'base64').toString('utf8');
}

export type CsvTable = { header: string[]; rows: string[][] };

/** An evidence CSV's tables by title: header and rows, as written by `csvSections`. */
export function csvTables(file: ExportFile): Map<string, CsvTable> {
  return tablesOfCsv(csvText(file));
}

/** The same from the CSV's text (a downloaded file, byte-order mark and all). */
export function tablesOfCsv(text: string): Map<string, CsvTable> {
  const rows = parseCsv(text);
  const tables = new Map<string, CsvTable>();
  let i = 0;
  while (i < rows.length) {
    const title = rows[i]?.[0] ?? '';
    const header = rows[i + 1] ?? [];
    const body: string[][] = [];
    i += 2;
    while (i < rows.length && !(rows[i]?.length === 1 && rows[i]?.[0] === '')) body.push(rows[i++] ?? []);
    i++; // the empty line between tables
    tables.set(title, { header, rows: body });
  }
  return tables;
}

/** A table's rows as records keyed by its header. */
export function records(table: CsvTable | undefined): Record<string, string>[] {
  if (!table) throw new Error('no such table in the CSV');
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i] ?? ''])));
}
