import { hash } from 'node:crypto';
import type { JournalKind, Sale, SaleLine, SalePayment, Tender } from '../../../shared/contract/index.ts';
import type { PricedModifier, VatBreakdown } from '../../../shared/till/pricing.ts';
import type { OrderType } from '../../../shared/till/vat.ts';
import type { ReadDb, WriteDb } from '../db/handles.ts';
import { TILL_ID } from './till.ts';

// The sales journal: sales, and the refunds and voids that reverse them. Rows are only ever
// inserted (the database's triggers refuse updates and deletes). Each entry takes the next
// receipt number and carries the previous entry's hash and its own, all moved inside the
// caller's transaction: a sale that fails takes no number and leaves the chain as it was.
//
// Reversal entries (refunds, voids) store negative quantities and amounts, so a sum over
// the journal is the café's net takings without asking what kind each row is.

export interface JournalRow {
  id: string;
  till_id: string;
  kind: JournalKind;
  receipt_number: number;
  order_type: OrderType;
  at: string;
  operator_id: string;
  operator_name: string;
  authorised_by_id: string | null;
  authorised_by_name: string | null;
  reason: string | null;
  shift_id: string | null;
  cash_session_id: string | null;
  original_id: string | null;
  client_ref: string | null;
  items_pence: number;
  discount_pence: number;
  total_pence: number;
  vat_pence: number;
  tendered_pence: number;
  change_pence: number;
  prev_hash: string;
  hash: string;
}

export interface LineRow {
  id: string;
  entry_id: string;
  line_no: number;
  at: string;
  product_id: string | null;
  name: string;
  quantity: number;
  /** PricedModifier[] as JSON. */
  modifiers: string;
  unit_pence: number;
  items_pence: number;
  line_discount_pence: number;
  order_discount_pence: number;
  discount_reason: string | null;
  total_pence: number;
  vat_rate_bp: number;
  vat_pence: number;
  original_line_id: string | null;
}

export interface PaymentRow {
  entry_id: string;
  position: number;
  tender: Tender;
  amount_pence: number;
}

// The hash covers exactly these fields, named here rather than taken from `SELECT *`, so a
// column added by a later migration cannot change the hash of entries written before it.
const JOURNAL_FIELDS = [
  'id', 'till_id', 'kind', 'receipt_number', 'order_type', 'at', 'operator_id', 'operator_name', 'authorised_by_id', 'authorised_by_name',
  'reason', 'shift_id', 'cash_session_id', 'original_id', 'client_ref', 'items_pence', 'discount_pence', 'total_pence', 'vat_pence',
  'tendered_pence', 'change_pence', 'prev_hash',
] as const satisfies readonly (keyof JournalRow)[];
const LINE_FIELDS = [
  'id', 'entry_id', 'line_no', 'at', 'product_id', 'name', 'quantity', 'modifiers', 'unit_pence', 'items_pence', 'line_discount_pence',
  'order_discount_pence', 'discount_reason', 'total_pence', 'vat_rate_bp', 'vat_pence', 'original_line_id',
] as const satisfies readonly (keyof LineRow)[];
const PAYMENT_FIELDS = ['entry_id', 'position', 'tender', 'amount_pence'] as const satisfies readonly (keyof PaymentRow)[];

const JOURNAL_COLUMNS = [...JOURNAL_FIELDS, 'hash'].join(', ');
const LINE_COLUMNS = LINE_FIELDS.join(', ');
const PAYMENT_COLUMNS = PAYMENT_FIELDS.join(', ');
const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
const INSERT_ENTRY = `INSERT INTO journal (${JOURNAL_COLUMNS}) VALUES (${placeholders(JOURNAL_FIELDS.length + 1)})`;
const INSERT_LINE = `INSERT INTO journal_lines (${LINE_COLUMNS}) VALUES (${placeholders(LINE_FIELDS.length)})`;
const INSERT_PAYMENT = `INSERT INTO journal_payments (${PAYMENT_COLUMNS}) VALUES (${placeholders(PAYMENT_FIELDS.length)})`;

