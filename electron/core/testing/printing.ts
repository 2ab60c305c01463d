import { onTestFinished } from 'vitest';
import type { InputOf, PrinterSettings } from '../../../shared/contract/index.ts';
import { startCapturePrinter, type CapturePrinter } from '../../../hardware/printer/capturePrinter.ts';
import { openPrinter } from '../../../hardware/printer/open.ts';
import type { OpenPrinter } from '../../../hardware/printer/port.ts';
import { startPrintWorker, type PrintWorker, type PrintWorkerOptions } from '../printing/worker.ts';
import { createTillCafe } from './till.ts';
import { valueOf, type Screen, type TestCore } from './testCore.ts';

// Test helpers for printing: the till café with a capture printer on 127.0.0.1 set up as its
// receipt printer (and, when asked, a second one as the kitchen's), and the print worker
// running with short timeouts and backoff so a test sees retries in milliseconds.

export type SettingsInput = InputOf<'printing.saveSettings'>;

export function printerSettings(over: Partial<SettingsInput> = {}): SettingsInput {
  return {
    receipt: { kind: 'none' },
    columns: 48,
    printEverySale: true,
    drawerPin: 2,
    drawerTenders: ['cash'],
    footer: 'Thank you for supporting our trainees',
    logo: null,
    kitchen: { kind: 'none' },
    kitchenColumns: 42,
    kitchenCategoryIds: [],
    ...over,
  };
}

/** A manager saves the printer settings through the dispatcher. */
export function savePrinterSettings(t: TestCore, over: Partial<SettingsInput>): PrinterSettings {
  const manager = t.loginAs('manager');
  const saved = valueOf(manager.call('printing.saveSettings', printerSettings(over)));
  valueOf(manager.call('auth.logout', {}));
  return saved;
}

/** Worker timings for tests: a dead printer is noticed in a few hundred milliseconds. */
export const FAST_WORKER = {
  timeouts: { connectMs: 500, writeMs: 1500 },
  backoff: { firstMs: 40, maxMs: 320 },
  statusEveryMs: 60,
  idleCheckMs: 200,
} satisfies Partial<PrintWorkerOptions>;

export function startTestWorker(t: TestCore, options: Partial<PrintWorkerOptions> & { openPrinter?: OpenPrinter } = {}): PrintWorker {
  const worker = startPrintWorker({ db: t.db, clock: t.clock, devices: t.core.devices, events: t.core.events, openPrinter, logger: t.logger, ...FAST_WORKER, ...options });
  // Hooks run last-registered first: the worker stops before the core closes.
  onTestFinished(() => worker.stop());
  return worker;
}

export interface PrintingCafe {
  t: TestCore;
  printer: CapturePrinter;
  kitchen: CapturePrinter | null;
  worker: PrintWorker | null;
}

/** The till café with a capture printer as its receipt printer (cash opens the drawer on pin 2), the worker running unless `worker: false`. */
export async function createPrintingCafe(options: { settings?: Partial<SettingsInput>; kitchen?: boolean; worker?: boolean } = {}): Promise<PrintingCafe> {
  const t = createTillCafe();
  const printer = await startCapturePrinter();
  onTestFinished(() => printer.close());
  let kitchen: CapturePrinter | null = null;
  if (options.kitchen) {
    kitchen = await startCapturePrinter();
    onTestFinished(() => kitchen?.close());
  }
  savePrinterSettings(t, {
    receipt: { kind: 'network', host: printer.host, port: printer.port },
    ...(kitchen ? { kitchen: { kind: 'network', host: kitchen.host, port: kitchen.port } } : {}),
    ...options.settings,
  });
  const worker = options.worker === false ? null : startTestWorker(t);
  return { t, printer, kitchen, worker };
}

/** Every printed line of a decoded job as one text, for `toContain`. */
export function printedText(lines: readonly string[]): string {
  return lines.map((l) => l.trimEnd()).join('\n');
}

export type { Screen };
