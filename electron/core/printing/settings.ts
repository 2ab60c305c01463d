import { z } from 'zod';
import { monoBitmapSchema, printerConnectionSchema, tenders, type PrinterConnection, type PrinterSettings } from '../../../shared/contract/index.ts';
import type { PaperColumns } from '../../../shared/receipt/document.ts';
import type { ReadDb, WriteDb } from '../db/handles.ts';
import { memoised } from '../db/versions.ts';
import { TILL_ID } from '../sales/till.ts';

// The till's printer settings: one row of printer_settings. The JSON columns are read back
// through the contract's own schemas, so a value edited outside Apron (or by an older
// build) turns into "no printer" or the default rather than into a crash inside a sale.
// Every sale asks for them, so they are kept in memory, frozen, until printer_settings
// changes (data_versions, migration 0009): a manager's save counts from the very next sale.

interface PrinterSettingsRow {
  receipt_connection: string;
  columns: number;
  print_every_sale: number;
  drawer_pin: number;
  drawer_tenders: string;
  footer: string | null;
  qr: string | null;
  logo: string | null;
  kitchen_connection: string;
  kitchen_columns: number;
  kitchen_category_ids: string;
}

const NONE: PrinterConnection = { kind: 'none' };
const tenderList = z.array(z.enum(tenders));
const idList = z.array(z.string());

function parsed<T>(schema: z.ZodType<T>, json: string | null, fallback: T): T {
  if (json === null) return fallback;
  try {
    const result = schema.safeParse(JSON.parse(json));
    return result.success ? result.data : fallback;
  } catch {
    return fallback;
  }
}

const paper = (n: number, fallback: PaperColumns): PaperColumns => (n === 32 || n === 42 || n === 48 ? n : fallback);

export function readPrinterSettings(db: ReadDb): PrinterSettings {
  return memoised(db, 'printing', TILL_ID, () => frozen(printerSettingsOf(db)));
}

/** Frozen with the connections, lists and logo inside: every caller until the next change gets this same value, and some return it to a screen. */
function frozen(settings: PrinterSettings): PrinterSettings {
  for (const part of Object.values(settings)) if (typeof part === 'object' && part !== null) Object.freeze(part);
  return Object.freeze(settings);
}

function printerSettingsOf(db: ReadDb): PrinterSettings {
  const row = db.prepare<[string], PrinterSettingsRow>('SELECT * FROM printer_settings WHERE till_id = ?').get(TILL_ID);
  if (!row) throw new Error(`printer settings for ${TILL_ID} are missing: the hardware migration did not run`);
  return {
    receipt: parsed(printerConnectionSchema, row.receipt_connection, NONE),
    columns: paper(row.columns, 48),
    printEverySale: row.print_every_sale === 1,
    drawerPin: row.drawer_pin === 5 ? 5 : 2,
    drawerTenders: [...new Set(parsed<PrinterSettings['drawerTenders']>(tenderList, row.drawer_tenders, ['cash']))],
    footer: row.footer,
    qr: row.qr,
    logo: parsed(monoBitmapSchema, row.logo, null),
    kitchen: parsed(printerConnectionSchema, row.kitchen_connection, NONE),
    kitchenColumns: paper(row.kitchen_columns, 42),
    kitchenCategoryIds: parsed(idList, row.kitchen_category_ids, []),
  };
}

export function writePrinterSettings(db: WriteDb, s: PrinterSettings): void {
  db.prepare(
    `UPDATE printer_settings SET receipt_connection = ?, columns = ?, print_every_sale = ?, drawer_pin = ?, drawer_tenders = ?, footer = ?, qr = ?, logo = ?,
       kitchen_connection = ?, kitchen_columns = ?, kitchen_category_ids = ? WHERE till_id = ?`,
  ).run(
    JSON.stringify(s.receipt),
    s.columns,
    s.printEverySale ? 1 : 0,
    s.drawerPin,
    JSON.stringify([...new Set(s.drawerTenders)]),
    s.footer,
    s.qr,
    s.logo === null ? null : JSON.stringify(s.logo),
    JSON.stringify(s.kitchen),
    s.kitchenColumns,
    JSON.stringify([...new Set(s.kitchenCategoryIds)]),
    TILL_ID,
  );
}

/** "network printer 192.168.1.50:9100", "USB printer /dev/usb/lp0", "no printer". */
export function connectionWords(c: PrinterConnection): string {
  switch (c.kind) {
    case 'none':
      return 'no printer';
    case 'network':
      return `network printer ${c.host}:${c.port}`;
    case 'usb':
      return `USB printer ${c.device}`;
    case 'serial':
      return `serial printer ${c.device} at ${c.baudRate} baud`;
  }
}

const paperWords = (n: PaperColumns): string => `${n === 32 ? '58' : '80'} mm paper (${n} columns)`;
const listWords = (xs: readonly string[]): string => (xs.length === 0 ? 'none' : xs.join(' and '));

/** What a manager changed, in words for the audit log. */
export function settingsChangeWords(before: PrinterSettings, after: PrinterSettings): string {
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  const changes = [
    same(before.receipt, after.receipt) ? null : `receipt printer: ${connectionWords(after.receipt)}`,
    before.columns === after.columns ? null : `receipt paper: ${paperWords(after.columns)}`,
    before.printEverySale === after.printEverySale ? null : after.printEverySale ? 'prints every sale' : 'prints receipts only when asked',
    before.drawerPin === after.drawerPin ? null : `drawer on pin ${after.drawerPin}`,
    same([...before.drawerTenders].sort(), [...after.drawerTenders].sort()) ? null : `drawer opens for: ${listWords(after.drawerTenders)}`,
    before.footer === after.footer ? null : after.footer ? 'new footer' : 'no footer',
    before.qr === after.qr ? null : after.qr ? 'new QR code' : 'no QR code',
    same(before.logo, after.logo) ? null : after.logo ? 'new logo' : 'no logo',
    same(before.kitchen, after.kitchen) ? null : `kitchen printer: ${connectionWords(after.kitchen)}`,
    before.kitchenColumns === after.kitchenColumns ? null : `kitchen paper: ${paperWords(after.kitchenColumns)}`,
    same([...before.kitchenCategoryIds].sort(), [...after.kitchenCategoryIds].sort()) ? null : `kitchen categories: ${after.kitchenCategoryIds.length}`,
  ].filter((c): c is string => c !== null);
  return `Printer settings: ${changes.length > 0 ? changes.join('; ') : 'nothing changed'}`;
}
