// A small CSV writer for files people open in a spreadsheet: the VAT summary now, the
// placement-hours evidence later. RFC 4180 with every cell quoted and CRLF line ends.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or a
// carriage return, which some strip first) as a formula, so text such as a name, a reason or
// a note could carry ("=HYPERLINK(...)") is written with a leading apostrophe and shows as
// typed. Numbers are written as numbers and never neutralised: they come from the core,
// not from anybody's typing, and a negative amount must stay a number.

/** A number written as fixed-point text ("-12.34"), e.g. pence as pounds. */
export interface CsvNumber {
  readonly csvNumber: string;
}

export type CsvCell = string | number | CsvNumber | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a spreadsheet shows it, never run: a leading ' before anything a formula starts with. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * An integer `scaled` by 10^`decimals`, as plain fixed-point text, exactly (no floating
 * point): fixedPoint(-1234, 2) is "-12.34", fixedPoint(5, 2) is "0.05".
 */
export function fixedPoint(scaled: number, decimals: number): CsvNumber {
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`fixedPoint needs a whole number, not ${scaled}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) throw new RangeError(`fixedPoint cannot show ${decimals} decimals`);
  const sign = scaled < 0 ? '-' : '';
  const digits = String(Math.abs(scaled)).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  return { csvNumber: decimals === 0 ? `${sign}${whole}` : `${sign}${whole}.${digits.slice(digits.length - decimals)}` };
}

/** Pence as pounds with two decimals: 12345 → "123.45". */
export function pounds(pence: number): CsvNumber {
  return fixedPoint(pence, 2);
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`a CSV cell cannot hold ${cell}`);
    return String(cell);
  }
  if (typeof cell === 'object') return cell.csvNumber;
  return neutralise(cell);
}

/** One line: every cell quoted, quotes doubled. */
export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map((cell) => `"${cellText(cell).replaceAll('"', '""')}"`).join(',');
}

/**
 * A whole file: a header, then the rows, each line ended with CRLF. `bom` puts the UTF-8
 * byte-order mark first, which Excel needs to read non-ASCII text (names) as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const lines = [csvLine(header), ...rows.map((row) => {
    if (row.length !== header.length) throw new RangeError(`a CSV row has ${row.length} cells for ${header.length} columns`);
    return csvLine(row);
  })];
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
