import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readPdf, tablesOfCsv, type CsvTable, type PdfReadBack } from '../../electron/core/testing/evidence.ts';

// Evidence files as the person who downloads them gets them: the file the browser saved, read
// back as a spreadsheet parses the CSV (RFC 4180) and as pdf.js reads the PDF's text.

/** A table's rows keyed by its header. */
export { records as recordsOf } from '../../electron/core/testing/evidence.ts';

export interface EvidenceFiles {
  pdfName: string;
  csvName: string;
  /** The CSV's raw text, byte-order mark and all. */
  csvText: string;
  /** Its tables by title. */
  csv: Map<string, CsvTable>;
  pdf: PdfReadBack;
}

/** A date typed into a three-box date field (its legend starting with `label`). */
export async function fillDate(scope: Locator, label: string | RegExp, day: string): Promise<void> {
  const group = scope.getByRole('group', { name: typeof label === 'string' ? new RegExp(`^${label}`) : label });
  const [y, m, d] = day === '' ? ['', '', ''] : day.split('-');
  await group.getByLabel('Day', { exact: true }).fill(d === undefined || d === '' ? '' : String(Number(d)));
  await group.getByLabel('Month', { exact: true }).fill(m === undefined || m === '' ? '' : String(Number(m)));
  await group.getByLabel('Year', { exact: true }).fill(y ?? '');
}

/** Day, month and year typed as they are, even a day that does not exist. */
export async function typeDate(scope: Locator, label: string, day: string, month: string, year: string): Promise<void> {
  const group = scope.getByRole('group', { name: new RegExp(`^${label}`) });
  await group.getByLabel('Day', { exact: true }).fill(day);
  await group.getByLabel('Month', { exact: true }).fill(month);
  await group.getByLabel('Year', { exact: true }).fill(year);
}

/** A table of two columns (Field/Value, Measure/Value) as one record. */
export function fieldsOf(table: CsvTable | undefined): Record<string, string> {
  if (!table) throw new Error('no such table in the CSV');
  return Object.fromEntries(table.rows.map((r) => [r[0] ?? '', r[1] ?? '']));
}

async function saved(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { download, bytes: await readFile(file) };
}

/** Presses a result's Download PDF and Download CSV and reads both files back. */
export async function downloadBoth(page: Page, result: Locator): Promise<EvidenceFiles> {
  const pdf = await saved(page, () => result.getByRole('button', { name: /^Download PDF/ }).click());
  const csv = await saved(page, () => result.getByRole('button', { name: /^Download CSV/ }).click());
  expect([...pdf.bytes.subarray(0, 5)]).toEqual([...Buffer.from('%PDF-')]);
  const csvText = csv.bytes.toString('utf8');
  return {
    pdfName: pdf.download.suggestedFilename(),
    csvName: csv.download.suggestedFilename(),
    csvText,
    csv: tablesOfCsv(csvText),
    pdf: await readPdf(new Uint8Array(pdf.bytes)),
  };
}
