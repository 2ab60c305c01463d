import type { ApiError, InputOf, PrinterConnection, PrinterSettings, Tender } from '../../shared/contract/index.ts';
import type { MonoBitmap, PaperColumns } from '../../shared/receipt/document.ts';

// The printer settings as the manager types them: every box is text until Save, and the
// boxes of a connection kind not chosen keep what was typed (so tapping the wrong kind and
// back loses nothing). Only the shape is settled here; the core checks every value.

export type ConnectionKind = PrinterConnection['kind'];
export const connectionKinds: readonly { kind: ConnectionKind; label: string }[] = [
  { kind: 'none', label: 'None' },
  { kind: 'network', label: 'Network' },
  { kind: 'usb', label: 'USB' },
  { kind: 'serial', label: 'Serial' },
];

export const baudRates = ['9600', '19200', '38400', '57600', '115200'] as const;
export type BaudRate = (typeof baudRates)[number];

export interface ConnectionDraft {
  kind: ConnectionKind;
  host: string;
  port: string;
  usbDevice: string;
  serialDevice: string;
  baudRate: BaudRate;
}

export interface PrinterDraft {
  receipt: ConnectionDraft;
  columns: PaperColumns;
  printEverySale: boolean;
  drawerPin: 2 | 5;
  drawerTenders: Tender[];
  footer: string;
  qr: string;
  logo: MonoBitmap | null;
  kitchen: ConnectionDraft;
  kitchenColumns: PaperColumns;
  kitchenCategoryIds: string[];
}

/** The paper choices, in the café's words. */
export const paperChoices: readonly { columns: PaperColumns; label: string }[] = [
  { columns: 32, label: '58 mm (32 letters a line)' },
  { columns: 42, label: '80 mm (42 letters a line)' },
  { columns: 48, label: '80 mm (48 letters a line)' },
];

function connectionDraft(c: PrinterConnection): ConnectionDraft {
  return {
    kind: c.kind,
    host: c.kind === 'network' ? c.host : '',
    port: c.kind === 'network' ? String(c.port) : '9100',
    usbDevice: c.kind === 'usb' ? c.device : '',
    serialDevice: c.kind === 'serial' ? c.device : '',
    baudRate: c.kind === 'serial' ? (String(c.baudRate) as BaudRate) : '9600',
  };
}

export function draftFromSettings(s: PrinterSettings): PrinterDraft {
  return {
    receipt: connectionDraft(s.receipt),
    columns: s.columns,
    printEverySale: s.printEverySale,
    drawerPin: s.drawerPin,
    drawerTenders: [...s.drawerTenders],
    footer: s.footer ?? '',
    qr: s.qr ?? '',
    logo: s.logo,
    kitchen: connectionDraft(s.kitchen),
    kitchenColumns: s.kitchenColumns,
    kitchenCategoryIds: [...s.kitchenCategoryIds],
  };
}

type ConnectionInput = InputOf<'printing.saveSettings'>['receipt'];
type Read<T> = { ok: true; value: T } | { ok: false; error: ApiError };

function readConnection(d: ConnectionDraft, at: 'receipt' | 'kitchen'): Read<ConnectionInput> {
  switch (d.kind) {
    case 'none':
      return { ok: true, value: { kind: 'none' } };
    case 'network': {
      const typed = d.port.trim();
      // An empty port is the usual one; words in it are said beside the box, not sent.
      if (typed !== '' && !/^\d+$/.test(typed)) return { ok: false, error: { code: 'invalid_input', message: 'The port must be a whole number, like 9100.', field: `${at}.port` } };
      return { ok: true, value: { kind: 'network', host: d.host, port: typed === '' ? 9100 : Number(typed) } };
    }
    case 'usb':
      return { ok: true, value: { kind: 'usb', device: d.usbDevice } };
    case 'serial':
      return { ok: true, value: { kind: 'serial', device: d.serialDevice, baudRate: Number(d.baudRate) as 9600 } };
  }
}

/** What Save sends, or the first box that cannot be sent as it is. */
export function settingsFromDraft(d: PrinterDraft): Read<InputOf<'printing.saveSettings'>> {
  const receipt = readConnection(d.receipt, 'receipt');
  if (!receipt.ok) return receipt;
  const kitchen = readConnection(d.kitchen, 'kitchen');
  if (!kitchen.ok) return kitchen;
  return {
    ok: true,
    value: {
      receipt: receipt.value,
      columns: d.columns,
      printEverySale: d.printEverySale,
      drawerPin: d.drawerPin,
      drawerTenders: d.drawerTenders,
      // Empty boxes are sent empty: the core keeps them as no footer or no QR code.
      footer: d.footer,
      qr: d.qr,
      logo: d.logo,
      kitchen: kitchen.value,
      kitchenColumns: d.kitchenColumns,
      kitchenCategoryIds: d.kitchenCategoryIds,
    },
  };
}

export function toggleTender(tenders: readonly Tender[], tender: Tender, on: boolean): Tender[] {
  const rest = tenders.filter((t) => t !== tender);
  return on ? [...rest, tender] : rest;
}

export function toggleCategory(ids: readonly string[], id: string, on: boolean): string[] {
  const rest = ids.filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}

/** "Network printer 192.168.1.50:9100": how a saved printer is reached, in words. */
export function describeConnection(c: PrinterConnection): string {
  switch (c.kind) {
    case 'none':
      return 'no printer set up';
    case 'network':
      return `Network printer ${c.host}:${c.port}`;
    case 'usb':
      return `USB printer ${c.device}`;
    case 'serial':
      return `Serial printer ${c.device} at ${c.baudRate}`;
  }
}
