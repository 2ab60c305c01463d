import { z } from 'zod';
import type { PaperColumns, PrintDocument } from '../receipt/document.ts';
import { method } from './define.ts';
import { idSchema, optionalText } from './fields.ts';
import { tenders, type Tender } from './sales.ts';

// Receipt and kitchen printers, the cash drawer on the receipt printer's port, and the print
// queue. Jobs are written in the same transaction as what they print; a worker in the host
// sends them, so no call here ever waits for a printer.

export type PrinterState = 'ready' | 'offline' | 'paper_out' | 'cover_open' | 'not_set_up' | 'unknown';

const hostSchema = z
  .string({ error: 'Enter the printer’s network address.' })
  .trim()
  .min(1, 'Enter the printer’s network address.')
  .max(253, 'That network address is too long.')
  .regex(/^[A-Za-z0-9.:-]+$/, 'A network address is numbers and dots (like 192.168.1.50) or a name, with no spaces.');
const portSchema = z
  .number({ error: 'The port must be a number.' })
  .int('The port must be a whole number.')
  .min(1, 'The port must be between 1 and 65535.')
  .max(65535, 'The port must be between 1 and 65535.');
const devicePathSchema = z
  .string({ error: 'Enter the printer’s device, like /dev/usb/lp0.' })
  .trim()
  .regex(/^(\/dev\/[A-Za-z0-9._/-]+|\\\\\.\\[A-Za-z0-9._-]+|COM\d{1,3}|[A-Za-z0-9._ -]{1,64})$/, 'Enter a device like /dev/usb/lp0, /dev/ttyUSB0 or COM3, or the name of a raw printer queue.');

/** How Apron reaches a printer. 'usb' is the device file on Linux or the system's raw queue by name on Windows. */
export const printerConnectionSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({ kind: z.literal('network'), host: hostSchema, port: portSchema.default(9100) }),
    z.strictObject({ kind: z.literal('usb'), device: devicePathSchema }),
    z.strictObject({
      kind: z.literal('serial'),
      device: devicePathSchema,
      baudRate: z.union([z.literal(9600), z.literal(19200), z.literal(38400), z.literal(57600), z.literal(115200)], { error: 'Choose a speed the printer supports: 9600, 19200, 38400, 57600 or 115200.' }).default(9600),
    }),
  ],
  { error: 'Choose how the printer is connected: network, USB or serial.' },
);
export type PrinterConnection = z.output<typeof printerConnectionSchema>;

const columnsSchema = z.union([z.literal(32), z.literal(42), z.literal(48)], { error: 'Choose the paper: 32 columns (58 mm), 42 or 48 columns (80 mm).' });

