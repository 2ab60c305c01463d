import type { PrinterConnection, PrinterSettings, TillReport } from '../../../shared/contract/index.ts';
import { formatRate } from '../../../shared/money.ts';
import type { CafeHeading, KitchenTicketDocument, PaperColumns, ReceiptDocument, ReportDocument, TestPageDocument } from '../../../shared/receipt/document.ts';
import type { PricedModifier } from '../../../shared/till/pricing.ts';
import type { ReadDb } from '../db/handles.ts';
import { vatByRate, type JournalRow, type LineRow, type PaymentRow } from '../sales/journal.ts';
import { TILL_ID } from '../sales/till.ts';
import { connectionWords } from './settings.ts';

// What the printers are asked to print, built from what the database holds at the moment
// the job is queued: the builders are pure functions of rows, and the few readers below
// fetch those rows. A document is stored with its job, so a reprint or a printer that was
// off for an hour prints what was sold then, under the café's name as it was then.

/** The café's name and address as printed: one line per line of the address, or per comma. */
export function cafeHeading(row: { name: string; address: string; vat_number: string | null; charity_number: string | null }): CafeHeading {
  const lines = row.address.includes('\n') ? row.address.split('\n') : row.address.split(',');
  return {
    name: row.name,
    address: lines.map((l) => l.trim()).filter((l) => l.length > 0),
    vatNumber: row.vat_number,
    charityNumber: row.charity_number,
  };
}

/** The heading and the till's name in one read (a café not yet set up prints as "Apron"). */
export function readHeading(db: ReadDb): { cafe: CafeHeading; tillName: string } {
  const row = db
    .prepare<[string], { name: string | null; address: string | null; vat_number: string | null; charity_number: string | null; till_name: string }>(
      'SELECT c.name, c.address, c.vat_number, c.charity_number, t.name AS till_name FROM tills t LEFT JOIN cafe c ON c.id = 1 WHERE t.id = ?',
    )
    .get(TILL_ID);
  if (!row) throw new Error(`till ${TILL_ID} is missing`);
  return {
    cafe: cafeHeading({ name: row.name ?? 'Apron', address: row.address ?? '', vat_number: row.vat_number, charity_number: row.charity_number }),
    tillName: row.till_name,
  };
}

/** "Tom" from "Tom Walsh": only ever the first name. */
export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? '';
}

/** The operator's first name, only when they agreed to be named on receipts. */
export function servedBy(db: ReadDb, operatorId: string, operatorName: string): string | null {
  const named = db.prepare<[string], number>('SELECT named_on_receipts FROM staff WHERE id = ?').pluck().get(operatorId);
  return named === 1 ? firstName(operatorName) : null;
}

export interface ReceiptContext {
  cafe: CafeHeading;
  tillName: string;
  servedBy: string | null;
  settings: Pick<PrinterSettings, 'footer' | 'qr' | 'logo'>;
  originalReceiptNumber: number | null;
  copy: boolean;
}

/** A sale, refund or void as its receipt. */
export function receiptDocument(entry: JournalRow, lines: readonly LineRow[], payments: readonly PaymentRow[], c: ReceiptContext): ReceiptDocument {
  return {
    kind: 'receipt',
    entryKind: entry.kind,
    copy: c.copy,
    cafe: c.cafe,
    receiptNumber: entry.receipt_number,
    originalReceiptNumber: c.originalReceiptNumber,
    at: entry.at,
    tillName: c.tillName,
    servedBy: c.servedBy,
    orderType: entry.order_type,
    lines: lines.map((l) => ({
      name: l.name,
      quantity: l.quantity,
      itemsPence: l.items_pence,
      modifiers: (JSON.parse(l.modifiers) as PricedModifier[]).map((m) => ({ name: m.name, pricePence: m.priceDeltaPence })),
      discountPence: l.line_discount_pence + l.order_discount_pence,
      discountReason: l.discount_reason,
      vatRateBp: l.vat_rate_bp,
    })),
    itemsPence: entry.items_pence,
    discountPence: entry.discount_pence,
    totalPence: entry.total_pence,
    vatByRate: vatByRate(lines.map((l) => ({ vatRateBp: l.vat_rate_bp, totalPence: l.total_pence, vatPence: l.vat_pence }))).map((v) => ({
      rateBp: v.rateBp,
      netPence: v.netPence,
      vatPence: v.vatPence,
      grossPence: v.grossPence,
    })),
    payments: payments.map((p) => ({ tender: p.tender, amountPence: p.amount_pence })),
    tenderedPence: entry.tendered_pence,
    changePence: entry.change_pence,
    reason: entry.reason,
    footer: c.settings.footer,
    qr: c.settings.qr,
    logo: c.settings.logo,
  };
}

const counted = (label: string, n: number): string => `${label} (${n})`;

