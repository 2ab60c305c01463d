import { z } from 'zod';
import type { VatBreakdown } from '../till/pricing.ts';
import { method } from './define.ts';
import { optionalText, text } from './fields.ts';
import { denominationCountSchema, pence } from './money.ts';
import type { Tender } from './sales.ts';

export interface CashSession {
  id: string;
  tillId: string;
  openedAt: string;
  openedBy: string;
  floatPence: number;
  floatCounts: Record<string, number>;
  closedAt: string | null;
  zNumber: number | null;
}

export interface CashMovement {
  id: string;
  kind: 'no_sale' | 'paid_out' | 'lift';
  amountPence: number;
  reason: string;
  at: string;
  by: string;
}

/** X (any time) and Z (at close) reports: the same figures; a Z is numbered and kept as issued. */
export interface TillReport {
  kind: 'X' | 'Z';
  /** Z only: 1, 2, 3… per till. */
  number: number | null;
  tillId: string;
  cashSessionId: string;
  openedAt: string;
  openedBy: string;
  /** When the report was made (the close, for a Z). */
  at: string;
  by: string;
  sales: { count: number; itemsPence: number; discountPence: number; grossPence: number };
  refunds: { count: number; totalPence: number };
  voids: { count: number; totalPence: number };
  /** Gross sales less refunds and voids. */
  netSalesPence: number;
  /** Both tenders, cash first. refundsPence: what refunds and voids gave back on that tender (positive). */
  byTender: { tender: Tender; salesPence: number; refundsPence: number; netPence: number }[];
  /** Sales less refunds and voids, by VAT rate. */
  byVatRate: VatBreakdown[];
  /** Discounts on the session's sales by the reason recorded on each line, largest first; count is of sales. */
  discounts: { reason: string; count: number; totalPence: number }[];
  noSales: number;
  paidOuts: { count: number; totalPence: number; items: CashMovement[] };
  lifts: { count: number; totalPence: number };
  floatPence: number;
  /** Float + cash kept from sales (net of change) − cash refunded − paid-outs − lifts. */
  expectedCashPence: number;
  /** Z only. */
  countedCashPence: number | null;
  countedByDenomination: Record<string, number> | null;
  variancePence: number | null;
  firstReceipt: number | null;
  lastReceipt: number | null;
  note: string | null;
}

export interface VatSummary {
  from: string;
  to: string;
  byRate: VatBreakdown[];
  totals: { grossPence: number; vatPence: number; netPence: number };
  /** The same figures as a spreadsheet file. */
  csv: string;
}

const day = z.iso.date({ error: 'Enter a date like 2026-04-01.' });

export const cashMethods = {
  /** The open cash session on this till, or null when nobody has counted a float yet. */
  'cash.current': method<CashSession | null>()({
    input: z.strictObject({}),
    access: 'signed-in',
    kind: 'read',
    passive: true,
  }),
  'cash.open': method<CashSession>()({
    input: z.strictObject({ floatCounts: denominationCountSchema }),
    access: ['supervisor', 'manager'],
    kind: 'write',
  }),
  /** Opens the drawer without a sale: a reason, and a supervisor. */
  'cash.noSale': method<CashMovement>()({
    input: z.strictObject({ reason: text('reason', 200) }),
    access: ['supervisor', 'manager'],
    kind: 'write',
    authorisableBy: ['supervisor', 'manager'],
  }),
  /** Cash taken out to pay for something (milk from the shop). */
  'cash.payOut': method<CashMovement>()({
    input: z.strictObject({ amountPence: pence('amount', { allowZero: false }), reason: text('what it paid for', 200) }),
    access: ['supervisor', 'manager'],
    kind: 'write',
  }),
  /** Cash lifted from the drawer to the safe. */
  'cash.lift': method<CashMovement>()({
    input: z.strictObject({ amountPence: pence('amount', { allowZero: false }), reason: optionalText('note', 200) }),
    access: ['supervisor', 'manager'],
    kind: 'write',
  }),
  'cash.xReport': method<TillReport>()({
    input: z.strictObject({}),
    access: ['supervisor', 'manager'],
    kind: 'read',
  }),
  /** Counts the drawer, closes the session for good and issues the next Z report. */
  'cash.close': method<TillReport>()({
    input: z.strictObject({ countedCounts: denominationCountSchema, note: optionalText('note', 500) }),
    access: ['supervisor', 'manager'],
    kind: 'write',
  }),
  'cash.zReports': method<{ number: number; at: string; by: string; netSalesPence: number; variancePence: number }[]>()({
    input: z.strictObject({ limit: z.number().int().min(1).max(400).default(60) }),
    access: ['supervisor', 'manager'],
    kind: 'read',
  }),
  'cash.zReport': method<TillReport>()({
    input: z.strictObject({ number: z.number({ error: 'The Z number must be a number.' }).int().min(1, 'Z reports start at 1.') }),
    access: ['supervisor', 'manager'],
    kind: 'read',
  }),
  /** VAT by rate for a range of days (Europe/London), for the quarterly return. */
  'reports.vatSummary': method<VatSummary>()({
    input: z
      .strictObject({ from: day, to: day })
      .refine((r) => r.from <= r.to, { path: ['to'], message: 'The end date must be on or after the start date.' }),
    access: ['manager'],
    kind: 'read',
    auditRead: true,
  }),
};