type Json = string | number | null | Json[] | { [key: string]: Json };

/** JSON with every object's keys sorted, so the same entry always hashes the same. */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as Json)}`).join(',')}}`;
}

/** The canonical JSON of one row: its fields in sorted order, without building objects on the way. */
function rowWriter<T extends object>(fields: readonly (keyof T & string)[]): (row: T) => string {
  const keys = [...fields].sort().map((f) => ({ f, prefix: `${JSON.stringify(f)}:` }));
  return (row) => {
    let out = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as { f: keyof T & string; prefix: string };
      out += (i === 0 ? '' : ',') + key.prefix + JSON.stringify(row[key.f] as Json);
    }
    return `${out}}`;
  };
}
const entryJson = rowWriter<Omit<JournalRow, 'hash'>>(JOURNAL_FIELDS);
const lineJson = rowWriter<LineRow>(LINE_FIELDS);
const paymentJson = rowWriter<PaymentRow>(PAYMENT_FIELDS);

/**
 * SHA-256 (hex) over the canonical JSON of {entry (with the previous hash), lines, payments}:
 * exactly `canonicalJson` of that object (a test holds them together), written directly
 * because it runs inside every sale.
 */
export function entryHash(entry: Omit<JournalRow, 'hash'>, lines: readonly LineRow[], payments: readonly PaymentRow[]): string {
  const body = `{"entry":${entryJson(entry)},"lines":[${[...lines].sort((a, b) => a.line_no - b.line_no).map(lineJson).join(',')}],"payments":[${[...payments].sort((a, b) => a.position - b.position).map(paymentJson).join(',')}]}`;
  return hash('sha256', body, 'hex');
}

/** The hashed text of an entry, the slow and obvious way: what `entryHash` must agree with. */
export function canonicalEntry(entry: Omit<JournalRow, 'hash'>, lines: readonly LineRow[], payments: readonly PaymentRow[]): string {
  const pick = <T extends object>(row: T, fields: readonly (keyof T & string)[]): { [key: string]: Json } => Object.fromEntries(fields.map((f) => [f, row[f] as Json]));
  return canonicalJson({
    entry: pick(entry, JOURNAL_FIELDS),
    lines: [...lines].sort((a, b) => a.line_no - b.line_no).map((l) => pick(l, LINE_FIELDS)),
    payments: [...payments].sort((a, b) => a.position - b.position).map((p) => pick(p, PAYMENT_FIELDS)),
  });
}

export type EntryDraft = Omit<JournalRow, 'till_id' | 'receipt_number' | 'prev_hash' | 'hash'>;
/** A line's id is its entry's id and its number ("…-2"): lines sit beside their entry in the index. */
export type LineDraftRow = Omit<LineRow, 'id' | 'entry_id' | 'at' | 'line_no'>;

export function lineId(entryId: string, lineNo: number): string {
  return `${entryId}-${lineNo}`;
}
export type PaymentDraftRow = Omit<PaymentRow, 'entry_id' | 'position'>;

export interface WrittenEntry {
  entry: JournalRow;
  lines: LineRow[];
  payments: PaymentRow[];
}

/**
 * The chain's next entry: the next receipt number, the previous entry's hash and its own,
 * with the till's counters moved on. Call inside the write transaction; the rows themselves
 * are written by `insertEntry`, in the same transaction or when a sale is posted.
 */
