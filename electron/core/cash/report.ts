import type { CashMovement, JournalKind, Tender, TillReport } from '../../../shared/contract/index.ts';
import { tenders } from '../../../shared/contract/index.ts';
import { countValue } from '../../../shared/money.ts';
import type { VatBreakdown } from '../../../shared/till/pricing.ts';
import type { ReadDb } from '../db/handles.ts';
import { toCashMovement, type CashMovementRow } from './movements.ts';

// X and Z reports: a handful of SQL aggregates over one cash session's journal entries and
// cash movements (journal_by_session, cash_movements_by_session), shaped into a TillReport
// by a pure function. Refunds and voids are stored negative, so sums over every entry of
// the session net them off; the report shows their own totals as positive amounts.
// Practice sales live in practice_sales, never in the journal, so they cannot get in here.

export interface EntryTotals {
  kind: JournalKind;
  count: number;
  itemsPence: number;
  discountPence: number;
  totalPence: number;
  firstReceipt: number;
  lastReceipt: number;
}

export interface TenderTotals {
  kind: JournalKind;
  tender: Tender;
  amountPence: number;
}

export interface MovementTotals {
  kind: CashMovement['kind'];
  count: number;
  totalPence: number;
}

/** Everything the report needs from the database, summed per kind, tender, rate and reason. */
export interface SessionTotals {
  entries: EntryTotals[];
  payments: TenderTotals[];
  vat: { rateBp: number; grossPence: number; vatPence: number }[];
  discounts: { reason: string; count: number; totalPence: number }[];
  movements: MovementTotals[];
  paidOuts: CashMovement[];
}

/** The session and the moment a report is made for. */
export interface ReportHeading {
  kind: 'X' | 'Z';
  number: number | null;
  tillId: string;
  cashSessionId: string;
  openedAt: string;
  openedBy: string;
  floatPence: number;
  at: string;
  by: string;
  /** The drawer counted at close (Z only). */
  countedCounts: Record<string, number> | null;
  note: string | null;
}

/** A discount given without a reason (none should be: the till asks for one) still counts. */
export const NO_REASON = 'No reason given';

export function readSessionTotals(db: ReadDb, cashSessionId: string): SessionTotals {
  const entries = db
    .prepare<[string], EntryTotals>(
      `SELECT kind, count(*) AS count, sum(items_pence) AS itemsPence, sum(discount_pence) AS discountPence, sum(total_pence) AS totalPence,
              min(receipt_number) AS firstReceipt, max(receipt_number) AS lastReceipt
         FROM journal WHERE cash_session_id = ? GROUP BY kind`,
    )
    .all(cashSessionId);
  const payments = db
    .prepare<[string], TenderTotals>(
      `SELECT j.kind AS kind, p.tender AS tender, sum(p.amount_pence) AS amountPence
         FROM journal j JOIN journal_payments p ON p.entry_id = j.id
        WHERE j.cash_session_id = ? GROUP BY j.kind, p.tender`,
    )
    .all(cashSessionId);
  const vat = db
    .prepare<[string], SessionTotals['vat'][number]>(
      `SELECT l.vat_rate_bp AS rateBp, sum(l.total_pence) AS grossPence, sum(l.vat_pence) AS vatPence
         FROM journal j JOIN journal_lines l ON l.entry_id = j.id
        WHERE j.cash_session_id = ? GROUP BY l.vat_rate_bp`,
    )
    .all(cashSessionId);
  // Discounts given on the session's sales, by the reason the till recorded on each line
  // (its own discount's, its share of an order discount's, or "A + B" for both).
  const discounts = db
    .prepare<[string, string], SessionTotals['discounts'][number]>(
      `SELECT coalesce(l.discount_reason, ?) AS reason, count(DISTINCT l.entry_id) AS count, sum(l.line_discount_pence + l.order_discount_pence) AS totalPence
         FROM journal j JOIN journal_lines l ON l.entry_id = j.id
        WHERE j.cash_session_id = ? AND j.kind = 'sale' AND l.line_discount_pence + l.order_discount_pence <> 0
        GROUP BY 1`,
    )
    .all(NO_REASON, cashSessionId);
  const movements = db
    .prepare<[string], MovementTotals>('SELECT kind, count(*) AS count, sum(amount_pence) AS totalPence FROM cash_movements WHERE cash_session_id = ? GROUP BY kind')
    .all(cashSessionId);
  const paidOuts = db
    .prepare<[string], CashMovementRow>("SELECT * FROM cash_movements WHERE cash_session_id = ? AND kind = 'paid_out' ORDER BY at, rowid")
    .all(cashSessionId)
    .map(toCashMovement);
  return { entries, payments, vat, discounts, movements, paidOuts };
}

