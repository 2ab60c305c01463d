import { csvLine, type CsvCell } from '../../../shared/csv.ts';

// An evidence CSV holds a few tables (the record's details, its shifts, totals, skills…):
// each is a title line, a header and its rows, and an empty line before the next. Every cell
// goes through the shared writer (quoted, formula characters neutralised, numbers as
// numbers); the file starts with the UTF-8 byte-order mark so a spreadsheet reads accented
// names right, and lines end CRLF.

export interface CsvSection {
  title: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

export function csvSections(sections: readonly CsvSection[]): string {
  const lines: string[] = [];
  sections.forEach((section, i) => {
    if (i > 0) lines.push('');
    lines.push(csvLine([section.title]), csvLine(section.header));
    for (const row of section.rows) {
      if (row.length !== section.header.length) throw new RangeError(`a row of "${section.title}" has ${row.length} cells for ${section.header.length} columns`);
      lines.push(csvLine(row));
    }
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
