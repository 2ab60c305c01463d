// What a printer is asked to print, as data: built by the core inside the transaction that
// made the sale (so a reprint years later, or a printer that was off for an hour, prints what
// was sold then), laid out into lines by `layout.ts` for both the ESC/POS bytes and the
// on-screen preview. Money is integer pence; times are UTC ISO strings, shown in Europe/London.

export type PaperColumns = 32 | 42 | 48;
export const paperColumns: readonly PaperColumns[] = [32, 42, 48];

/** The café's heading on every receipt and report. */
export interface CafeHeading {
  name: string;
  /** One line per address line. */
  address: string[];
  vatNumber: string | null;
  charityNumber: string | null;
}

/** A one-colour picture for the top of the receipt: rows of bits, 1 = black, packed 8 per byte, MSB first. */
export interface MonoBitmap {
  width: number;
  height: number;
  /** base64 of ceil(width / 8) * height bytes. */
  bits: string;
}

export interface ReceiptLineItem {
  name: string;
  quantity: number;
  /** The line's amount before discounts (negative on a refund or void). */
  itemsPence: number;
  /** Choices as sold, with their extra price per item ("Oat milk", 30). */
  modifiers: { name: string; pricePence: number }[];
  /** Line and order discount given on this line (positive = money off), with its reason. */
  discountPence: number;
  discountReason: string | null;
  vatRateBp: number;
}

export interface ReceiptDocument {
  kind: 'receipt';
  /** 'sale', or the reversal it is. */
  entryKind: 'sale' | 'refund' | 'void';
  /** Printed large across the top of a reprint. */
  copy: boolean;
  cafe: CafeHeading;
  receiptNumber: number;
  /** For a refund or void: the sale it reverses. */
  originalReceiptNumber: number | null;
  at: string;
  tillName: string;
  /** The operator's first name, only when they agreed to be named; otherwise null. */
  servedBy: string | null;
  orderType: 'eat_in' | 'takeaway';
  lines: ReceiptLineItem[];
  itemsPence: number;
  discountPence: number;
  totalPence: number;
  vatByRate: { rateBp: number; netPence: number; vatPence: number; grossPence: number }[];
  payments: { tender: 'cash' | 'card'; amountPence: number }[];
  tenderedPence: number;
  changePence: number;
  reason: string | null;
  footer: string | null;
  qr: string | null;
  logo: MonoBitmap | null;
}

/** X or Z report: the figures of `TillReport`, as printed. */
export interface ReportDocument {
  kind: 'report';
  report: 'X' | 'Z';
  copy: boolean;
  cafe: CafeHeading;
  tillName: string;
  number: number | null;
  at: string;
  by: string;
  openedAt: string;
  openedBy: string;
  /** Label / amount rows in order, already in the café's words ("Card", "Refunds (2)"). */
  sections: { title: string; rows: { label: string; pence: number | null; text?: string }[] }[];
}

/** Sent to the kitchen or bar printer for the categories the manager chose. */
export interface KitchenTicketDocument {
  kind: 'kitchen';
  receiptNumber: number;
  at: string;
  tillName: string;
  orderType: 'eat_in' | 'takeaway';
  servedBy: string | null;
  lines: { name: string; quantity: number; modifiers: string[] }[];
}

export interface TestPageDocument {
  kind: 'test';
  cafe: CafeHeading;
  at: string;
  tillName: string;
  /** "Network printer 192.168.1.50:9100". */
  connection: string;
  columns: PaperColumns;
  footer: string | null;
  qr: string | null;
  logo: MonoBitmap | null;
}

export type PrintDocument = ReceiptDocument | ReportDocument | KitchenTicketDocument | TestPageDocument;

/**
 * The laid-out receipt: what `layoutDocument` returns, one entry per printed line. Text lines
 * are exactly as wide as the paper allows at their size (`columns`, or half for double
 * width), so the preview is the same lines in a monospaced font.
 */
export type PrintLine =
  | { kind: 'text'; text: string; bold: boolean; size: 'normal' | 'double'; align: 'left' | 'center' | 'right' }
  | { kind: 'rule'; char: '-' | '=' }
  | { kind: 'blank' }
  | { kind: 'qr'; data: string }
  | { kind: 'logo'; bitmap: MonoBitmap };