export function chainEntry(db: WriteDb, draft: EntryDraft, lineDrafts: readonly LineDraftRow[], paymentDrafts: readonly PaymentDraftRow[]): WrittenEntry {
  const till = db.prepare<[string], { last_receipt_number: number; last_hash: string }>('SELECT last_receipt_number, last_hash FROM tills WHERE id = ?').get(TILL_ID);
  if (!till) throw new Error(`till ${TILL_ID} is missing: the till migration did not run`);
  const base = { ...draft, till_id: TILL_ID, receipt_number: till.last_receipt_number + 1, prev_hash: till.last_hash };
  const lines: LineRow[] = lineDrafts.map((l, i) => ({ ...l, id: lineId(draft.id, i + 1), entry_id: draft.id, line_no: i + 1, at: draft.at }));
  const payments: PaymentRow[] = paymentDrafts.map((p, i) => ({ ...p, entry_id: draft.id, position: i + 1 }));
  const entry: JournalRow = { ...base, hash: entryHash(base, lines, payments) };
  db.prepare('UPDATE tills SET last_receipt_number = ?, last_hash = ? WHERE id = ?').run(entry.receipt_number, entry.hash, TILL_ID);
  return { entry, lines, payments };
}

/** Writes an entry's rows as `chainEntry` made them. */
export function insertEntry(db: WriteDb, { entry, lines, payments }: WrittenEntry): void {
  db.prepare(INSERT_ENTRY).run(...JOURNAL_FIELDS.map((f) => entry[f]), entry.hash);
  const insertLine = db.prepare(INSERT_LINE);
  for (const l of lines) insertLine.run(...LINE_FIELDS.map((f) => l[f]));
  const insertPayment = db.prepare(INSERT_PAYMENT);
  for (const p of payments) insertPayment.run(...PAYMENT_FIELDS.map((f) => p[f]));
}

/** Writes one entry with the next receipt number and the chain's next hash, now. Call inside the write transaction. */
export function appendEntry(db: WriteDb, draft: EntryDraft, lineDrafts: readonly LineDraftRow[], paymentDrafts: readonly PaymentDraftRow[]): WrittenEntry {
  const written = chainEntry(db, draft, lineDrafts, paymentDrafts);
  insertEntry(db, written);
  return written;
}

export function findEntry(db: ReadDb, id: string): JournalRow | undefined {
  return db.prepare<[string], JournalRow>(`SELECT ${JOURNAL_COLUMNS} FROM journal WHERE id = ?`).get(id);
}

export function findEntryByClientRef(db: ReadDb, clientRef: string): JournalRow | undefined {
  return db.prepare<[string], JournalRow>(`SELECT ${JOURNAL_COLUMNS} FROM journal WHERE client_ref = ?`).get(clientRef);
}

export function linesOf(db: ReadDb, entryId: string): LineRow[] {
  return db.prepare<[string], LineRow>(`SELECT ${LINE_COLUMNS} FROM journal_lines WHERE entry_id = ? ORDER BY line_no`).all(entryId);
}

export function paymentsOf(db: ReadDb, entryId: string): PaymentRow[] {
  return db.prepare<[string], PaymentRow>(`SELECT ${PAYMENT_COLUMNS} FROM journal_payments WHERE entry_id = ? ORDER BY position`).all(entryId);
}

/** The journal in receipt order, a page at a time (for checking the chain). */
export function entriesAfter(db: ReadDb, receiptNumber: number, limit: number): JournalRow[] {
  return db.prepare<[string, number, number], JournalRow>(`SELECT ${JOURNAL_COLUMNS} FROM journal WHERE till_id = ? AND receipt_number > ? ORDER BY receipt_number LIMIT ?`).all(TILL_ID, receiptNumber, limit);
}

export interface Reversal {
  id: string;
  kind: JournalKind;
  receiptNumber: number | null;
  totalPence: number;
  at: string;
}

/** Refunds and voids of a sale, oldest first. */
export function reversalsOf(db: ReadDb, saleId: string): Reversal[] {
  return db
    .prepare<[string], { id: string; kind: JournalKind; receipt_number: number; total_pence: number; at: string }>('SELECT id, kind, receipt_number, total_pence, at FROM journal WHERE original_id = ? ORDER BY receipt_number')
    .all(saleId)
    .map((r) => ({ id: r.id, kind: r.kind, receiptNumber: r.receipt_number, totalPence: r.total_pence, at: r.at }));
}