/** The cash the drawer should hold: the float, cash taken less change and cash refunds, less what was paid out or lifted. */
export function expectedCash(floatPence: number, totals: Pick<SessionTotals, 'payments' | 'movements'>): number {
  const cashIn = totals.payments.filter((p) => p.tender === 'cash').reduce((a, p) => a + p.amountPence, 0);
  const out = totals.movements.filter((m) => m.kind !== 'no_sale').reduce((a, m) => a + m.totalPence, 0);
  return floatPence + cashIn - out;
}

const positive = (x: number): number => (x === 0 ? 0 : -x);

/** Shapes a session's totals into the X or Z report the screens show and the Z report keeps. */
export function shapeTillReport(heading: ReportHeading, totals: SessionTotals): TillReport {
  const entry = (kind: JournalKind) => totals.entries.find((e) => e.kind === kind);
  const sales = entry('sale');
  const refunds = entry('refund');
  const voids = entry('void');
  const grossPence = sales?.totalPence ?? 0;
  const refundsPence = positive(refunds?.totalPence ?? 0);
  const voidsPence = positive(voids?.totalPence ?? 0);

  const paid = (tender: Tender, kinds: readonly JournalKind[]) =>
    totals.payments.filter((p) => p.tender === tender && kinds.includes(p.kind)).reduce((a, p) => a + p.amountPence, 0);
  const byTender = tenders.map((tender) => {
    const salesPence = paid(tender, ['sale']);
    const back = positive(paid(tender, ['refund', 'void']));
    return { tender, salesPence, refundsPence: back, netPence: salesPence - back };
  });

  const byVatRate: VatBreakdown[] = totals.vat
    .map((v) => ({ rateBp: v.rateBp, grossPence: v.grossPence, vatPence: v.vatPence, netPence: v.grossPence - v.vatPence }))
    .sort((a, b) => b.rateBp - a.rateBp);

  const movement = (kind: CashMovement['kind']) => totals.movements.find((m) => m.kind === kind) ?? { count: 0, totalPence: 0 };
  const expectedCashPence = expectedCash(heading.floatPence, totals);
  const countedCashPence = heading.countedCounts ? countValue(heading.countedCounts) : null;
  const receipts = totals.entries.filter((e) => e.count > 0);

  return {
    kind: heading.kind,
    number: heading.number,
    tillId: heading.tillId,
    cashSessionId: heading.cashSessionId,
    openedAt: heading.openedAt,
    openedBy: heading.openedBy,
    at: heading.at,
    by: heading.by,
    sales: { count: sales?.count ?? 0, itemsPence: sales?.itemsPence ?? 0, discountPence: sales?.discountPence ?? 0, grossPence },
    refunds: { count: refunds?.count ?? 0, totalPence: refundsPence },
    voids: { count: voids?.count ?? 0, totalPence: voidsPence },
    netSalesPence: grossPence - refundsPence - voidsPence,
    byTender,
    byVatRate,
    discounts: [...totals.discounts].sort((a, b) => b.totalPence - a.totalPence || a.reason.localeCompare(b.reason)),
    noSales: movement('no_sale').count,
    paidOuts: { count: movement('paid_out').count, totalPence: movement('paid_out').totalPence, items: totals.paidOuts },
    lifts: { count: movement('lift').count, totalPence: movement('lift').totalPence },
    floatPence: heading.floatPence,
    expectedCashPence,
    countedCashPence,
    countedByDenomination: heading.countedCounts,
    variancePence: countedCashPence === null ? null : countedCashPence - expectedCashPence,
    firstReceipt: receipts.length > 0 ? Math.min(...receipts.map((e) => e.firstReceipt)) : null,
    lastReceipt: receipts.length > 0 ? Math.max(...receipts.map((e) => e.lastReceipt)) : null,
    note: heading.note,
  };
}