/** An X or Z report as printed: the TillReport's figures in sections, in the café's words. */
export function reportDocument(report: TillReport, heading: { cafe: CafeHeading; tillName: string }, copy: boolean): ReportDocument {
  const tenderName = { cash: 'Cash', card: 'Card' } as const;
  const sections: ReportDocument['sections'] = [
    {
      title: 'Takings',
      rows: [
        { label: counted('Sales', report.sales.count), pence: report.sales.grossPence },
        { label: 'Discounts given', pence: report.sales.discountPence },
        { label: counted('Refunds', report.refunds.count), pence: -report.refunds.totalPence },
        { label: counted('Voids', report.voids.count), pence: -report.voids.totalPence },
        { label: 'Net sales', pence: report.netSalesPence },
      ],
    },
    {
      title: 'By payment',
      rows: report.byTender.flatMap((t) => [
        { label: tenderName[t.tender], pence: t.netPence },
        ...(t.refundsPence !== 0 ? [{ label: `${tenderName[t.tender]} given back`, pence: -t.refundsPence }] : []),
      ]),
    },
    {
      title: 'VAT',
      rows:
        report.byVatRate.length === 0
          ? [{ label: 'No sales', pence: null, text: '' }]
          : report.byVatRate.flatMap((v) => [
              { label: `Sales at ${formatRate(v.rateBp)}`, pence: v.grossPence },
              { label: `VAT at ${formatRate(v.rateBp)}`, pence: v.vatPence },
            ]),
    },
  ];
  if (report.discounts.length > 0) {
    sections.push({ title: 'Discounts', rows: report.discounts.map((d) => ({ label: counted(d.reason, d.count), pence: d.totalPence })) });
  }
  const drawer: ReportDocument['sections'][number]['rows'] = [
    { label: 'Float', pence: report.floatPence },
    { label: counted('Paid out', report.paidOuts.count), pence: report.paidOuts.totalPence },
    { label: counted('Lifted to the safe', report.lifts.count), pence: report.lifts.totalPence },
    { label: 'No-sales', pence: null, text: String(report.noSales) },
    { label: 'Cash expected', pence: report.expectedCashPence },
  ];
  if (report.countedCashPence !== null) drawer.push({ label: 'Cash counted', pence: report.countedCashPence });
  if (report.variancePence !== null) drawer.push({ label: report.variancePence < 0 ? 'Short' : report.variancePence > 0 ? 'Over' : 'Over / short', pence: report.variancePence });
  sections.push({ title: 'Drawer', rows: drawer });
  const receipts = report.firstReceipt !== null && report.lastReceipt !== null ? `${report.firstReceipt} to ${report.lastReceipt}` : 'none';
  const notes: ReportDocument['sections'][number]['rows'] = [{ label: 'Receipts', pence: null, text: receipts }];
  if (report.note) notes.push({ label: 'Note', pence: null, text: report.note });
  sections.push({ title: 'Receipts', rows: notes });
  return {
    kind: 'report',
    report: report.kind,
    copy,
    cafe: heading.cafe,
    tillName: heading.tillName,
    number: report.number,
    at: report.at,
    by: report.by,
    openedAt: report.openedAt,
    openedBy: report.openedBy,
    sections,
  };
}

/** The lines of a sale the kitchen makes (their product's category is chosen), or null when there are none. */
export function kitchenTicket(
  entry: JournalRow,
  lines: readonly LineRow[],
  categoryOf: ReadonlyMap<string, string>,
  kitchenCategoryIds: readonly string[],
  c: { tillName: string; servedBy: string | null },
): KitchenTicketDocument | null {
  const chosen = new Set(kitchenCategoryIds);
  const forKitchen = lines.filter((l) => l.product_id !== null && chosen.has(categoryOf.get(l.product_id) ?? ''));
  if (forKitchen.length === 0) return null;
  return {
    kind: 'kitchen',
    receiptNumber: entry.receipt_number,
    at: entry.at,
    tillName: c.tillName,
    orderType: entry.order_type,
    servedBy: c.servedBy,
    lines: forKitchen.map((l) => ({ name: l.name, quantity: l.quantity, modifiers: (JSON.parse(l.modifiers) as PricedModifier[]).map((m) => m.name) })),
  };
}

/** Each product's category, for the products on these lines. */
export function categoriesOf(db: ReadDb, lines: readonly LineRow[]): Map<string, string> {
  const ids = [...new Set(lines.map((l) => l.product_id).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = db.prepare<string[], { id: string; category_id: string }>(`SELECT id, category_id FROM products WHERE id IN (${ids.map(() => '?').join(', ')})`).all(...ids);
  return new Map(rows.map((r) => [r.id, r.category_id]));
}

export function testPageDocument(
  heading: { cafe: CafeHeading; tillName: string },
  connection: Exclude<PrinterConnection, { kind: 'none' }>,
  columns: PaperColumns,
  settings: Pick<PrinterSettings, 'footer' | 'qr' | 'logo'>,
  at: Date,
): TestPageDocument {
  const words = connectionWords(connection);
  return {
    kind: 'test',
    cafe: heading.cafe,
    at: at.toISOString(),
    tillName: heading.tillName,
    connection: words.charAt(0).toUpperCase() + words.slice(1),
    columns,
    footer: settings.footer,
    qr: settings.qr,
    logo: settings.logo,
  };
}