/** How many of each line of a sale have been given back (refunded or voided) so far. */
export function refundedQuantities(db: ReadDb, saleId: string): Map<string, number> {
  const rows = db
    .prepare<[string], { line_id: string; n: number }>(
      'SELECT l.original_line_id AS line_id, -sum(l.quantity) AS n FROM journal r JOIN journal_lines l ON l.entry_id = r.id WHERE r.original_id = ? GROUP BY l.original_line_id',
    )
    .all(saleId);
  return new Map(rows.map((r) => [r.line_id, r.n]));
}

export function vatByRate(lines: readonly { vatRateBp: number; totalPence: number; vatPence: number }[]): VatBreakdown[] {
  const byRate = new Map<number, VatBreakdown>();
  for (const l of lines) {
    const row = byRate.get(l.vatRateBp) ?? { rateBp: l.vatRateBp, grossPence: 0, vatPence: 0, netPence: 0 };
    row.grossPence += l.totalPence;
    row.vatPence += l.vatPence;
    row.netPence = row.grossPence - row.vatPence;
    byRate.set(l.vatRateBp, row);
  }
  return [...byRate.values()].sort((a, b) => b.rateBp - a.rateBp);
}

export function toSaleLine(row: LineRow, refunded: number): SaleLine {
  return {
    id: row.id,
    lineNo: row.line_no,
    productId: row.product_id,
    name: row.name,
    quantity: row.quantity,
    modifiers: JSON.parse(row.modifiers) as PricedModifier[],
    unitPence: row.unit_pence,
    itemsPence: row.items_pence,
    discountPence: row.line_discount_pence + row.order_discount_pence,
    totalPence: row.total_pence,
    vatRateBp: row.vat_rate_bp,
    vatPence: row.vat_pence,
    refundedQuantity: refunded,
  };
}

export function toSalePayment(row: PaymentRow): SalePayment {
  return { tender: row.tender, amountPence: row.amount_pence };
}

export interface SaleExtras {
  refunded?: ReadonlyMap<string, number>;
  reversals?: Reversal[];
  originalReceiptNumber?: number | null;
}

export function toSale(written: WrittenEntry, extras: SaleExtras = {}): Sale {
  const { entry } = written;
  const lines = written.lines.map((l) => toSaleLine(l, extras.refunded?.get(l.id) ?? 0));
  return {
    id: entry.id,
    kind: entry.kind,
    receiptNumber: entry.receipt_number,
    practice: false,
    tillId: entry.till_id,
    orderType: entry.order_type,
    at: entry.at,
    operator: { id: entry.operator_id, displayName: entry.operator_name },
    authorisedBy: entry.authorised_by_id ? { id: entry.authorised_by_id, displayName: entry.authorised_by_name ?? '' } : null,
    reason: entry.reason,
    shiftId: entry.shift_id,
    cashSessionId: entry.cash_session_id,
    originalId: entry.original_id,
    originalReceiptNumber: extras.originalReceiptNumber ?? null,
    lines,
    payments: written.payments.map(toSalePayment),
    itemsPence: entry.items_pence,
    discountPence: entry.discount_pence,
    totalPence: entry.total_pence,
    vatPence: entry.vat_pence,
    vatByRate: vatByRate(lines),
    tenderedPence: entry.tendered_pence,
    changePence: entry.change_pence,
    reversals: extras.reversals ?? [],
  };
}

/** A journal entry as the screens see it, with what has been given back since. */
export function readSale(db: ReadDb, id: string): Sale | undefined {
  const entry = findEntry(db, id);
  return entry ? saleFromEntry(db, entry) : undefined;
}

export function saleFromEntry(db: ReadDb, entry: JournalRow): Sale {
  const written = { entry, lines: linesOf(db, entry.id), payments: paymentsOf(db, entry.id) };
  if (entry.kind === 'sale') return toSale(written, { refunded: refundedQuantities(db, entry.id), reversals: reversalsOf(db, entry.id) });
  const original = entry.original_id ? db.prepare<[string], number>('SELECT receipt_number FROM journal WHERE id = ?').pluck().get(entry.original_id) : undefined;
  return toSale(written, { originalReceiptNumber: original ?? null });
}