/** A one-colour picture for the top of receipts (the renderer converts an uploaded image). */
export const monoBitmapSchema = z.strictObject({
  width: z.number().int().min(8, 'The logo is too narrow.').max(576, 'The logo can be at most 576 dots wide.'),
  height: z.number().int().min(1).max(400, 'The logo can be at most 400 dots tall.'),
  bits: z.string().max(40_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The logo is not a picture Apron can print.'),
}).refine((b) => Math.ceil((b.bits.length * 3) / 4) - (b.bits.endsWith('==') ? 2 : b.bits.endsWith('=') ? 1 : 0) === Math.ceil(b.width / 8) * b.height, {
  path: ['bits'],
  message: 'The logo’s size does not match its picture.',
});

export interface PrinterSettings {
  receipt: PrinterConnection;
  columns: PaperColumns;
  /** Print a receipt for every sale, refund and void (otherwise only when asked). */
  printEverySale: boolean;
  /** The printer's drawer port pin the drawer is wired to. */
  drawerPin: 2 | 5;
  /** Tenders whose sale opens the drawer. */
  drawerTenders: Tender[];
  footer: string | null;
  qr: string | null;
  logo: { width: number; height: number; bits: string } | null;
  kitchen: PrinterConnection;
  kitchenColumns: PaperColumns;
  /** Categories whose items go on a kitchen ticket. */
  kitchenCategoryIds: string[];
}

/** Text or nothing: null (as `printing.settings` answers) and '' both mean none, so settings read can be saved back as they are. */
const noneOrText = (label: string, max: number) => z.preprocess((v) => (v === null ? undefined : v), optionalText(label, max));

export const printerSettingsSchema = z.strictObject({
  receipt: printerConnectionSchema,
  columns: columnsSchema,
  printEverySale: z.boolean(),
  drawerPin: z.union([z.literal(2), z.literal(5)], { error: 'The drawer is on pin 2 or pin 5.' }),
  drawerTenders: z.array(z.enum(tenders, { error: 'Choose cash or card.' })).max(2),
  footer: noneOrText('footer', 300),
  qr: noneOrText('QR code text', 300),
  logo: monoBitmapSchema.nullable(),
  kitchen: printerConnectionSchema,
  kitchenColumns: columnsSchema,
  kitchenCategoryIds: z.array(idSchema).max(100),
});

export interface PrinterStatus {
  target: 'receipt' | 'kitchen';
  state: PrinterState;
  /** Jobs waiting to print. */
  pending: number;
  /** Plain words for the till ("The receipt printer is out of paper"). */
  message: string;
  checkedAt: string | null;
  /**
   * The saved paper width and whether every sale prints, for screens of people who may not
   * read `printing.settings` (Sale complete offers "Print receipt" only when sales do not
   * print by themselves; previews lay out at the printer's width). Absent: 42 and false.
   */
  columns?: PaperColumns;
  printEverySale?: boolean;
}

export interface PrintJob {
  id: string;
  target: 'receipt' | 'kitchen';
  /** What it prints, in words ("Receipt 1042", "Z report 12", "Test page", "Drawer"). */
  what: string;
  state: 'pending' | 'printed' | 'cancelled';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  printedAt: string | null;
}

const jobRef = z.strictObject({ jobId: idSchema });

export const printingMethods = {
  'printing.settings': method<PrinterSettings>()({
    input: z.strictObject({}),
    access: ['manager'],
    kind: 'read',
  }),
  'printing.saveSettings': method<PrinterSettings>()({
    input: printerSettingsSchema,
    access: ['manager'],
    kind: 'write',
  }),
  /** Queues a test page (and opens the drawer when asked) on the saved receipt or kitchen printer. */
  'printing.testPage': method<PrintJob>()({
    input: z.strictObject({ target: z.enum(['receipt', 'kitchen']).default('receipt'), openDrawer: z.boolean().default(false) }),
    access: ['manager'],
    kind: 'write',
  }),
  /** The printers' last known state, for the till's corner and the settings screen. */
  'printing.status': method<PrinterStatus[]>()({
    input: z.strictObject({}),
    access: 'signed-in',
    kind: 'read',
    passive: true,
  }),
  /** Prints the receipt of a sale, refund or void: marked COPY when it has printed before. */
  'printing.receipt': method<PrintJob>()({
    input: z.strictObject({ entryId: idSchema }),
    access: 'signed-in',
    kind: 'write',
  }),
  /** The receipt as it prints, for the screen (COPY when `copy`). */
  'printing.preview': method<PrintDocument>()({
    input: z.strictObject({ entryId: idSchema, copy: z.boolean().default(false) }),
    access: 'signed-in',
    kind: 'read',
  }),
  /** Prints an X report now, or a past Z report again (marked COPY). */
  'printing.report': method<PrintJob>()({
    input: z.discriminatedUnion('report', [z.strictObject({ report: z.literal('X') }), z.strictObject({ report: z.literal('Z'), number: z.number({ error: 'The Z number must be a number.' }).int().min(1, 'Z reports start at 1.') })], {
      error: 'Choose an X report or a Z report.',
    }),
    access: ['supervisor', 'manager'],
    kind: 'write',
  }),
  'printing.jobs': method<PrintJob[]>()({
    input: z.strictObject({ limit: z.number().int().min(1).max(200).default(30) }),
    access: ['manager'],
    kind: 'read',
  }),
  /** Stops retrying a job that will never print (a printer taken away). */
  'printing.cancelJob': method<PrintJob>()({
    input: jobRef,
    access: ['manager'],
    kind: 'write',
  }),
};
