import type { JournalKind, Tender } from '../../../shared/contract/index.ts';
import { vatInside } from '../../../shared/money.ts';
import type { OrderType } from '../../../shared/till/vat.ts';
import type { WriteDb } from '../db/handles.ts';
import { appendEntry, type LineDraftRow, type PaymentDraftRow, type WrittenEntry } from '../sales/journal.ts';
import type { TestCore } from './testCore.ts';

// Test helpers for cash-up and reports: journal entries written straight into the test
// database, as the sales core would have written them (same rows, receipt numbers and hash
// chain, through the journal's own appendEntry), but without its pricing and payment rules,
// so a report test can set up exactly the day it needs in a few lines.

export interface DayLine {
  name: string;
  unitPence: number;
  quantity?: number;
  rateBp: number;
  /** Taken off this line (its own or its share of an order discount). */
  discountPence?: number;
  discountReason?: string;
}

export interface DaySale {
  lines: DayLine[];
  /** What each tender kept; defaults to cash for the whole total. */
  payments?: { tender: Tender; amountPence: number }[];
  /** Cash handed over when it was more than the cash part (the rest was change). */
  cashTenderedPence?: number;
  orderType?: OrderType;
  at?: Date;
  /** Defaults to the session open on the till; null for none. */
  cashSessionId?: string | null;
  operatorRole?: 'trainee' | 'supervisor' | 'manager';
}

function writer(t: TestCore): WriteDb {
  return { writable: true, prepare: (sql: string) => t.db.prepare(sql) as never };
}

function openSession(t: TestCore): string | null {
  return (t.db.prepare("SELECT id FROM cash_sessions WHERE till_id = 'till-1' AND closed_at IS NULL").pluck().get() as string | undefined) ?? null;
}

let entries = 0;

function entryId(kind: JournalKind): string {
  entries += 1;
  return `fixture-${kind}-${String(entries).padStart(5, '0')}`;
}

/** A sale as it would be in the journal: amounts and VAT per line by the café's one VAT policy. */
export function recordSale(t: TestCore, sale: DaySale): WrittenEntry {
  const lines: LineDraftRow[] = sale.lines.map((l) => {
    const quantity = l.quantity ?? 1;
    const items = l.unitPence * quantity;
    const discount = l.discountPence ?? 0;
    const total = items - discount;
    return {
      product_id: null,
      name: l.name,
      quantity,
      modifiers: '[]',
      unit_pence: l.unitPence,
      items_pence: items,
      line_discount_pence: discount,
      order_discount_pence: 0,
      discount_reason: discount > 0 ? (l.discountReason ?? null) : null,
      total_pence: total,
      vat_rate_bp: l.rateBp,
      vat_pence: vatInside(total, l.rateBp),
      original_line_id: null,
    };
  });
  const sum = (pick: (l: LineDraftRow) => number) => lines.reduce((a, l) => a + pick(l), 0);
  const total = sum((l) => l.total_pence);
  const payments = sale.payments ?? (total > 0 ? [{ tender: 'cash' as const, amountPence: total }] : []);
  const paid = payments.reduce((a, p) => a + p.amountPence, 0);
  if (paid !== total) throw new Error(`the fixture sale's payments (${paid}) do not add up to its total (${total})`);
  const cash = payments.filter((p) => p.tender === 'cash').reduce((a, p) => a + p.amountPence, 0);
  const change = sale.cashTenderedPence !== undefined ? sale.cashTenderedPence - cash : 0;
  if (change < 0) throw new Error('the fixture sale was handed less cash than its cash part');
  const operator = t.person(sale.operatorRole ?? 'trainee');
  const at = (sale.at ?? t.clock.now()).toISOString();
  return t.db.transaction(() =>
    appendEntry(
      writer(t),
      {
        id: entryId('sale'),
        kind: 'sale',
        order_type: sale.orderType ?? 'takeaway',
        at,
        operator_id: operator.id,
        operator_name: operator.displayName,
        authorised_by_id: null,
        authorised_by_name: null,
        reason: null,
        shift_id: null,
        cash_session_id: sale.cashSessionId === undefined ? openSession(t) : sale.cashSessionId,
        original_id: null,
        client_ref: null,
        items_pence: sum((l) => l.items_pence),
        discount_pence: sum((l) => l.line_discount_pence + l.order_discount_pence),
        total_pence: total,
        vat_pence: sum((l) => l.vat_pence),
        tendered_pence: paid + change,
        change_pence: change,
      },
      lines,
      payments.map((p): PaymentDraftRow => ({ tender: p.tender, amount_pence: p.amountPence })),
    ),
  )();
}

