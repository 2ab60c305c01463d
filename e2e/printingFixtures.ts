import type { Page } from '@playwright/test';
import { startCapturePrinter, type CapturedJob, type CapturePrinter } from '../hardware/printer/capturePrinter.ts';
import { expect, test as apronTest } from './fixtures.ts';
import { HardwarePage } from './pages/HardwarePage.ts';

// The receipt printer on the counter, for the printing tests: a capture printer on
// 127.0.0.1 (a free port) that keeps what it is sent and cuts it into jobs, as paper.

export const test = apronTest.extend<{ printer: CapturePrinter }>({
  // eslint-disable-next-line no-empty-pattern -- the printer needs nothing of the other fixtures
  printer: async ({}, use) => {
    const printer = await startCapturePrinter();
    try {
      await use(printer);
    } finally {
      await printer.close();
    }
  },
});

export { expect };

/** What came out of the printer: each printed line without the padding to the paper's edge. */
export function paper(job: CapturedJob): string[] {
  return job.decode().text.map((line) => line.trim());
}

/** The big bold words at the top (the café's name, wrapped over lines at double size), as one line. */
export function heading(job: CapturedJob): string {
  const lines = job.decode().lines.filter((l) => l.text.trim() !== '');
  const end = lines.findIndex((l) => l.width !== 2 || !l.bold);
  return lines
    .slice(0, end === -1 ? lines.length : end)
    .map((l) => l.text.trim())
    .join(' ');
}

/** The jobs so far that printed something (a cut), not a drawer pulse on its own. */
export function printedJobs(printer: CapturePrinter): CapturedJob[] {
  return printer.jobs().filter((j) => j.cut);
}

/** Waits until the printer has printed `count` jobs (the worker sends them on its own time). */
export async function waitForPrinted(printer: CapturePrinter, count: number, timeout = 10_000): Promise<CapturedJob[]> {
  await expect.poll(() => printedJobs(printer).length, { message: `the printer prints ${count} job(s)`, timeout }).toBeGreaterThanOrEqual(count);
  return printedJobs(printer);
}

/** The last job the printer cut off. */
export async function lastPrinted(printer: CapturePrinter, count: number): Promise<CapturedJob> {
  const jobs = await waitForPrinted(printer, count);
  const job = jobs[count - 1];
  if (!job) throw new Error(`no job ${count}`);
  return job;
}

/**
 * A manager's printer set-up on the Hardware screen: a network printer at the capture
 * printer's address, 80 mm paper of 42 letters, a receipt for every sale, the drawer on
 * pin 2 opening for cash only (as it comes), saved.
 */
export async function setUpReceiptPrinter(page: Page, printer: CapturePrinter, footer?: string): Promise<HardwarePage> {
  const hardware = new HardwarePage(page);
  await hardware.open();
  await hardware.networkPrinter(printer.host, String(printer.port));
  await hardware.paper(/42 letters/);
  await hardware.receipt.getByLabel('Print a receipt for every sale').check();
  const drawer = hardware.printerForm.getByRole('group', { name: 'Cash drawer' });
  await expect(drawer.getByRole('radio', { name: 'Pin 2' })).toBeChecked();
  await expect(drawer.getByLabel('Open the drawer for cash sales')).toBeChecked();
  await expect(drawer.getByLabel('Open the drawer for card sales')).not.toBeChecked();
  if (footer) await hardware.footer(footer);
  await hardware.save();
  await hardware.expectSaved();
  return hardware;
}