const minus = (x: number): number => (x === 0 ? 0 : -x);

/**
 * A void (every line) or a refund (the whole lines numbered in `lineNos`) of `sale`, made
 * now by the supervisor, with the money going back as `payments` (positive amounts; by
 * default all to the tenders the sale was paid with, for a void, or cash, for a refund).
 */
export function recordReversal(
  t: TestCore,
  kind: 'refund' | 'void',
  sale: WrittenEntry,
  options: { lineNos?: number[]; payments?: { tender: Tender; amountPence: number }[]; at?: Date; cashSessionId?: string | null } = {},
): WrittenEntry {
  const chosen = kind === 'void' ? sale.lines : sale.lines.filter((l) => (options.lineNos ?? []).includes(l.line_no));
  const lines: LineDraftRow[] = chosen.map((l) => ({
    product_id: l.product_id,
    name: l.name,
    quantity: minus(l.quantity),
    modifiers: l.modifiers,
    unit_pence: l.unit_pence,
    items_pence: minus(l.items_pence),
    line_discount_pence: minus(l.line_discount_pence),
    order_discount_pence: minus(l.order_discount_pence),
    discount_reason: l.discount_reason,
    total_pence: minus(l.total_pence),
    vat_rate_bp: l.vat_rate_bp,
    vat_pence: minus(l.vat_pence),
    original_line_id: l.id,
  }));
  const sum = (pick: (l: LineDraftRow) => number) => lines.reduce((a, l) => a + pick(l), 0);
  const amount = -sum((l) => l.total_pence);
  const back =
    options.payments ??
    (kind === 'void' ? sale.payments.map((p) => ({ tender: p.tender, amountPence: p.amount_pence })) : amount > 0 ? [{ tender: 'cash' as const, amountPence: amount }] : []);
  if (back.reduce((a, p) => a + p.amountPence, 0) !== amount) throw new Error(`the fixture ${kind}'s payments do not add up to ${amount}`);
  const sam = t.person('supervisor');
  return t.db.transaction(() =>
    appendEntry(
      writer(t),
      {
        id: entryId(kind),
        kind,
        order_type: sale.entry.order_type,
        at: (options.at ?? t.clock.now()).toISOString(),
        operator_id: sam.id,
        operator_name: sam.displayName,
        authorised_by_id: sam.id,
        authorised_by_name: sam.displayName,
        reason: kind === 'void' ? 'Rang up the wrong order' : 'Customer changed their mind',
        shift_id: null,
        cash_session_id: options.cashSessionId === undefined ? openSession(t) : options.cashSessionId,
        original_id: sale.entry.id,
        client_ref: null,
        items_pence: sum((l) => l.items_pence),
        discount_pence: sum((l) => l.line_discount_pence + l.order_discount_pence),
        total_pence: minus(amount),
        vat_pence: sum((l) => l.vat_pence),
        tendered_pence: minus(amount),
        change_pence: 0,
      },
      lines,
      back.map((p): PaymentDraftRow => ({ tender: p.tender, amount_pence: minus(p.amountPence) })),
    ),
  )();
}

/** A practice sale a trainee rang up: its own table, never takings. */
export function recordPracticeSale(t: TestCore, totalPence: number, at: Date = t.clock.now()): void {
  entries += 1;
  const tom = t.person('trainee');
  t.db
    .prepare("INSERT INTO practice_sales (id, till_id, at, operator_id, total_pence, sale) VALUES (?, 'till-1', ?, ?, ?, ?)")
    .run(`fixture-practice-${entries}`, at.toISOString(), tom.id, totalPence, JSON.stringify({ totalPence, lines: [{ name: 'Flat white', totalPence, vatRateBp: 2000 }] }));
}

/** Common lines at their sample-menu prices. */
export const menu = {
  flatWhite: { name: 'Flat white', unitPence: 320, rateBp: 2000 },
  latte: { name: 'Latte', unitPence: 330, rateBp: 2000 },
  sandwichTakeaway: { name: 'Cheese sandwich', unitPence: 450, rateBp: 0 },
  sandwichEatIn: { name: 'Cheese sandwich', unitPence: 450, rateBp: 2000 },
  crisps: { name: 'Crisps (ready salted)', unitPence: 110, rateBp: 2000 },
  coffeeBeans: { name: 'Coffee beans 250g', unitPence: 650, rateBp: 0 },
  babyFood: { name: 'Baby food jar', unitPence: 210, rateBp: 500 },
} satisfies Record<string, DayLine>;
